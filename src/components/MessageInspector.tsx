/** A message's contents, and the faults that can befall it while it is in flight. */

import { useState } from 'react'
import { useAppStore } from '../store/context'
import { formatTime } from './format'
import { inFlight } from '../sim/inputs'
import type { AppState } from '../store/app-store'
import { t } from '../i18n'

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
  if (send === undefined) return <p className="hint">{t('message.notSent', { id })}</p>
  const kind = protocol.messageKind(send.payload)
  return (
    <div className="message-inspector">
      <h3>
        {kind} #{id}
      </h3>
      <dl className="kv">
        <div>
          <dt>{t('message.fromTo')}</dt>
          <dd>
            {send.from} → {send.to}
          </dd>
        </div>
        <div>
          <dt>{t('message.sent')}</dt>
          <dd>{formatTime(send.t)}</dd>
        </div>
        <div>
          <dt>{t('message.due')}</dt>
          <dd>{formatTime(send.deliverAt)}</dd>
        </div>
        {send.copyOf === undefined ? null : (
          <div>
            <dt>{t('message.copyOf')}</dt>
            <dd>#{send.copyOf}</dd>
          </div>
        )}
      </dl>
      <pre className="payload" aria-label={t('message.contents')}>
        {JSON.stringify(send.payload, null, 2)}
      </pre>
      {flying ? (
        <div className="actions" role="group" aria-label={t('message.faults', { id })}>
          <button type="button" onClick={() => act({ type: 'drop', message: id })}>
            {t('message.drop')}
          </button>
          <button type="button" onClick={() => act({ type: 'duplicate', message: id })}>
            {t('message.duplicate')}
          </button>
          <button type="button" onClick={() => act({ type: 'delay', message: id, byMs })}>
            {t('message.delay')}
          </button>
          <label className="inline">
            {t('message.by')}
            <input
              type="number"
              aria-label={t('message.delayMs')}
              min={1}
              max={3_600_000}
              value={byMs}
              onChange={(e) => setByMs(Math.max(1, Number(e.target.value) || 1))}
            />
            ms
          </label>
        </div>
      ) : (
        <p className="hint">{t('message.notInFlight')}</p>
      )}
    </div>
  )
}
