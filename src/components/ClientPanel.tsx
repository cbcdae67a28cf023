/** Client requests: a form that sends one, and every operation so far at the cursor. */

import { memo, useId, useState, type FormEvent } from 'react'
import { specLookup } from '../protocols/registry'
import { memberIds } from '../store/membership'
import { useAppStore } from '../store/context'
import { ANY_NODE, clientAction, defaultOp, needsValue, type ClientForm } from './client-form'
import { describeOp, describeOutcome, describeTimes, newestFirst } from './client-format'
import type { AppState } from '../store/app-store'
import type { ClientOp } from '../sim/world'
import { t } from '../i18n'
import './panels.css'

/** The members at the cursor as one string, which compares by value while the cursor moves. */
const selector = (s: AppState) => ({
  protocol: s.scenario.protocol,
  members: memberIds(s).join(' '),
  act: s.act,
})

/**
 * The kernel steps the world in place while playing, so `world.clients` keeps its identity.
 * It replaces an operation's record whenever the operation changes, though, so a copy of
 * the list compares equal (shallowly) until something in it changed: no re-render before.
 */
/** A long run has thousands; the list shows the latest, the History and Event log the rest. */
const SHOWN_OPS = 30
const selectClients = (s: AppState) => newestFirst(s.world.clients, SHOWN_OPS)
const selectTotal = (s: AppState) => s.world.clients.length
const selectSeek = (s: AppState) => s.seek

export function ClientPanel() {
  const headingId = useId()
  return (
    <section className="panel client-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('clients.title')}</h2>
      <ClientRequestForm />
      <ClientOpList />
    </section>
  )
}

function ClientRequestForm() {
  const { protocol, members, act } = useAppStore(selector)
  const ops = specLookup(protocol)?.clientOps ?? []
  // Clients ask members only: a node yet to join, or one that left, is not offered.
  const ids = members === '' ? [] : members.split(' ')
  const [form, setForm] = useState<ClientForm>({
    op: defaultOp(ops),
    key: 'x',
    value: '1',
    node: ANY_NODE,
  })
  const [error, setError] = useState<string | null>(null)
  const formId = useId()
  const errorId = `${formId}-error`
  // After a new run with fewer nodes (or a leave), a node picked earlier may be gone: fall back to any.
  const current: ClientForm = {
    ...form,
    op: ops.some((o) => o.op === form.op) ? form.op : defaultOp(ops),
    node: ids.includes(form.node) ? form.node : ANY_NODE,
  }
  const update = (patch: Partial<ClientForm>) => {
    setForm({ ...current, ...patch })
    setError(null)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const check = clientAction(current, ops)
    if (check.ok) act(check.action)
    else setError(check.error)
  }
  const describedBy = error === null ? undefined : errorId
  return (
    <form className="panel-form client-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${formId}-op`}>{t('clients.operation')}</label>
        <select
          id={`${formId}-op`}
          value={current.op}
          onChange={(e) => update({ op: e.target.value })}
        >
          {ops.map((o) => (
            <option key={o.op} value={o.op}>
              {o.op}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${formId}-key`}>{t('clients.key')}</label>
        <input
          id={`${formId}-key`}
          value={current.key}
          onChange={(e) => update({ key: e.target.value })}
          aria-describedby={describedBy}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      {needsValue(ops, current.op) && (
        <div className="field">
          <label htmlFor={`${formId}-value`}>{t('clients.value')}</label>
          <input
            id={`${formId}-value`}
            value={current.value}
            onChange={(e) => update({ value: e.target.value })}
            aria-describedby={describedBy}
            spellCheck={false}
            autoComplete="off"
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${formId}-node`}>{t('clients.node')}</label>
        <select
          id={`${formId}-node`}
          value={current.node}
          onChange={(e) => update({ node: e.target.value })}
        >
          <option value={ANY_NODE}>{t('clients.anyNode')}</option>
          {ids.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary">
        {t('clients.send')}
      </button>
      {error !== null && (
        <p id={errorId} className="panel-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}

function ClientOpList() {
  const clients = useAppStore(selectClients)
  const total = useAppStore(selectTotal)
  const seek = useAppStore(selectSeek)
  return (
    <>
      {clients.length === 0 && <p className="panel-hint">{t('clients.none')}</p>}
      <ol className="client-ops" aria-label={t('clients.operations')}>
        {clients.map((op) => (
          <ClientOpItem key={op.index} op={op} seek={seek} />
        ))}
      </ol>
      {total > clients.length && (
        <p className="panel-hint">{t('clients.latest', { shown: clients.length, total })}</p>
      )}
    </>
  )
}

/** Memoised: a record is replaced only when its operation changes, so the rest stay put. */
const ClientOpItem = memo(function ClientOpItem(props: {
  op: ClientOp
  seek: (t: number) => void
}) {
  const { op, seek } = props
  return (
    <li>
      <button
        type="button"
        className="client-op"
        title={t('clients.goToSent')}
        onClick={() => seek(op.invokedAt)}
      >
        <span className="client-op-id">{op.client}</span>
        <span className="client-op-what">{describeOp(op)}</span>
        <span className={`client-op-outcome outcome-${op.outcome}`}>{describeOutcome(op)}</span>
        <span className="client-op-times">{describeTimes(op)}</span>
      </button>
    </li>
  )
})
