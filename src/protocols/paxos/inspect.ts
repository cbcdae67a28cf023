/** What the inspector lists of a Paxos node: its ballots and progress, its slots, its store. */

import { formatBallot } from './ballot'
import { commandText } from './command-text'
import { NOTHING_DURABLE } from './context'
import { slotEntries, type SlotEntry } from './describe'
import { emptySlots } from './slots'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Durable, PaxosContext } from './types'
import { t } from '../../i18n/translate'

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v))

function slotsTable(id: string, entries: readonly SlotEntry[]): InspectorTable {
  return {
    title: t('inspect.slots', { count: entries.length }),
    label: t('inspect.slotsOf', { id }),
    columns: ['#', t('inspect.ballot'), t('inspect.command')],
    rows: entries.map((e) => ({
      key: String(e.slot),
      cells: [String(e.slot), e.ballot ?? '—', commandText(e.command)],
      done: e.chosen,
    })),
    pending: t('inspect.notChosen'),
  }
}

function pendingText(c: PaxosContext): string {
  const slots = Object.entries(c.pending)
  if (slots.length === 0) return '—'
  return slots
    .map(([slot, p]) => t('inspect.slotAccepted', { slot, count: p.acks.length }))
    .join(', ')
}

function storeRows(store: Readonly<Record<string, string>>): KeyValue[] {
  return Object.entries(store).map(([label, value]) => ({ label, value }))
}

export function inspectPaxos(c: PaxosContext, machineState: string): Inspection {
  const proposing = machineState !== 'acceptor'
  return {
    state: [
      { label: t('inspect.machineState'), value: machineState },
      { label: t('inspect.promisedBallot'), value: formatBallot(c.promised) },
      { label: t('inspect.ownBallot'), value: proposing ? formatBallot(c.ballot) : '—' },
      { label: t('inspect.leader'), value: show(c.leaderId) },
      { label: t('inspect.chosenUpTo'), value: show(c.chosenUpTo) },
      { label: t('inspect.applied'), value: show(c.applied) },
      {
        label: t('inspect.promises'),
        value: machineState === 'candidate' ? c.promises.join(', ') || '—' : '—',
      },
      {
        label: t('inspect.pendingSlots'),
        value: machineState === 'leader' ? pendingText(c) : '—',
      },
      {
        label: t('inspect.nextSlot'),
        value: machineState === 'leader' ? String(c.nextSlot) : '—',
      },
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
      { label: t('inspect.state'), value: t('inspect.crashed') },
      { label: t('inspect.promisedBallotKept'), value: formatBallot(d.promised) },
    ],
    tables: [slotsTable(id, slotEntries(d.accepted, emptySlots))],
    store: [],
  }
}
