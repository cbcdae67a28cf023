/** The space-time diagram's layout: plain arrays a renderer draws, window by window. */

export { SpacetimeIndex, type RunViewOptions } from './run-view'
export { StaticSpacetime } from './static-view'
export { IntervalIndex } from './intervals'
export * from './types'
