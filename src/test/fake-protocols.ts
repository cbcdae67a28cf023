/**
 * Tiny protocols for testing the kernel on its own, with timing each test can predict.
 * They implement the same Protocol interface as Raft.
 */

import type { ClientReply, ClientRequest, Effect, Protocol, ProtocolSpec } from '../sim/protocol'

const noInvariants = {
  init: () => null,
  check: () => [],
  clone: () => null,
  digest: () => null,
}

function spec(name: string, timeoutTimer: string): ProtocolSpec {
  return {
    name,
    title: name,
    nodes: { min: 1, max: 9, default: 3 },
    params: {},
    clientOps: [{ op: 'get', needsValue: false }],
    variants: [],
    timeoutTimer,
    roles: { pinger: 'plain', desk: 'plain' },
  }
}

export interface PingState {
  readonly id: string
  readonly peers: readonly string[]
  readonly got: readonly string[]
  readonly ticks: number
}

export const PING_TICK_MS = 100
const tick: Effect = { type: 'setTimer', name: 'tick', ms: PING_TICK_MS }

/**
 * Every node pings all its peers every 100 ms and answers a client with its own id. The
 * senders of the pings it got are durable, its tick count is not, so a crash shows what
 * survives.
 */
export const ping: Protocol<PingState, null> = {
  spec: spec('ping', 'tick'),
  init: ({ id, peers, durable }) => ({
    state: { id, peers, got: (durable as string[] | null) ?? [], ticks: 0 },
    effects: [tick],
  }),
  step(s, e) {
    if (e.type === 'timer') {
      const pings = s.peers.map((to): Effect => ({ type: 'send', to, msg: { type: 'Ping' } }))
      return { state: { ...s, ticks: s.ticks + 1 }, effects: [...pings, tick] }
    }
    if (e.msg.type === 'ClientRequest') {
      const { client, seq } = e.msg as ClientRequest
      const reply: ClientReply = { type: 'ClientReply', client, seq, ok: true, output: s.id }
      return { state: s, effects: [{ type: 'send', to: e.from, msg: reply }] }
    }
    return { state: { ...s, got: [...s.got, e.from] }, effects: [] }
  },
  durable: (s) => s.got,
  view: () => ({ role: 'pinger' }),
  describe: (s) => ({ got: s.got, ticks: s.ticks }),
  describeDurable: (d) => ({ got: d }),
  digest: (s) => s,
  logView: () => ({ terms: [], committed: 0 }),
  messageKind: (msg) => msg.type,
  invariants: noInvariants,
}

/**
 * A help desk: the node named `leader` answers every client request with its own id; the
 * others redirect to it (or, with a null leader, know of none). `'all'` makes every node
 * answer.
 */
export function desk(leader: string | null | 'all'): Protocol<{ readonly id: string }, null> {
  return {
    spec: spec('desk', 'none'),
    init: ({ id }) => ({ state: { id }, effects: [] }),
    step(s, e) {
      if (e.type !== 'message' || e.msg.type !== 'ClientRequest') return { state: s, effects: [] }
      const { client, seq } = e.msg as ClientRequest
      const serves = leader === 'all' || leader === s.id
      const msg: ClientReply = serves
        ? { type: 'ClientReply', client, seq, ok: true, output: s.id }
        : { type: 'ClientReply', client, seq, ok: false, leader }
      return { state: s, effects: [{ type: 'send', to: e.from, msg }] }
    },
    durable: () => null,
    view: () => ({ role: 'desk' }),
    describe: () => ({}),
    describeDurable: () => ({}),
    digest: (s) => s,
    logView: () => ({ terms: [], committed: 0 }),
    messageKind: (msg) => msg.type,
    invariants: noInvariants,
  }
}

/**
 * `ping` in a cluster whose nodes may join and leave: each node pings the members it was
 * last told of, so who pings whom shows what the kernel told it.
 */
export const roster: Protocol<PingState, null> = {
  ...ping,
  spec: { ...spec('roster', 'tick'), membership: true },
  members: (s, ids) => ({ state: { ...s, peers: ids.filter((id) => id !== s.id) }, effects: [] }),
}
