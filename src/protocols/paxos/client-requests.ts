/**
 * Client requests. Only the leader serves them, and every one, a get as much as a put, goes
 * through the log: the leader answers once the command's slot is applied, so reads are
 * linearizable. Any other node points the client at the leader it knows.
 */

import { pmapGet } from '../pmap'
import { propose } from './proposer'
import { send, type From, type Outcome } from './outcome'
import { slotAt } from './slots'
import type { ClientRequest, Command, PaxosContext } from './types'
import { answer, redirectReply } from '../client-replies'

const same = (cmd: Command, e: ClientRequest) => cmd.client === e.client && cmd.seq === e.seq

/** The slot above `applied` where this request already is, pending or chosen, if any. */
function slotHolding(c: PaxosContext, e: ClientRequest): number | undefined {
  for (const [slot, p] of Object.entries(c.pending)) if (same(p.command, e)) return Number(slot)
  for (let slot = c.applied + 1; slot <= c.chosen.length; slot++) {
    const cmd = slotAt(c.chosen, slot)
    if (cmd !== undefined && same(cmd, e)) return slot
  }
  return undefined
}

export function onClientRequest(c: PaxosContext, e: From<ClientRequest>): Outcome {
  const session = pmapGet(c.sessions, e.client)
  if (session !== undefined && session.seq >= e.seq) {
    return { context: c, effects: [send(e.from, answer(e.client, e.seq, session.output))] }
  }
  const waiting = { client: e.client, seq: e.seq }
  // A retry of a request already in a slot waits for that slot rather than taking another.
  const held = slotHolding(c, e)
  if (held !== undefined) {
    return { context: { ...c, waiting: [...c.waiting, { ...waiting, slot: held }] }, effects: [] }
  }
  const slot = c.nextSlot
  const command: Command = { op: e.op, key: e.key, value: e.value, client: e.client, seq: e.seq }
  const taken: PaxosContext = {
    ...c,
    nextSlot: slot + 1,
    waiting: [...c.waiting, { ...waiting, slot }],
  }
  return propose(taken, slot, command)
}

/** A node that does not lead points the client at the leader it knows, if any. */
export function redirect(c: PaxosContext, e: From<ClientRequest>): Outcome {
  return { context: c, effects: [send(e.from, redirectReply(e, c.leaderId))] }
}
