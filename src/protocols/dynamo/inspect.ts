/**
 * What the inspector lists of a Dynamo replica: its place on the ring, its quorums and how
 * it reconciles versions; the requests it is coordinating, the hints it keeps for others
 * and the puts it answered last; and its store, each key with its versions and clocks.
 */

import { tokensOf } from './describe'
import { versionsText } from './messages'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { Durable, Hint, ReplicaContext, Versions } from './types'
import { t } from '../../i18n/translate'

function storeRows(store: Readonly<Record<string, Versions>>): KeyValue[] {
  return Object.keys(store)
    .sort()
    .map((label) => ({ label, value: versionsText(store[label]!) }))
}

function hintTable(id: string, hints: readonly Hint[]): InspectorTable {
  return {
    title: t('inspect.dynamoHints', { count: hints.length }),
    label: t('inspect.dynamoHintsOf', { id }),
    columns: [t('inspect.dynamoKey'), t('inspect.dynamoFor'), t('inspect.dynamoVersion')],
    rows: hints.map((h) => ({
      key: `${h.key}:${h.for}:${h.version.op}`,
      cells: [h.key, h.for, versionsText([h.version])],
      done: false,
    })),
    pending: t('inspect.dynamoNotHandedBack'),
  }
}

function requestTable(c: ReplicaContext): InspectorTable {
  const open = c.coordinating.filter((k) => k.phase !== 'repair')
  // Newest first.
  const answered = c.acked.map((_, i) => c.acked[c.acked.length - 1 - i]!)
  return {
    title: t('inspect.dynamoRequests'),
    label: t('inspect.dynamoRequestsOf', { id: c.id }),
    columns: [t('inspect.dynamoClient'), t('inspect.command'), t('inspect.dynamoReplicas')],
    rows: [
      ...open.map((k) => ({
        key: `open:${k.id}`,
        cells: [
          k.client,
          k.op === 'put' ? `put ${k.key} = ${k.value ?? ''}` : `get ${k.key}`,
          `${t(`inspect.dynamoPhase.${k.phase}`)}: ${k.answered.join(', ') || '—'}`,
        ],
        done: false,
      })),
      ...answered.map((a) => ({
        key: `acked:${a.op}`,
        cells: [a.op, `put ${a.key} = ${a.version.value}`, a.by.join(', ')],
        done: true,
      })),
    ],
    pending: t('inspect.dynamoInProgress'),
  }
}

const resolutionText = (c: ReplicaContext) => t(`inspect.dynamoResolution.${c.resolution}`)

export function inspectDynamo(id: string, state: { value: unknown; context: unknown }): Inspection {
  const c = state.context as ReplicaContext
  const rows: KeyValue[] = [
    { label: t('inspect.machineState'), value: String(state.value) },
    { label: t('inspect.dynamoMembers'), value: c.members.join(', ') },
    { label: t('inspect.dynamoTokens'), value: String(tokensOf(c).length) },
    { label: t('inspect.dynamoQuorums'), value: `N = ${c.n}, R = ${c.r}, W = ${c.w}` },
    {
      label: t('inspect.dynamoSloppy'),
      value: c.sloppy && c.resolution !== 'abd' ? t('inspect.yes') : t('inspect.no'),
    },
    { label: t('inspect.dynamoResolution'), value: resolutionText(c) },
  ]
  if (c.resolution === 'lww') {
    rows.push({
      label: t('inspect.dynamoClock'),
      value: `${c.now} ms (${c.skewMs >= 0 ? '+' : ''}${c.skewMs} ms)`,
    })
  }
  return {
    state: rows,
    tables: [requestTable(c), hintTable(id, c.hints)],
    store: storeRows(c.store),
  }
}

/** A crashed replica keeps its store and its hints on disk. */
export function inspectCrashedDynamo(id: string, durable: Durable | null): Inspection {
  const crashed = { label: t('inspect.state'), value: t('inspect.crashed') }
  if (durable === null) return { state: [crashed], tables: [], store: [] }
  return {
    state: [crashed],
    tables: [hintTable(id, durable.hints)],
    store: storeRows(durable.store),
  }
}
