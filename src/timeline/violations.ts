/** Every invariant violation in a trace, in order, read once as the trace grows. */

import { upperBound } from './columns'
import type { TraceEntry } from '../sim/trace'

export interface Violation {
  readonly t: number
  readonly invariant: string
  readonly nodes: readonly string[]
  readonly message: string
  /** Its trace entry number. */
  readonly index: number
}

export class ViolationIndex {
  readonly all: Violation[] = []
  private scanned = 0

  update(trace: readonly TraceEntry[]): this {
    for (; this.scanned < trace.length; this.scanned++) {
      const e = trace[this.scanned]!
      if (e.kind !== 'violation') continue
      const { t, invariant, nodes, message } = e
      this.all.push({ t, invariant, nodes, message, index: this.scanned })
    }
    return this
  }

  /** The violations at or before `t`. */
  until(t: number): readonly Violation[] {
    const times = { get: (i: number) => this.all[i]!.t }
    return this.all.slice(0, upperBound(times, 0, this.all.length, t))
  }
}
