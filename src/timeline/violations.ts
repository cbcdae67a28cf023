/** Every invariant violation in a trace, in order, read once as the trace grows. */

import { lowerBound, upperBound } from './columns'
import type { TraceView } from '../sim/trace'

export interface Violation {
  readonly t: number
  readonly invariant: string
  readonly nodes: readonly string[]
  readonly message: string
  /** Its trace entry number. */
  readonly index: number
}

export class ViolationIndex {
  all: Violation[] = []
  private scanned = 0

  /** A copy that has read the first `count` entries (or as many as this one, if fewer). */
  forkAt(count: number): ViolationIndex {
    const copy = new ViolationIndex()
    copy.scanned = Math.min(count, this.scanned)
    const kept = lowerBound({ get: (i) => this.all[i]!.index }, 0, this.all.length, copy.scanned)
    copy.all = this.all.slice(0, kept)
    return copy
  }

  update(trace: TraceView): this {
    for (; this.scanned < trace.length; this.scanned++) {
      const e = trace.at(this.scanned)!
      if (e.kind !== 'violation') continue
      const { t, invariant, nodes, message } = e
      this.all.push({ t, invariant, nodes, message, index: this.scanned })
    }
    return this
  }

  private readonly times = { get: (i: number) => this.all[i]!.t }

  /** How many violations happened at or before `t` (the first that many in `all`). */
  countUntil(t: number): number {
    return upperBound(this.times, 0, this.all.length, t)
  }
}
