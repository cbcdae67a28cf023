/** Messages between the page and the explorer's worker. */

import type { ExploreProgress, ExploreResult } from '../check/explore'

export interface ExploreRequest {
  readonly protocol: string
  readonly variant: string | null
  readonly seeds: number
  readonly fromSeed: number
}

export type ExploreReply =
  | { readonly type: 'progress'; readonly progress: ExploreProgress }
  | { readonly type: 'done'; readonly result: ExploreResult }
  | { readonly type: 'error'; readonly message: string }
