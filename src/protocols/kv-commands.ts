/**
 * The replicated key-value store every replication protocol here applies its commands to,
 * with per-client sessions so that a retried request applies once and gets its first
 * answer again (Raft dissertation §6.3). Pure: it returns a new state, never mutates.
 */

import { pmapGet, pmapSet, type PMap } from './pmap'
import { withEntry } from '../sim/records'

/** A client's command, or the no-op a new leader fills its log or a gap with. */
export interface Command {
  readonly op: 'get' | 'put' | 'noop'
  readonly key: string
  readonly value: string | null
  /** The client session and its request number, so a retried request applies once. */
  readonly client: string
  readonly seq: number
}

/** A client's last applied request and its answer. */
export interface Session {
  readonly seq: number
  readonly output: string | null
}

export interface KvState {
  readonly store: Readonly<Record<string, string>>
  readonly sessions: PMap<Session>
}

/** Applies `cmd` to the store in `s`; a get answers the key's value, or null if unset. */
export function executeCommand<S extends KvState>(
  s: S,
  cmd: Command,
): { context: S; output: string | null } {
  if (cmd.op === 'noop') return { context: s, output: null }
  const session = pmapGet(s.sessions, cmd.client)
  if (session !== undefined && session.seq >= cmd.seq) return { context: s, output: session.output }
  const output = cmd.op === 'get' ? (s.store[cmd.key] ?? null) : null
  const store = cmd.op === 'put' ? withEntry(s.store, cmd.key, cmd.value ?? '') : s.store
  const sessions = pmapSet(s.sessions, cmd.client, { seq: cmd.seq, output })
  return { context: { ...s, store, sessions }, output }
}
