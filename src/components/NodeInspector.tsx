/** Everything a node holds at the cursor, including its machine state and pending timers. */

import { useAppStore } from '../store/context'
import { formatTime } from './format'
import { KeyValues, type KeyValue } from './KeyValues'
import type { AppState } from '../store/app-store'
import type { Timeline } from '../timeline/timeline'
import type { World } from '../sim/world'

interface LogRow {
  readonly index: number
  readonly term: number
  readonly command: string
  readonly committed: boolean
}

interface Details {
  readonly rows: readonly KeyValue[]
  readonly log: readonly LogRow[]
  readonly store: readonly KeyValue[]
  readonly timers: readonly KeyValue[]
}

const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v))

function perPeer(record: unknown): string {
  const entries = Object.entries((record ?? {}) as Record<string, number>)
  return entries.length === 0 ? '—' : entries.map(([peer, n]) => `${peer}: ${n}`).join(', ')
}

function commandText(c: { op: string; key: string; value: string | null; client: string }) {
  if (c.op === 'noop') return 'no-op (new term)'
  return `${c.client} ${c.op} ${c.key}${c.value === null ? '' : `=${c.value}`}`
}

const selector = (s: AppState) => ({ world: s.world, timeline: s.timeline, cursor: s.cursor })

/** Reads the node's details from the world at the cursor. */
function details(world: World, timeline: Timeline, id: string): Details | null {
  const i = timeline.context.nodeLookup.get(id)
  if (i === undefined) return null
  const slot = world.nodes[i]!
  const timers = Object.entries(slot.timers).map(([name, gen]) => {
    const due = world.queue.find((e) => e.k === 'timer' && e.node === i && e.gen === gen)
    return { label: name, value: due === undefined ? '—' : `fires at ${formatTime(due.t)}` }
  })
  if (!slot.up) {
    const durable = timeline.context.protocol.describeDurable(slot.durable)
    return {
      rows: [
        { label: 'State', value: 'crashed' },
        { label: 'Term (kept)', value: show(durable.term) },
        { label: 'Voted for (kept)', value: show(durable.votedFor) },
      ],
      log: logRows(durable.log, 0),
      store: [],
      timers,
    }
  }
  const digest = timeline.context.protocol.digest(slot.state) as {
    value: unknown
    context: Record<string, unknown>
  }
  const c = digest.context
  return {
    rows: [
      { label: 'Machine state', value: JSON.stringify(digest.value) },
      { label: 'Term', value: show(c.currentTerm) },
      { label: 'Voted for', value: show(c.votedFor) },
      { label: 'Leader', value: show(c.leaderId) },
      { label: 'Commit index', value: show(c.commitIndex) },
      { label: 'Last applied', value: show(c.lastApplied) },
      { label: 'Votes', value: ((c.votes as string[] | undefined) ?? []).join(', ') || '—' },
      { label: 'Next index', value: perPeer(c.nextIndex) },
      { label: 'Match index', value: perPeer(c.matchIndex) },
    ],
    log: logRows(c.log, Number(c.commitIndex ?? 0)),
    store: Object.entries((c.store ?? {}) as Record<string, string>).map(([k, v]) => ({
      label: k,
      value: v,
    })),
    timers,
  }
}

function logRows(log: unknown, committed: number): LogRow[] {
  const entries = (log ?? []) as { term: number; command: Parameters<typeof commandText>[0] }[]
  return entries.map((e, k) => ({
    index: k + 1,
    term: e.term,
    command: commandText(e.command),
    committed: k + 1 <= committed,
  }))
}

export function NodeInspector({ id }: { id: string }) {
  // The world changes in place while playing; selecting the cursor re-renders as it moves.
  const { world, timeline: run } = useAppStore(selector)
  const d = details(world, run, id)
  if (d === null) return <p className="hint">No node {id} in this run.</p>
  return (
    <div className="node-inspector">
      <h3>State of {id}</h3>
      <KeyValues rows={d.rows} />
      <h3>Timers</h3>
      {d.timers.length === 0 ? (
        <p className="hint">None pending.</p>
      ) : (
        <KeyValues rows={d.timers} />
      )}
      <h3>Log ({d.log.length})</h3>
      {d.log.length === 0 ? (
        <p className="hint">Empty.</p>
      ) : (
        <table className="log-table" aria-label={`Log of ${id}`}>
          <thead>
            <tr>
              <th>#</th>
              <th>Term</th>
              <th>Command</th>
            </tr>
          </thead>
          <tbody>
            {d.log.slice(-50).map((e) => (
              <tr key={e.index} className={e.committed ? 'committed' : 'uncommitted'}>
                <td>{e.index}</td>
                <td>{e.term}</td>
                <td>
                  {e.command}
                  {e.committed ? '' : ' (not committed)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Store</h3>
      {d.store.length === 0 ? <p className="hint">Empty.</p> : <KeyValues rows={d.store} />}
    </div>
  )
}
