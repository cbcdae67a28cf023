/** The explorer: random fault schedules, run until something breaks, shrunk to a small scenario. */

export { explore, exploreResultAt, runSeed, DEFAULT_RUN_MS } from './explore'
export { runForFailure, sameFailure } from './run'
export { ddmin } from './ddmin'
export type * from './types'
