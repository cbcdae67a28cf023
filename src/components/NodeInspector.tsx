/** Everything a node holds at the cursor, as its protocol describes it, and its pending timers. */

import { useCursorView } from './use-cursor-view'
import { presentationLookup } from '../protocols/presentations'
import { formatTime } from './format'
import { KeyValues, type KeyValue } from './KeyValues'
import type { Inspection } from '../protocols/presentation'
import { TableView } from './InspectorTable'
import type { Timeline } from '../timeline/timeline'
import type { World } from '../sim/world'
import type { AnyStateMachine } from 'xstate'
import { StateMachineView } from './StateMachineView'
// `t` names a table, transitions or times here, so the catalogue's lookup goes by `say`.
import { t as say } from '../i18n'

/** Least real time between updates while playing. */
const UPDATE_MS = 100

interface Details extends Inspection {
  readonly timers: readonly KeyValue[]
  readonly machine: AnyStateMachine
  /** The machine's state at the cursor; null while the node is down. */
  readonly active: string | null
}

/** Reads the node's details from the world at the cursor; 'outside' before its join or after it left. */
function details(world: World, timeline: Timeline, id: string): Details | 'outside' | null {
  const i = timeline.context.nodeLookup.get(id)
  const presentation = presentationLookup.get(timeline.context.scenario.protocol)
  if (i === undefined || presentation === undefined) return null
  const slot = world.nodes[i]!
  if (slot.absent === true) return 'outside'
  const timers = Object.entries(slot.timers).map(([name, gen]) => {
    const due = world.queue.find((e) => e.k === 'timer' && e.node === i && e.gen === gen)
    return {
      label: name,
      value: due === undefined ? '—' : say('inspector.firesAt', { at: formatTime(due.t) }),
    }
  })
  const inspection = slot.up
    ? presentation.inspect(id, slot.state)
    : presentation.inspectCrashed(id, slot.durable)
  // Node machines have top-level states only, so the snapshot's value names one.
  const active = slot.up ? String((slot.state as { value: unknown }).value) : null
  return { ...inspection, timers, machine: presentation.machine, active }
}

export function NodeInspector({ id }: { id: string }) {
  // The world changes in place while playing: re-rendered with the cursor, ten times a
  // second at most while playing (a member's table of 1,000 others is a lot to sort), at once else.
  const { world, timeline: run } = useCursorView(UPDATE_MS)
  const d = details(world, run, id)
  if (d === null) return <p className="hint">{say('inspector.noNode', { id })}</p>
  if (d === 'outside') return <p className="hint">{say('inspector.outside', { id })}</p>
  return (
    <div className="node-inspector">
      <h3>{say('inspector.stateOf', { id })}</h3>
      <KeyValues rows={d.state} />
      <StateMachineView id={id} machine={d.machine} active={d.active} />
      <h3>{say('inspector.timers')}</h3>
      {d.timers.length === 0 ? (
        <p className="hint">{say('inspector.nonePending')}</p>
      ) : (
        <KeyValues rows={d.timers} />
      )}
      {d.tables.map((t) => (
        <TableView key={t.label} table={t} />
      ))}
      <h3>{say('inspector.store')}</h3>
      {d.store.length === 0 ? (
        <p className="hint">{say('common.empty')}</p>
      ) : (
        <KeyValues rows={d.store} />
      )}
    </div>
  )
}
