/** What the inspector lists of a Raft node: Figure 2's state, the log, the store. */

import { logEntries } from './log'
import { NOTHING_DURABLE } from './context'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Command, Durable, Entry, RaftContext } from './types'

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
    title: `Log (${entries.length})`,
    label: `Log of ${id}`,
    columns: ['#', 'Term', 'Command'],
    rows: entries.map((e, k) => ({
      key: String(k + 1),
      cells: [String(k + 1), String(e.term), commandText(e.command)],
      done: k + 1 <= committed,
    })),
    pending: 'not committed',
  }
}

export function storeRows(store: Readonly<Record<string, string>>): KeyValue[] {
  return Object.entries(store).map(([label, value]) => ({ label, value }))
}

export function inspectRaft(c: RaftContext, machineState: string): Inspection {
  return {
    state: [
      { label: 'Machine state', value: JSON.stringify(machineState) },
      { label: 'Term', value: show(c.currentTerm) },
      { label: 'Voted for', value: show(c.votedFor) },
      { label: 'Leader', value: show(c.leaderId) },
      { label: 'Commit index', value: show(c.commitIndex) },
      { label: 'Last applied', value: show(c.lastApplied) },
      { label: 'Votes', value: c.votes.join(', ') || '—' },
      { label: 'Next index', value: perPeer(c.nextIndex) },
      { label: 'Match index', value: perPeer(c.matchIndex) },
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
      { label: 'State', value: 'crashed' },
      { label: 'Term (kept)', value: show(d.currentTerm) },
      { label: 'Voted for (kept)', value: show(d.votedFor) },
    ],
    tables: [logTable(id, logEntries(d.log), 0)],
    store: [],
  }
}
