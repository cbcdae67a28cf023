/**
 * What the inspector lists of an all-reduce node: its step, whether it computes or reduces,
 * how many chunks it holds whole, its checkpoint and the bytes it sent, and a table of its
 * chunks with the workers whose gradients each one holds.
 */

import { t } from '../../i18n/translate'
import { chunkLength } from './vector'
import { isFull, workerCount } from './topology'
import { roleOf } from './describe'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Checkpoint, ReduceContext } from './types'

const names = (from: readonly number[]) => from.map((k) => `n${k + 1}`).join(' + ')

function chunkTable(c: ReduceContext): InspectorTable {
  return {
    title: t('allreduce.inspect.chunks', { step: c.step }),
    label: t('allreduce.inspect.chunksOf', { id: c.id }),
    columns: [
      t('allreduce.inspect.chunk'),
      t('allreduce.inspect.elements'),
      t('allreduce.inspect.contributions'),
    ],
    rows: c.held.map((p, j) => ({
      key: String(j),
      cells: [
        String(j),
        String(chunkLength(c.opts.vectorLength, c.size, j)),
        p === null ? '—' : `${p.from.length} / ${workerCount(c)}: ${names(p.from)}`,
      ],
      done: isFull(c, p),
    })),
    pending: t('allreduce.inspect.partial'),
  }
}

function phase(c: ReduceContext): string {
  if (c.step >= c.opts.steps) return t('allreduce.inspect.done')
  return c.computing ? t('allreduce.inspect.computing') : t('allreduce.inspect.reducing')
}

export function inspectReduce(state: { value: unknown; context: unknown }): Inspection {
  const c = state.context as ReduceContext
  const whole = c.held.filter((p) => isFull(c, p)).length
  const rows: KeyValue[] = [
    { label: t('inspect.machineState'), value: String(state.value) },
    { label: t('allreduce.inspect.mode'), value: `${c.opts.mode}, ${roleOf(c)}` },
    { label: t('allreduce.inspect.step'), value: `${c.step} / ${c.opts.steps}` },
    { label: t('allreduce.inspect.phase'), value: phase(c) },
    { label: t('allreduce.inspect.whole'), value: `${whole} / ${c.size}` },
    { label: t('allreduce.inspect.checkpoint'), value: String(c.checkpoint.step) },
    { label: t('allreduce.inspect.bytes'), value: `${c.bytesSent} B` },
  ]
  if (c.adopted > 0) rows.push({ label: t('allreduce.inspect.adopted'), value: String(c.adopted) })
  const model = c.params.slice(0, 8).join(', ') + (c.params.length > 8 ? ', …' : '')
  return {
    state: rows,
    tables: [chunkTable(c)],
    store: [{ label: t('allreduce.inspect.model'), value: model }],
  }
}

export function inspectCrashedReduce(durable: Checkpoint | null): Inspection {
  const rows: KeyValue[] = [{ label: t('inspect.state'), value: t('inspect.crashed') }]
  if (durable !== null) {
    rows.push({ label: t('allreduce.inspect.checkpoint'), value: String(durable.step) })
  }
  return { state: rows, tables: [], store: [] }
}
