/** A chain node as the CLI's JSON sees it: its chain version and order, history and store. */

import { order } from './chain-order'
import { lastSeq } from './chain-order'
import type { Command, Durable, MasterContext, ServerContext } from './types'

export interface HistEntry {
  readonly seq: number
  readonly command: Command
  /** Whether the tail has it (as far as this node knows). */
  readonly committed: boolean
}

const histOf = (c: { hist: ServerContext['hist']; acked: number }): HistEntry[] =>
  c.hist.map((u) => ({ seq: u.seq, command: u.command, committed: u.seq <= c.acked }))

export function describeServer(c: ServerContext) {
  return {
    version: c.version,
    chain: order(c.members),
    acked: c.acked,
    last: lastSeq(c),
    hist: histOf(c),
    sent: c.sent.map((e) => e.update.seq),
    store: c.store,
  }
}

export function describeMaster(m: MasterContext) {
  return {
    version: m.version,
    chain: order(m.members),
    store: {},
  }
}

/** What a crashed node kept: the master its configuration, a server its history on disk. */
export function describeCrashed(d: Durable | null) {
  if (d === null) return { version: 0, chain: [], store: {} }
  if (d.kind === 'master') return { version: d.version, chain: order(d.members), store: {} }
  return {
    version: d.version,
    chain: order(d.members),
    acked: d.acked,
    last: d.hist.at(-1)?.seq ?? 0,
    hist: histOf(d),
    sent: [],
    store: d.store,
  }
}

/** Each update's chain version (its colour) and how many are committed. */
export function histView(c: ServerContext | MasterContext) {
  if (c.kind === 'master') return { terms: [], committed: 0 }
  return {
    terms: c.hist.map((u) => u.version),
    committed: c.hist.filter((u) => u.seq <= c.acked).length,
  }
}
