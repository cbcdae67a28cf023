/**
 * Simulated clients. Each `client` input is one operation by its own client (`c1`, `c2`, …),
 * which behaves like a real one: it sends to the node given or a random one, follows a
 * redirect to the leader the node names, retries another node on timeout or when no
 * leader is known, and gives up after `clientAttempts` sends. An operation that gave up
 * has an unknown outcome (an earlier attempt may still take effect), so it is recorded
 * as `timeout` with no return time, as Jepsen records an indeterminate operation.
 */

import { nextInt } from './prng'
import { enqueue, sendMessage } from './schedule'
import type { SimContext } from './context'
import type { ClientReply, ClientRequest, Payload } from './protocol'
import type { ClientOp, World } from './world'
import type { Input } from '../scenario/types'

/** How long a client waits before retrying when a node says no leader is known. */
export const NO_LEADER_BACKOFF_MS = 50

type ClientInput = Extract<Input, { type: 'client' }>

export function clientIndex(id: string): number {
  return Number(id.slice(1)) - 1
}

/** The slots of the cluster's members (all of them, unless nodes joined or left). */
function members(w: World): number[] {
  const found: number[] = []
  w.nodes.forEach((n, i) => {
    if (n.absent !== true) found.push(i)
  })
  return found
}

export function invokeClient(ctx: SimContext, w: World, input: ClientInput): void {
  const index = w.clients.length
  const cluster = members(w)
  const target =
    input.node === undefined
      ? (cluster[nextInt(w.rng, 0, cluster.length - 1)] ?? 0)
      : ctx.nodeLookup.get(input.node)!
  const op: ClientOp = {
    index,
    client: `c${index + 1}`,
    op: input.op,
    key: input.key,
    value: input.value ?? null,
    invokedAt: w.time,
    returnedAt: null,
    outcome: 'pending',
    output: null,
    attempts: 0,
    target,
    gen: 0,
  }
  w.clients.push(op)
  ctx.recorder?.record({
    t: w.time,
    kind: 'invoke',
    op: index,
    client: op.client,
    name: op.op,
    key: op.key,
    value: op.value,
  })
  attempt(ctx, w, op, target, ctx.params.clientTimeoutMs as number)
}

function attempt(ctx: SimContext, w: World, op: ClientOp, target: number, waitMs: number) {
  const next = { ...op, target, attempts: op.attempts + 1, gen: op.gen + 1 }
  w.clients[op.index] = next
  const payload: ClientRequest = {
    type: 'ClientRequest',
    client: op.client,
    seq: 1,
    op: op.op,
    key: op.key,
    value: op.value,
  }
  sendMessage(ctx, w, op.client, ctx.ids[target]!, payload)
  enqueue(w, { k: 'client', t: w.time + waitMs, op: op.index, gen: next.gen })
}

/** Retries at another node, or gives up when out of attempts. */
function retry(ctx: SimContext, w: World, op: ClientOp, target: number | null): void {
  if (op.attempts >= (ctx.params.clientAttempts as number)) {
    finish(ctx, w, op, 'timeout', null)
    return
  }
  attempt(ctx, w, op, target ?? another(w, op.target), ctx.params.clientTimeoutMs as number)
}

/** A random member other than the one that failed us (when there is another). */
function another(w: World, failed: number): number {
  const cluster = members(w)
  const n = cluster.length
  if (n <= 1) return cluster[0] ?? failed
  const at = cluster.indexOf(failed)
  // The one that failed may have left: then any member will do.
  if (at === -1) return cluster[nextInt(w.rng, 0, n - 1)]!
  return cluster[(at + nextInt(w.rng, 1, n - 1)) % n]!
}

export function clientTimer(ctx: SimContext, w: World, index: number, gen: number): void {
  const op = w.clients[index]!
  if (op.outcome !== 'pending' || op.gen !== gen) return
  retry(ctx, w, op, null)
}

export function clientReply(
  ctx: SimContext,
  w: World,
  from: string,
  to: string,
  payload: Payload,
): void {
  const reply = payload as ClientReply
  const op = w.clients[clientIndex(to)]
  if (op === undefined || op.outcome !== 'pending') return
  // A late success from an earlier attempt still answers the operation; a late refusal
  // does not disturb the attempt now in flight.
  if (reply.ok !== true && from !== ctx.ids[op.target]) return
  if (reply.ok === true) {
    finish(ctx, w, op, 'ok', reply.output ?? null)
    return
  }
  const leader = typeof reply.leader === 'string' ? ctx.nodeLookup.get(reply.leader) : undefined
  if (leader !== undefined && leader !== op.target) {
    retry(ctx, w, op, leader)
    return
  }
  // No leader known yet: back off briefly, then try another node.
  const next = { ...op, gen: op.gen + 1 }
  w.clients[op.index] = next
  enqueue(w, { k: 'client', t: w.time + NO_LEADER_BACKOFF_MS, op: op.index, gen: next.gen })
}

function finish(
  ctx: SimContext,
  w: World,
  op: ClientOp,
  outcome: 'ok' | 'timeout',
  output: string | null,
): void {
  const returnedAt = outcome === 'timeout' ? null : w.time
  w.clients[op.index] = { ...op, outcome, output, returnedAt }
  ctx.recorder?.record({ t: w.time, kind: 'return', op: op.index, outcome, output })
}
