/** What the inspector lists of a Raft node: Figure 2's state, the log, the store. */

import { logEntries } from './log'
import { NOTHING_DURABLE } from './context'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Command, Durable, Entry, RaftContext } from './types'
import { t } from '../../i18n/translate'

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v))

function perPeer(record: Readonly<Record<string, number>>): string {
  const entries = Object.entries(record)
  return entries.length === 0 ? '—' : entries.map(([peer, n]) => `${peer}: ${n}`).join(', ')
}

export function commandText(c: Command): string {
  if (c.op === 'noop') return 'no-op (new term)'
  return `${c.client} ${c.op} ${c.key}${c.value === null ? '' : `=${c.value}`}`
}

function logTable(id: string, entries: readonly Entry[], committed: number): InspectorTable {
  return {
    title: t('inspect.log', { count: entries.length }),
    label: t('inspect.logOf', { id }),
    columns: ['#', t('inspect.term'), t('inspect.command')],
    rows: entries.map((e, k) => ({
      key: String(k + 1),
      cells: [String(k + 1), String(e.term), commandText(e.command)],
      done: k + 1 <= committed,
    })),
    pending: t('inspect.notCommitted'),
  }
}

export function storeRows(store: Readonly<Record<string, string>>): KeyValue[] {
  return Object.entries(store).map(([label, value]) => ({ label, value }))
}

export function inspectRaft(c: RaftContext, machineState: string): Inspection {
  return {
    state: [
      { label: t('inspect.machineState'), value: machineState },
      { label: t('inspect.term'), value: show(c.currentTerm) },
      { label: t('inspect.votedFor'), value: show(c.votedFor) },
      { label: t('inspect.leader'), value: show(c.leaderId) },
      { label: t('inspect.commitIndex'), value: show(c.commitIndex) },
      { label: t('inspect.lastApplied'), value: show(c.lastApplied) },
      { label: t('inspect.votes'), value: c.votes.join(', ') || '—' },
      { label: t('inspect.nextIndex'), value: perPeer(c.nextIndex) },
      { label: t('inspect.matchIndex'), value: perPeer(c.matchIndex) },
    ],
    tables: [logTable(c.id, logEntries(c.log), c.commitIndex)],
    store: storeRows(c.store),
  }
}

/** A crashed node keeps its term, its vote and its log (Figure 2's persistent state). */
export function inspectCrashedRaft(id: string, durable: Durable | null): Inspection {
  const d = durable ?? NOTHING_DURABLE
  return {
    state: [
      { label: t('inspect.state'), value: t('inspect.crashed') },
      { label: t('inspect.termKept'), value: show(d.currentTerm) },
      { label: t('inspect.votedForKept'), value: show(d.votedFor) },
    ],
    tables: [logTable(id, logEntries(d.log), 0)],
    store: [],
  }
}
