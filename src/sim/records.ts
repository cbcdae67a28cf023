/**
 * Immutable records (a node's timers, a leader's match indexes, a key-value store) get a
 * new copy for each change, since checkpoints and old states share them. These make the
 * copy with a plain loop: a spread with a computed key (`{ ...r, [k]: v }`) is several
 * times slower in V8, and these run on most steps. Key order is the spread's.
 */

/** `{ ...record, [key]: value }`: a new record with `key` set (in place if it was there). */
export function withEntry<V>(
  record: Readonly<Record<string, V>>,
  key: string,
  value: V,
): Record<string, V> {
  const next: Record<string, V> = {}
  for (const k in record) next[k] = record[k]!
  next[key] = value
  return next
}

/** The record without `key`, the others in order. */
export function withoutEntry<V>(
  record: Readonly<Record<string, V>>,
  key: string,
): Record<string, V> {
  const next: Record<string, V> = {}
  for (const k in record) if (k !== key) next[k] = record[k]!
  return next
}
