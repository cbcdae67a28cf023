/** What the explorer is asked to do, and what it reports (DESIGN.md, `explore`). */

import type { Scenario } from '../../scenario/types'

export type FailureKind = 'invariant' | 'linearizability'

/** How a run went wrong: the first invariant broken, or a client history no order explains. */
export interface Failure {
  readonly kind: FailureKind
  /** The invariant's name as the protocol reports it; `Linearizability` for a history. */
  readonly invariant: string
  /** Virtual ms: when the invariant broke, or when the last operation needed to show it returned. */
  readonly at: number
  readonly message: string
}

export interface Finding extends Failure {
  /** The seed whose random schedule failed first; it reproduces `inputsBefore` inputs. */
  readonly seed: number
  readonly inputsBefore: number
  readonly inputsAfter: number
  /** The shrunk scenario: it still fails the same way when run for `runMs`. */
  readonly scenario: Scenario
}

export interface ExploreResult {
  readonly protocol: string
  readonly variant: string | null
  /** Random schedules run (shrinking runs not counted). */
  readonly runs: number
  readonly found: Finding | null
}

export interface ExploreProgress {
  readonly phase: 'explore' | 'shrink'
  /** Random schedules run so far. */
  readonly runs: number
  readonly seed: number
  /** While shrinking: runs spent on it so far, and the inputs the smallest failure has. */
  readonly shrinkRuns: number
  readonly inputs: number
}

export interface ExploreOptions {
  readonly protocol: string
  readonly variant?: string | null
  /** How many seeds to try, from `fromSeed` on. */
  readonly seeds: number
  readonly fromSeed?: number
  /** Virtual ms each run lasts. Default 10 s. */
  readonly runMs?: number
  /**
   * Stop looking after this much wall time, by `clock`. It only decides how many seeds are
   * tried; a seed's verdict never depends on it.
   */
  readonly budgetMs?: number
  /** Required with `budgetMs`, e.g. `() => performance.now()`: the explorer reads no clock itself. */
  readonly clock?: () => number
  /** Called after every run. */
  readonly onProgress?: (progress: ExploreProgress) => void
  /** Asked between runs; true stops the search (and a shrink, which keeps its best so far). */
  readonly shouldStop?: () => boolean
}
