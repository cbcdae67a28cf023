/** How one client operation reads in the list: what it asked, when, and how it ended. */

import { formatTime } from './format'
import type { ClientOp } from '../sim/world'
import { t } from '../i18n'

/** `put x=1`, `get x`. */
export function describeOp(op: ClientOp): string {
  return op.value === null ? `${op.op} ${op.key}` : `${op.op} ${op.key}=${op.value}`
}

export function describeOutcome(op: ClientOp): string {
  switch (op.outcome) {
    case 'pending':
      return t('clients.pending')
    // The client gave up, but an earlier attempt may still take effect: the outcome is unknown.
    case 'timeout':
      return t('clients.timedOut')
    case 'ok':
      // Only reads answer with a value; a write's answer is just its acknowledgement.
      if (op.value !== null) return 'ok'
      return op.output === null ? t('clients.okNone') : `ok: ${op.output}`
  }
}

export function describeTimes(op: ClientOp): string {
  const returned = op.returnedAt === null ? '—' : formatTime(op.returnedAt)
  const attempts = t('clients.attempts', { count: op.attempts })
  return `${formatTime(op.invokedAt)} → ${returned} · ${attempts}`
}

/** Newest first, so a request just sent shows at the top of a long list. */
/** The latest `limit` operations, newest first. */
export function newestFirst(ops: readonly ClientOp[], limit = Infinity): ClientOp[] {
  const out: ClientOp[] = []
  for (let i = ops.length - 1; i >= 0 && out.length < limit; i--) out.push(ops[i]!)
  return out
}
