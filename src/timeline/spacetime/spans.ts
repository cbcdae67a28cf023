/**
 * Spans the diagram shades: network partitions (from the scenario's inputs, which the
 * trace names by index) and the time a node spends crashed; and the time a node spends
 * outside the cluster (before its join, after it left), where its lane is not drawn.
 */

import { CRASHED } from '../roles'
import { overlaps, type DownSpan, type OutsideSpan, type PartitionSpan } from './types'
import type { MemberChanges } from '../membership'
import { groupsToIndex } from '../../sim/network'
import type { TraceEntry } from '../../sim/trace'
import type { Input } from '../../scenario/types'

type Open<T> = { -readonly [K in keyof T]: T[K] }

/** How many spans of each kind there were at a point, and which were open then. */
export interface SpanResume {
  readonly partitions: number
  readonly partitionOpen: boolean
  readonly down: number
  readonly downOpen: readonly number[]
  readonly outside: number
  readonly outsideOpen: readonly number[]
}

export class SpanReader {
  private partitions: Open<PartitionSpan>[] = []
  private down: Open<DownSpan>[] = []
  private readonly downNow = new Map<string, Open<DownSpan>>()
  private outside: Open<OutsideSpan>[] = []
  private readonly outsideNow = new Map<string, Open<OutsideSpan>>()

  constructor(
    private readonly nodes: readonly string[],
    private readonly inputs: readonly Input[],
    private members?: MemberChanges,
  ) {
    for (const node of members?.joiners ?? []) this.leave(node, 0)
  }

  read(e: TraceEntry): void {
    const change = this.members?.of(e) ?? null
    if (change !== null) {
      if (change.kind === 'join') this.join(change.node, e.t)
      else this.leave(change.node, e.t)
    } else if (e.kind === 'input' && e.ignored === undefined) {
      const input = this.inputs[e.index]
      if (input?.type === 'partition') {
        this.closePartition(e.t)
        this.partitions.push({ from: e.t, to: null, groups: this.groups(input.groups) })
      } else if (input?.type === 'heal') this.closePartition(e.t)
    } else if (e.kind === 'state') {
      const open = this.downNow.get(e.node)
      if (e.role === CRASHED && open === undefined) {
        const span = { node: e.node, from: e.t, to: null }
        this.down.push(span)
        this.downNow.set(e.node, span)
      } else if (e.role !== CRASHED && open !== undefined) {
        open.to = e.t
        this.downNow.delete(e.node)
      }
    }
  }

  resume(): SpanResume {
    return {
      partitions: this.partitions.length,
      partitionOpen: this.partitions.at(-1)?.to === null,
      down: this.down.length,
      downOpen: openOnes(this.down),
      outside: this.outside.length,
      outsideOpen: openOnes(this.outside),
    }
  }

  /**
   * A reader (with these options) going on from `from`: spans closed by then are shared,
   * as they change no more; those open then are copied, open.
   */
  resumed(from: SpanResume, inputs: readonly Input[], members?: MemberChanges): SpanReader {
    const reader = new SpanReader(this.nodes, inputs)
    reader.members = members
    reader.partitions = this.partitions.slice(0, from.partitions)
    if (from.partitionOpen) {
      const last = from.partitions - 1
      reader.partitions[last] = { ...this.partitions[last]!, to: null }
    }
    reader.down = this.down.slice(0, from.down)
    for (const i of from.downOpen) {
      const span = (reader.down[i] = { ...this.down[i]!, to: null })
      reader.downNow.set(span.node, span)
    }
    reader.outside = this.outside.slice(0, from.outside)
    for (const i of from.outsideOpen) {
      const span = (reader.outside[i] = { ...this.outside[i]!, to: null })
      reader.outsideNow.set(span.node, span)
    }
    return reader
  }

  /** Copies of the spans that overlap [fromMs, toMs]. */
  visible(fromMs: number, toMs: number) {
    const pick = <T extends { from: number; to: number | null }>(spans: T[]): T[] =>
      spans.filter((s) => overlaps(s.from, s.to, fromMs, toMs)).map((s) => ({ ...s }))
    return {
      partitions: pick(this.partitions),
      down: pick(this.down),
      outside: pick(this.outside),
    }
  }

  private join(node: string, t: number): void {
    const open = this.outsideNow.get(node)
    if (open !== undefined) open.to = t
    this.outsideNow.delete(node)
  }

  /** A node that leaves while crashed records no state: its outage ends with its membership. */
  private leave(node: string, t: number): void {
    const down = this.downNow.get(node)
    if (down !== undefined) down.to = t
    this.downNow.delete(node)
    const span = { node, from: t, to: null }
    this.outside.push(span)
    this.outsideNow.set(node, span)
  }

  private closePartition(t: number): void {
    const last = this.partitions.at(-1)
    if (last !== undefined && last.to === null) last.to = t
  }

  /** Every node in one group, as the network sees it: unlisted nodes form one more. */
  private groups(listed: readonly (readonly string[])[]): string[][] {
    const groupOf = groupsToIndex(this.nodes, listed)
    const groups: string[][] = Array.from({ length: listed.length + 1 }, () => [])
    this.nodes.forEach((id, i) => groups[groupOf[i]!]!.push(id))
    return groups.filter((g) => g.length > 0)
  }
}

/** The places of the spans still open. */
function openOnes(spans: readonly { readonly to: number | null }[]): number[] {
  return spans.flatMap((span, i) => (span.to === null ? [i] : []))
}
