/**
 * What the inspector lists of a chain node. A server: the chain as it knows it (version,
 * predecessor, successor), its last updates with their sequence numbers, its Sent list,
 * its lease and its store. The master: the version and order it keeps, and when it last
 * heard from each server.
 */

import { order, predecessor, successor } from './chain-order'
import { updateText } from './messages'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Durable, MasterContext, Member, ServerContext, Update } from './types'
import { t } from '../../i18n/translate'

/** How many of the latest updates the history table shows. */
const SHOWN = 12

const show = (v: string | null) => v ?? '—'
const chainText = (members: readonly Member[]) => order(members).join(' → ') || '—'

function histTable(id: string, hist: readonly Update[], acked: number): InspectorTable {
  return {
    title: t('inspect.chainHist', { count: hist.length }),
    label: t('inspect.chainHistOf', { id }),
    columns: ['#', t('inspect.updateVersion'), t('inspect.command')],
    rows: hist.slice(-SHOWN).map((u) => ({
      key: String(u.seq),
      cells: [String(u.seq), String(u.version), updateText(u)],
      done: u.seq <= acked,
    })),
    pending: t('inspect.notCommitted'),
  }
}

function storeRows(store: Readonly<Record<string, string>>): KeyValue[] {
  return Object.entries(store).map(([label, value]) => ({ label, value }))
}

export function inspectServer(c: ServerContext, machineState: string): Inspection {
  const lease =
    c.placed && c.tick < c.leaseUntil
      ? t('inspect.chainLeaseUntil', { tick: c.leaseUntil })
      : t('inspect.chainLeaseNone')
  return {
    state: [
      { label: t('inspect.machineState'), value: machineState },
      { label: t('inspect.chainVersion'), value: String(c.version) },
      { label: t('inspect.chainOrder'), value: chainText(c.members) },
      { label: t('inspect.predecessor'), value: show(predecessor(c)) },
      { label: t('inspect.successor'), value: show(successor(c)) },
      {
        label: t('inspect.chainHistoryState'),
        value: c.filled ? t('inspect.chainHistoryComplete') : t('inspect.chainHistoryAwaited'),
      },
      { label: t('inspect.committedUpTo'), value: String(c.acked) },
      { label: t('inspect.chainSent'), value: c.sent.map((e) => e.update.seq).join(', ') || '—' },
      { label: t('inspect.chainLease'), value: lease },
      { label: t('inspect.chainIncarnation'), value: String(c.inc) },
    ],
    tables: [histTable(c.id, c.hist, c.acked)],
    store: storeRows(c.store),
  }
}

export function inspectMaster(m: MasterContext): Inspection {
  const place = (id: string) => {
    const i = m.members.findIndex((x) => x.id === id)
    if (i < 0) return null
    if (i === 0) return 'head'
    return i === m.members.length - 1 ? 'tail' : 'middle'
  }
  return {
    state: [
      { label: t('inspect.machineState'), value: 'master' },
      { label: t('inspect.chainVersion'), value: String(m.version) },
      { label: t('inspect.chainOrder'), value: chainText(m.members) },
      { label: t('inspect.masterTick'), value: String(m.tick) },
    ],
    tables: [
      {
        title: t('inspect.chainHeartbeats'),
        label: t('inspect.chainHeartbeatsOf', { id: m.id }),
        columns: [t('inspect.chainServer'), t('inspect.chainLastHeard'), t('inspect.chainPlace')],
        rows: m.servers.map((id) => {
          const heard = m.heard[id]
          return {
            key: id,
            cells: [
              id,
              heard === undefined ? t('inspect.chainNever') : String(heard),
              place(id) ?? '—',
            ],
            done: place(id) !== null,
          }
        }),
        pending: t('inspect.chainNotInChain'),
      },
    ],
    store: [],
  }
}

export function inspectChain(id: string, state: { value: unknown; context: unknown }) {
  const c = state.context as ServerContext | MasterContext
  return c.kind === 'master' ? inspectMaster(c) : inspectServer(c, String(state.value))
}

/** A crashed server keeps its history on disk; the master its configuration. */
export function inspectCrashedChain(id: string, durable: Durable | null): Inspection {
  const crashed = { label: t('inspect.state'), value: t('inspect.crashed') }
  if (durable === null) return { state: [crashed], tables: [], store: [] }
  const kept = [
    crashed,
    { label: t('inspect.chainVersionKept'), value: String(durable.version) },
    { label: t('inspect.chainOrderKept'), value: chainText(durable.members) },
  ]
  if (durable.kind === 'master') return { state: kept, tables: [], store: [] }
  return {
    state: kept,
    tables: [histTable(id, durable.hist, durable.acked)],
    store: storeRows(durable.store),
  }
}
