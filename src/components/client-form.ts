/**
 * The client request form: what the user typed, checked as the scenario validator checks a
 * `client` input, so the store is only ever asked for an input that a share link could hold.
 */

import { MAX_KEY_LENGTH, MAX_VALUE_LENGTH } from '../scenario/validate-inputs'
import type { ClientOpSpec } from '../sim/protocol'
import type { Action, Checked } from '../store/branches'
import { t } from '../i18n'

/** The "any node" choice: the input then names no node and the client picks one. */
export const ANY_NODE = ''

export interface ClientForm {
  readonly op: string
  readonly key: string
  readonly value: string
  readonly node: string
}

export type ClientAction = Extract<Action, { type: 'client' }>

export type ClientCheck = Checked<ClientAction>

export function needsValue(ops: readonly ClientOpSpec[], op: string): boolean {
  return ops.find((o) => o.op === op)?.needsValue ?? false
}

/** A write first: reading before anything was written shows little. */
export function defaultOp(ops: readonly ClientOpSpec[]): string {
  return (ops.find((o) => o.needsValue) ?? ops[0])?.op ?? ''
}

export function clientAction(form: ClientForm, ops: readonly ClientOpSpec[]): ClientCheck {
  const spec = ops.find((o) => o.op === form.op)
  if (spec === undefined) return { ok: false, error: t('clients.error.op', { op: form.op }) }
  if (form.key === '') return { ok: false, error: t('clients.error.noKey') }
  if (form.key.length > MAX_KEY_LENGTH) {
    return { ok: false, error: t('clients.error.keyLength', { max: MAX_KEY_LENGTH }) }
  }
  if (spec.needsValue && form.value.length > MAX_VALUE_LENGTH) {
    return { ok: false, error: t('clients.error.valueLength', { max: MAX_VALUE_LENGTH }) }
  }
  const action: ClientAction = {
    type: 'client',
    op: spec.op,
    key: form.key,
    ...(spec.needsValue ? { value: form.value } : {}),
    ...(form.node === ANY_NODE ? {} : { node: form.node }),
  }
  return { ok: true, action }
}
