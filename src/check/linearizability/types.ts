/**
 * The shapes the linearizability checker works on: operations recorded by clients, models
 * of the object they ran against, and the verdict.
 */

/** One client operation. Times only need to be comparable; any unit or origin will do. */
export interface Operation<I, O> {
  readonly id: number
  /** Who ran it (a Jepsen process, a simulated client): for explanations only. */
  readonly client: string
  readonly input: I
  /** Undefined when the outcome is unknown (then `return` is Infinity). */
  readonly output: O | undefined
  readonly call: number
  /**
   * Infinity when the outcome is unknown (timed out, `:info`): the operation may take effect
   * at any point after its call, or never.
   */
  readonly return: number
}

export interface StepResult<S> {
  readonly ok: boolean
  readonly state: S
}

/** The operations on one key (or one independent part) of the object. */
export interface Partition<I, O> {
  readonly key: string
  readonly ops: readonly Operation<I, O>[]
}

/**
 * A sequential specification. States are immutable values: `step` returns a new one.
 * With P-compositionality each partition is checked on its own, starting from `init()`, so
 * a state describes one partition (one key), not the whole object.
 */
export interface Model<S, I, O> {
  readonly name: string
  init(): S
  /**
   * Whether the operation may run in this state with this output, and the state after it.
   * `output` undefined means the outcome is unknown: allow the outcomes that change the
   * state (an unknown operation that changes nothing is the same as one that never ran).
   */
  step(state: S, input: I, output: O | undefined): StepResult<S>
  equal(a: S, b: S): boolean
  hash(state: S): number
  partition(ops: readonly Operation<I, O>[]): Partition<I, O>[]
  /**
   * Optional: one partition's operations less some with unknown outcomes that no
   * linearization needs (whenever the history is linearizable with them placed, it is
   * without). Each one dropped halves the ways the search may have to try.
   */
  prune?(ops: readonly Operation<I, O>[]): readonly Operation<I, O>[]
  /** A short human-readable form, such as `cas 1→4 → false`. */
  describe(input: I, output: O | undefined): string
}

export interface Explanation {
  readonly key: string
  /** Op ids of the longest linearizable prefix the search found, in order. */
  readonly longestPrefix: readonly number[]
  /** Op ids that could come next after that prefix, none of which the model accepts. */
  readonly stuck: readonly number[]
}

export interface KeyOrder {
  readonly key: string
  readonly ids: readonly number[]
}

export interface CheckResult {
  /** 'unknown': the time budget ran out before a verdict. */
  readonly linearizable: boolean | 'unknown'
  /** How far the clock moved while checking (its units: see `CheckOptions.clock`). */
  readonly elapsed: number
  /** When linearizable: one order per key, of op ids (unknown ops that never ran are left out). */
  readonly order?: readonly KeyOrder[]
  /** When not linearizable: where the search got stuck, on the first key that failed. */
  readonly explanation?: Explanation
}

export interface CheckOptions {
  /**
   * Give up with 'unknown' once the clock has advanced this much. Default 10,000: with the
   * default clock, about ten million search steps; with a wall clock in ms, 10 s.
   */
  readonly budget?: number
  /** Defaults to counting search steps (`stepClock`), so verdicts don't depend on the machine. */
  readonly clock?: () => number
}
