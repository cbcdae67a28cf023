/** What the inspector lists of a Paxos node: its ballots and progress, its slots, its store. */

import { formatBallot } from './ballot'
import { commandText } from './command-text'
import { NOTHING_DURABLE } from './context'
import { slotEntries, type SlotEntry } from './describe'
import { emptySlots } from './slots'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Durable, PaxosContext } from './types'

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v))

function slotsTable(id: string, entries: readonly SlotEntry[]): InspectorTable {
  return {
    title: `Slots (${entries.length})`,
    label: `Slots of ${id}`,
    columns: ['#', 'Ballot', 'Command'],
    rows: entries.map((e) => ({
      key: String(e.slot),
      cells: [String(e.slot), e.ballot ?? '—', commandText(e.command)],
      done: e.chosen,
    })),
    pending: 'not chosen',
  }
}

function pendingText(c: PaxosContext): string {
  const slots = Object.entries(c.pending)
  if (slots.length === 0) return '—'
  return slots.map(([slot, p]) => `${slot} (${p.acks.length} accepted)`).join(', ')
}

function storeRows(store: Readonly<Record<string, string>>): KeyValue[] {
  return Object.entries(store).map(([label, value]) => ({ label, value }))
}

export function inspectPaxos(c: PaxosContext, machineState: string): Inspection {
  const proposing = machineState !== 'acceptor'
  return {
    state: [
      { label: 'Machine state', value: JSON.stringify(machineState) },
      { label: 'Promised ballot', value: formatBallot(c.promised) },
      { label: 'Own ballot', value: proposing ? formatBallot(c.ballot) : '—' },
      { label: 'Leader', value: show(c.leaderId) },
      { label: 'Chosen up to slot', value: show(c.chosenUpTo) },
      { label: 'Applied', value: show(c.applied) },
      {
        label: 'Promises',
        value: machineState === 'candidate' ? c.promises.join(', ') || '—' : '—',
      },
      { label: 'Pending slots', value: machineState === 'leader' ? pendingText(c) : '—' },
      { label: 'Next slot', value: machineState === 'leader' ? String(c.nextSlot) : '—' },
    ],
    tables: [slotsTable(c.id, slotEntries(c.accepted, c.chosen))],
    store: storeRows(c.store),
  }
}

/** A crashed node keeps its promise and what it accepted: the acceptor's stable storage. */
export function inspectCrashedPaxos(id: string, durable: Durable | null): Inspection {
  const d = durable ?? NOTHING_DURABLE
  return {
    state: [
      { label: 'State', value: 'crashed' },
      { label: 'Promised ballot (kept)', value: formatBallot(d.promised) },
    ],
    tables: [slotsTable(id, slotEntries(d.accepted, emptySlots))],
    store: [],
  }
}
