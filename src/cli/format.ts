/** The human-readable summary of a run (without --json). */

import type { RunSummary } from '../sim/summary'

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

const SHOWN_ALREADY = new Set(['id', 'up', 'role', 'store'])

/**
 * A node's line: its role, then each of the protocol's own fields in the order it gives
 * them (numbers and names as they are, lists by their length), and the store last.
 */
function nodeLine(n: RunSummary['nodes'][number]): string {
  const parts = [pad(n.id, 4), pad(n.up ? n.role : 'crashed', 10)]
  for (const [key, value] of Object.entries(n)) {
    if (SHOWN_ALREADY.has(key)) continue
    if (typeof value === 'number' || typeof value === 'string') parts.push(`${key} ${value}`)
    else if (Array.isArray(value)) parts.push(`${key} ${value.length}`)
  }
  if (n.store !== undefined) parts.push(`store ${JSON.stringify(n.store)}`)
  return `  ${parts.join(' ').trimEnd()}`
}

function historyLine(h: RunSummary['history'][number]): string {
  const what = h.value === null ? `${h.op} ${h.key}` : `${h.op} ${h.key}=${h.value}`
  const when =
    h.returnedAt === null
      ? `invoked ${h.invokedAt}, no answer`
      : `${h.invokedAt}–${h.returnedAt} ms`
  const result =
    h.outcome === 'ok'
      ? h.op === 'get' || h.output !== null
        ? `→ ${JSON.stringify(h.output)}`
        : 'ok'
      : h.outcome
  return `  ${pad(h.client, 5)} ${pad(what, 16)} ${pad(when, 24)} ${result}`
}

/** Each measure: a list by its length and its first entries, one per line; others as they are. */
function measureLines(measures: RunSummary['measures']): string[] {
  if (measures === undefined) return []
  const lines: string[] = []
  for (const [key, value] of Object.entries(measures)) {
    if (!Array.isArray(value)) {
      lines.push(`${key}: ${JSON.stringify(value)}`)
      continue
    }
    lines.push(`${key}: ${value.length}`)
    for (const item of value.slice(0, MEASURES_SHOWN)) lines.push(`  ${JSON.stringify(item)}`)
    if (value.length > MEASURES_SHOWN) lines.push(`  … ${value.length - MEASURES_SHOWN} more`)
  }
  return lines
}

const MEASURES_SHOWN = 10

export function formatSummary(s: RunSummary): string {
  const ok = s.history.filter((h) => h.outcome === 'ok').length
  const lines = [
    `${s.protocol}${s.variant ? ` (${s.variant})` : ''}, seed ${s.seed}, until ${s.until} ms: ${s.events} events, trace ${s.traceHash}`,
    'nodes:',
    ...s.nodes.map(nodeLine),
    `history: ${s.history.length} operations, ${ok} ok`,
    ...s.history.map(historyLine),
    s.violations.length === 0 ? 'violations: none' : `violations: ${s.violations.length}`,
    ...s.violations.map((v) => `  at ${v.at} ms: ${v.invariant}: ${v.message}`),
    `linearizable: ${s.linearizable === null ? 'not checked' : s.linearizable}`,
    ...measureLines(s.measures),
  ]
  return lines.join('\n')
}
