/**
 * Which participant holds a key, and what a transaction writes: a `txn` client request
 * names its keys in `key`, separated by commas (`"x,y"`), and writes `value` to each.
 */

import { hashString, mix32 } from '../../sim/hash'

/**
 * The participant a key lives on: the sum of its character codes over the participants, in
 * id order. Plain enough to work out by hand: with three participants x is on n2, y on n3
 * and z on n4.
 */
export function holderOf(key: string, participants: readonly string[]): string {
  let sum = 0
  for (let i = 0; i < key.length; i++) sum += key.charCodeAt(i)
  return participants[sum % participants.length]!
}

/** The keys a transaction names, each once, in the order given. */
export function txnKeys(key: string): string[] {
  const keys = key
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '')
  return [...new Set(keys)]
}

/** Each participant's share of the writes, by participant, in id order. */
export function writesByParticipant(
  key: string,
  value: string,
  participants: readonly string[],
): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>()
  for (const k of txnKeys(key)) {
    const p = holderOf(k, participants)
    out.set(p, { ...out.get(p), [k]: value })
  }
  return new Map(participants.filter((p) => out.has(p)).map((p) => [p, out.get(p)!]))
}

/** Whether a participant votes no by the no-vote rate: a hash of transaction and node. */
export function votesNo(txn: string, node: string, rate: number): boolean {
  if (rate <= 0) return false
  return (mix32(hashString(`${txn}@${node}`)) % 10_000) / 10_000 < rate
}
