/**
 * What the inspector lists of an atomic-commit node. The coordinator: its decision log and
 * the transactions it is running, with the votes in. A participant: its transactions, how
 * it voted and where each stands, which it is blocked on, and its store.
 */

import { stateAtCoordinator } from './describe'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { CommitContext, CoordinatorContext, Durable, PartTxn } from './types'
import { t } from '../../i18n/translate'

const writesText = (writes: Readonly<Record<string, string>>) =>
  Object.entries(writes)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ') || '—'

const done = (state: string) => state === 'committed' || state === 'aborted'

function partTable(
  id: string,
  txns: readonly PartTxn[],
  blocked: readonly string[],
): InspectorTable {
  return {
    title: t('inspect.commitTxns', { count: txns.length }),
    label: t('inspect.commitTxnsOf', { id }),
    columns: [
      t('inspect.commitTxn'),
      t('inspect.commitWrites'),
      t('inspect.commitVote'),
      t('inspect.commitState'),
    ],
    rows: txns.map((x) => ({
      key: x.id,
      cells: [
        x.id,
        writesText(x.writes),
        x.vote,
        blocked.includes(x.id) ? `${x.state} (${t('inspect.commitBlocked')})` : x.state,
      ],
      done: done(x.state),
    })),
    pending: t('inspect.commitUndecided'),
  }
}

function coordTable(c: CoordinatorContext): InspectorTable {
  const ids = [...new Set([...Object.keys(c.log), ...c.active.map((x) => x.id)])]
  return {
    title: t('inspect.commitLog', { count: ids.length }),
    label: t('inspect.commitLogOf', { id: c.id }),
    columns: [
      t('inspect.commitTxn'),
      t('inspect.commitParticipants'),
      t('inspect.commitVotes'),
      t('inspect.commitState'),
    ],
    rows: ids.map((id) => {
      const running = c.active.find((x) => x.id === id)
      const votes = running === undefined ? '—' : Object.keys(running.votes).join(', ') || '—'
      const state = stateAtCoordinator(c, id)
      return {
        key: id,
        cells: [id, running?.participants.join(', ') ?? '—', votes, state],
        done: done(state),
      }
    }),
    pending: t('inspect.commitUndecided'),
  }
}

const storeRows = (store: Readonly<Record<string, string>>): KeyValue[] =>
  Object.keys(store)
    .sort()
    .map((label) => ({ label, value: store[label]! }))

export function inspectCommit(id: string, state: { value: unknown; context: unknown }): Inspection {
  const c = state.context as CommitContext
  const machine = { label: t('inspect.machineState'), value: String(state.value) }
  const mode = {
    label: t('inspect.commitProtocol'),
    value: c.threePhase ? t('inspect.commitThreePhase') : t('inspect.commitTwoPhase'),
  }
  if (c.kind === 'coordinator') {
    return { state: [machine, mode], tables: [coordTable(c)], store: [] }
  }
  const rows: KeyValue[] = [
    machine,
    mode,
    { label: t('inspect.commitBlockedOn'), value: c.blocked.join(', ') || '—' },
  ]
  if (c.forced !== null) rows.push({ label: t('inspect.commitNextVote'), value: c.forced })
  return { state: rows, tables: [partTable(id, c.txns, c.blocked)], store: storeRows(c.store) }
}

export function inspectCrashedCommit(id: string, durable: Durable | null): Inspection {
  const crashed = { label: t('inspect.state'), value: t('inspect.crashed') }
  if (durable === null) return { state: [crashed], tables: [], store: [] }
  if (durable.kind === 'coordinator') {
    const rows = Object.entries(durable.log).map(([x, d]) => ({
      key: x,
      cells: [x, '—', '—', d === 'commit' ? 'committed' : 'aborted'],
      done: true,
    }))
    const table: InspectorTable = {
      title: t('inspect.commitLog', { count: rows.length }),
      label: t('inspect.commitLogOf', { id }),
      columns: [
        t('inspect.commitTxn'),
        t('inspect.commitParticipants'),
        t('inspect.commitVotes'),
        t('inspect.commitState'),
      ],
      rows,
      pending: t('inspect.commitUndecided'),
    }
    return { state: [crashed], tables: [table], store: [] }
  }
  return {
    state: [crashed],
    tables: [partTable(id, durable.txns, [])],
    store: storeRows(durable.store),
  }
}
