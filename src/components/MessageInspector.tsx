/** A message's contents, and the faults that can befall it while it is in flight. */

import { useState } from 'react'
import { useAppStore } from '../store/context'
import { formatTime } from './format'
import { inFlight } from '../sim/inputs'
import type { AppState } from '../store/app-store'

/** Selects only primitives and stable references, so an unchanged message re-renders nothing. */
function view(s: AppState, id: number) {
  const send = s.timeline.sendOf(id)
  return {
    send,
    flying: inFlight(s.world, id) !== undefined,
    protocol: s.timeline.context.protocol,
    act: s.act,
  }
}

export function MessageInspector({ id }: { id: number }) {
  const { send, flying, protocol, act } = useAppStore((s) => view(s, id))
  const [byMs, setByMs] = useState(200)
  if (send === undefined) return <p className="hint">Message #{id} has not been sent yet.</p>
  const kind = protocol.messageKind(send.payload)
  return (
    <div className="message-inspector">
      <h3>
        {kind} #{id}
      </h3>
      <dl className="kv">
        <div>
          <dt>From → to</dt>
          <dd>
            {send.from} → {send.to}
          </dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd>{formatTime(send.t)}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{formatTime(send.deliverAt)}</dd>
        </div>
        {send.copyOf === undefined ? null : (
          <div>
            <dt>Copy of</dt>
            <dd>#{send.copyOf}</dd>
          </div>
        )}
      </dl>
      <pre className="payload" aria-label="Message contents">
        {JSON.stringify(send.payload, null, 2)}
      </pre>
      {flying ? (
        <div className="actions" role="group" aria-label={`Faults for message ${id}`}>
          <button type="button" onClick={() => act({ type: 'drop', message: id })}>
            Drop
          </button>
          <button type="button" onClick={() => act({ type: 'duplicate', message: id })}>
            Duplicate
          </button>
          <button type="button" onClick={() => act({ type: 'delay', message: id, byMs })}>
            Delay
          </button>
          <label className="inline">
            by
            <input
              type="number"
              aria-label="Delay (ms)"
              min={1}
              max={3_600_000}
              value={byMs}
              onChange={(e) => setByMs(Math.max(1, Number(e.target.value) || 1))}
            />
            ms
          </label>
        </div>
      ) : (
        <p className="hint">Not in flight at this moment: move the cursor to while it travels.</p>
      )}
    </div>
  )
}
