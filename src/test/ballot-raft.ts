/**
 * Raft in another protocol's clothes, for tests of the shared views: its roles renamed to
 * words no view knows (chief, member, hopeful), its term written as a ballot `R.N` (the
 * way Multi-Paxos writes its own), its messages described in words, and its log read as
 * slots decided out of order. A view that reads looks, epochs and descriptions from the
 * protocol shows it as it shows Raft; one that assumes Raft's words does not.
 */

import { raft } from '../protocols/raft'
import type { NodeView, Payload, Protocol, ProtocolSpec } from '../sim/protocol'

const WORDS: Readonly<Record<string, string>> = {
  leader: 'chief',
  follower: 'member',
  candidate: 'hopeful',
}

const base = raft as unknown as Protocol

export const BALLOT_SPEC: ProtocolSpec = {
  ...base.spec,
  name: 'ballot-raft',
  title: 'Raft with ballots',
  roles: { chief: 'lead', member: 'plain', hopeful: 'seek' },
  epoch: { name: 'ballot', format: (n) => `${Math.floor(n / 100)}.${n % 100}` },
}

/** Round `term` of node `nK` as the ballot number `term·100 + K`. */
export const ballotOf = (term: number, id: string) => term * 100 + Number(id.slice(1))

export const ballotRaft: Protocol = {
  ...base,
  spec: BALLOT_SPEC,
  view(state): NodeView {
    const v = base.view(state)
    const id = (state as { context: { id: string } }).context.id
    return { ...v, role: WORDS[v.role] ?? v.role, term: ballotOf(v.term ?? 0, id) }
  },
  describeMessage: (from: string, to: string, msg: Payload) =>
    msg.type === 'RequestVote' ? `${from} asks ${to} to promise` : null,
  // Every other entry is decided, whatever the commit index says.
  logView(state) {
    const log = base.logView(state)
    return { ...log, done: log.terms.map((_, i) => i % 2 === 0) }
  },
}
