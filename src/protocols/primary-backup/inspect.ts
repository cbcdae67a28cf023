/**
 * What the inspector lists of a primary-backup node: for a server, the view as it knows
 * it, what it holds and what it waits for, and its store; for the view service, its view,
 * whether the view is acknowledged, and the pings it heard from each server.
 */

import { commandText } from './messages'
import { alive } from './service'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Durable, PbContext, ServerContext, ServiceContext } from './types'
import { t } from '../../i18n/translate'

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v))
const yesNo = (b: boolean) => (b ? t('inspect.yes') : t('inspect.no'))

function storeRows(store: Readonly<Record<string, string>>): KeyValue[] {
  return Object.entries(store).map(([label, value]) => ({ label, value }))
}

function viewRows(c: PbContext): KeyValue[] {
  return [
    { label: t('inspect.view'), value: c.view.num === 0 ? '—' : String(c.view.num) },
    { label: t('inspect.primary'), value: show(c.view.primary) },
    { label: t('inspect.backup'), value: show(c.view.backup) },
    { label: t('inspect.viewAcked'), value: c.view.num === 0 ? '—' : yesNo(c.acked) },
  ]
}

function inspectServer(c: ServerContext, machineState: string): Inspection {
  const primary = c.view.primary === c.id
  const backup = c.view.backup === c.id
  return {
    state: [
      { label: t('inspect.machineState'), value: machineState },
      ...viewRows(c),
      { label: t('inspect.holdsData'), value: primary ? yesNo(c.hasData) : '—' },
      {
        label: t('inspect.backupReady'),
        value: primary && c.view.backup !== null ? yesNo(c.backupReady) : '—',
      },
      { label: t('inspect.synced'), value: backup ? yesNo(c.synced) : '—' },
      {
        label: t('inspect.pendingForward'),
        value: c.inflight === null ? '—' : `${c.inflight.n}: ${commandText(c.inflight.command)}`,
      },
      { label: t('inspect.queued'), value: String(c.queue.length) },
      { label: t('inspect.applied'), value: String(c.applied) },
      { label: t('inspect.incarnation'), value: String(c.incarnation) },
    ],
    tables: [],
    store: storeRows(c.store),
  }
}

function pingsTable(c: ServiceContext): InspectorTable {
  return {
    title: t('inspect.pings'),
    label: t('inspect.pingsOf', { id: c.id }),
    columns: [t('inspect.server'), t('inspect.lastPing'), t('inspect.pingedView')],
    rows: c.servers.map((id, i) => {
      const seen = c.seen[i]!
      const last = seen.lastTick < 0 ? '—' : `${seen.lastTick} (−${c.ticks - seen.lastTick})`
      return {
        key: id,
        cells: [id, last, seen.lastTick < 0 ? '—' : String(seen.pinged)],
        done: seen.lastTick >= 0 && alive(c, seen),
      }
    }),
    pending: t('inspect.deadServer'),
  }
}

function inspectService(c: ServiceContext, machineState: string): Inspection {
  return {
    state: [
      { label: t('inspect.machineState'), value: machineState },
      ...viewRows(c),
      { label: t('inspect.ticks'), value: String(c.ticks) },
    ],
    tables: [pingsTable(c)],
    store: [],
  }
}

export function inspectPb(c: PbContext, machineState: string): Inspection {
  return c.kind === 'service' ? inspectService(c, machineState) : inspectServer(c, machineState)
}

/** The view service keeps its view and ack flag; a server only its count of starts. */
export function inspectCrashedPb(durable: Durable | null): Inspection {
  const state: KeyValue[] = [{ label: t('inspect.state'), value: t('inspect.crashed') }]
  if (durable?.kind === 'service') {
    const { view } = durable
    state.push(
      { label: t('inspect.viewKept'), value: view.num === 0 ? '—' : String(view.num) },
      { label: t('inspect.primary'), value: show(view.primary) },
      { label: t('inspect.backup'), value: show(view.backup) },
      { label: t('inspect.ackedKept'), value: yesNo(durable.acked) },
    )
  } else if (durable?.kind === 'server') {
    state.push({ label: t('inspect.incarnationKept'), value: String(durable.incarnation) })
  }
  return { state, tables: [], store: [] }
}
