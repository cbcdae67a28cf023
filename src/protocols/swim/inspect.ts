/**
 * What the inspector lists of a member: its incarnation, how many it thinks alive,
 * suspect and dead, its current probe and suspicions, and its own view of every member
 * (the suspect and dead first, then the rest by id). A gossip member: the rumour it holds.
 */

import { pmapForEach } from '../pmap'
import { t } from '../../i18n/translate'
import type { Inspection, InspectorTable, KeyValue } from '../presentation'
import type { MemberContext } from './machine'
import { STATUS_RANK, type Durable, type Member, type SwimContext } from './types'

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1))

function memberTable(c: SwimContext): InspectorTable {
  const rows: [string, Member][] = []
  pmapForEach(c.members, (id, m) => rows.push([id, m]))
  rows.sort(([a, m], [b, n]) => STATUS_RANK[n.status] - STATUS_RANK[m.status] || byNumber(a, b))
  return {
    title: t('inspect.swimMembers', { count: rows.length }),
    label: t('inspect.swimMembersOf', { id: c.id }),
    columns: [
      t('inspect.swimMember'),
      t('inspect.swimStatus'),
      t('inspect.swimIncarnation'),
      t('inspect.swimSince'),
    ],
    rows: rows.map(([id, m]) => ({
      key: id,
      cells: [id, m.status, String(m.inc), `${m.since} ms`],
      done: m.status === 'alive',
    })),
    pending: t('inspect.swimNotAlive'),
  }
}

export function inspectSwim(id: string, state: { value: unknown; context: unknown }): Inspection {
  const c = state.context as MemberContext
  const machine = { label: t('inspect.machineState'), value: String(state.value) }
  if (c.kind === 'gossip') {
    const rumor =
      c.key === null ? '—' : `${c.key} = ${c.value} (${t('inspect.swimVersion')} ${c.version})`
    const rows: KeyValue[] = [
      machine,
      { label: t('inspect.swimRumor'), value: rumor },
      {
        label: t('inspect.swimHeardAt'),
        value: c.informedAt === null ? '—' : `${c.informedAt} ms`,
      },
    ]
    return { state: rows, tables: [], store: [] }
  }
  const probe = c.probe
  const rows: KeyValue[] = [
    machine,
    { label: t('inspect.swimIncarnation'), value: String(c.incarnation) },
    {
      label: t('inspect.swimView'),
      value: t('inspect.swimCounts', {
        alive: c.counts.alive,
        suspect: c.counts.suspect,
        dead: c.counts.dead,
      }),
    },
    {
      label: t('inspect.swimProbe'),
      value:
        probe === null
          ? '—'
          : `${probe.target} (${probe.acked ? t('inspect.swimAcked') : probe.indirect ? t('inspect.swimIndirect') : t('inspect.swimWaiting')})`,
    },
    {
      label: t('inspect.swimSuspecting'),
      value: Object.keys(c.suspicions).sort(byNumber).join(', ') || '—',
    },
    { label: t('inspect.swimBuffer'), value: String(c.buffer.length) },
  ]
  if (c.opts.localHealth) rows.push({ label: t('inspect.swimHealth'), value: String(c.health) })
  return { state: rows, tables: [memberTable(c)], store: [] }
}

export function inspectCrashedSwim(_id: string, durable: Durable | null): Inspection {
  const rows: KeyValue[] = [{ label: t('inspect.state'), value: t('inspect.crashed') }]
  if (durable !== null) {
    rows.push({ label: t('inspect.swimIncarnation'), value: String(durable.incarnation) })
  }
  return { state: rows, tables: [], store: [] }
}
