/**
 * Spans the diagram shades: network partitions (from the scenario's inputs, which the
 * trace names by index) and the time a node spends crashed.
 */

import { CRASHED } from '../roles'
import { overlaps, type DownSpan, type PartitionSpan } from './types'
import { groupsToIndex } from '../../sim/network'
import type { TraceEntry } from '../../sim/trace'
import type { Input } from '../../scenario/types'

type Open<T> = { -readonly [K in keyof T]: T[K] }

export class SpanReader {
  private readonly partitions: Open<PartitionSpan>[] = []
  private readonly down: Open<DownSpan>[] = []
  private readonly downNow = new Map<string, Open<DownSpan>>()

  constructor(
    private readonly nodes: readonly string[],
    private readonly inputs: readonly Input[],
  ) {}

  read(e: TraceEntry): void {
    if (e.kind === 'input' && e.ignored === undefined) {
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

  /** Copies of the spans that overlap [fromMs, toMs]. */
  visible(fromMs: number, toMs: number) {
    const pick = <T extends { from: number; to: number | null }>(spans: T[]): T[] =>
      spans.filter((s) => overlaps(s.from, s.to, fromMs, toMs)).map((s) => ({ ...s }))
    return { partitions: pick(this.partitions), down: pick(this.down) }
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
