/** A command in words, as the event log, the inspector and the checks write it. */

import type { Command } from './types'

export function commandText(c: Command): string {
  if (c.op === 'noop') return 'no-op'
  return c.op === 'put' ? `put ${c.key}=${c.value ?? ''}` : `get ${c.key}`
}
