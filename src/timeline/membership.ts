/**
 * Who each `join` and `leave` input brings in or takes out, read once from the scenario: a
 * join brings in the next id after every node so far (n6 after n1 … n5, then n7), so the
 * views can name the node an input entry of the trace concerns.
 */

import { joinCount, type Input } from '../scenario/types'
import type { TraceEntry } from '../sim/trace'

export interface MemberChange {
  readonly node: string
  readonly kind: 'join' | 'leave'
}

export class MemberChanges {
  private readonly byInput = new Map<number, MemberChange>()
  /** The nodes outside the cluster when the run starts, in the order they join. */
  readonly joiners: readonly string[]

  /** `nodes`: every node the run ever has (the context's ids), those that join last. */
  constructor(nodes: readonly string[], inputs: readonly Input[]) {
    const first = nodes.length - joinCount(inputs)
    this.joiners = nodes.slice(first)
    let next = first
    inputs.forEach((input, i) => {
      if (input.type === 'join') this.byInput.set(i, { node: nodes[next++]!, kind: 'join' })
      else if (input.type === 'leave') this.byInput.set(i, { node: input.node, kind: 'leave' })
    })
  }

  /** The change a trace entry made: a join or a leave that took effect; else null. */
  of(e: TraceEntry): MemberChange | null {
    if (e.kind !== 'input' || e.ignored !== undefined) return null
    return this.byInput.get(e.index) ?? null
  }

  /** Whether the node joined during the run (it was not there from the start). */
  joined(node: string): boolean {
    return this.joiners.includes(node)
  }
}
