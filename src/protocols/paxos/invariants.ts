/**
 * Multi-Paxos's safety properties, checked after every step of every node. The checker
 * keeps ghost state the nodes forget: every acceptance ever made (who accepted which
 * command in which slot at which ballot), the command first chosen in each slot, and the
 * highest ballot each node ever promised, across its crashes. Each node's accepted and
 * learned slots are compared with the last ones seen, so a step costs only what changed.
 * Fields of the ghost are replaced, never mutated, so a checkpoint shares them.
 */

import { emptyPMap, pmapGet, pmapSet, type PMap } from '../pmap'
import { formatBallot, type Ballot } from './ballot'
import { commandText } from './command-text'
import { eachChanged, emptySlots, slotsArray, type Slots } from './slots'
import type { ClientOp } from '../../sim/world'
import type { InvariantChecker, Violation } from '../../sim/protocol'
import type { AcceptedValue, Command, PaxosContext } from './types'

export interface PaxosNode {
  readonly role: string
  readonly context: PaxosContext
}

interface ChosenValue {
  readonly key: string
  readonly command: Command
  readonly ballot: Ballot
}

export interface PaxosGhost {
  /** Per node: the accepted and the learned slots as last seen. */
  accepted: readonly Slots<AcceptedValue>[]
  learned: readonly Slots<Command>[]
  /** Acceptors of each (slot, ballot, command), keyed `slot|ballot|command`. */
  votes: PMap<readonly string[]>
  /** The command first chosen in each slot, keyed by slot. */
  chosen: PMap<ChosenValue>
  /** The highest ballot each node ever promised. */
  promised: readonly Ballot[]
  reported: Readonly<Record<string, true>>
}

const commandKeys = new WeakMap<Command, string>()

export function commandKey(c: Command): string {
  let key = commandKeys.get(c)
  if (key === undefined) {
    key = `${c.op}|${c.key}|${c.value}|${c.client}|${c.seq}`
    commandKeys.set(c, key)
  }
  return key
}

/** Whether a chosen command is a no-op or exactly what its client asked for. */
function invoked(c: Command, clients: readonly ClientOp[]): boolean {
  if (c.op === 'noop') return true
  const op = /^c[1-9][0-9]*$/.test(c.client) ? clients[Number(c.client.slice(1)) - 1] : undefined
  return op !== undefined && op.op === c.op && op.key === c.key && op.value === c.value
}

export function createPaxosInvariants(
  nodeOf: (state: unknown) => PaxosNode,
  ids: (count: number) => readonly string[],
): InvariantChecker<unknown, PaxosGhost> {
  let found: Violation[] = []
  let names: readonly string[] = []

  const report = (g: PaxosGhost, key: string, v: Violation) => {
    if (g.reported[key]) return
    g.reported = { ...g.reported, [key]: true }
    found.push(v)
  }

  const promiseMonotonicity = (g: PaxosGhost, at: number, me: number, a: PaxosNode) => {
    const highest = g.promised[me]!
    const now = a.context.promised
    if (now > highest) {
      const promised = g.promised.slice()
      promised[me] = now
      g.promised = promised
    } else if (now < highest) {
      const id = names[me]!
      report(g, `pm:${id}:${highest}`, {
        invariant: 'Promise Monotonicity',
        at,
        nodes: [id],
        message: `${id}'s promised ballot went back from ${formatBallot(highest)} to ${formatBallot(now)}`,
      })
    }
  }

  const validity = (
    g: PaxosGhost,
    at: number,
    slot: number,
    c: Command,
    clients: readonly ClientOp[],
  ) => {
    if (invoked(c, clients)) return
    report(g, `v:${slot}`, {
      invariant: 'Validity',
      at,
      nodes: [],
      message: `slot ${slot} chose ${commandText(c)} for ${c.client || 'no client'}, which no client asked for`,
    })
  }

  /** One acceptance by `id`; a majority at one ballot chooses the command. */
  const accept = (
    g: PaxosGhost,
    at: number,
    id: string,
    slot: number,
    v: AcceptedValue,
    majority: number,
    clients: readonly ClientOp[],
  ) => {
    const key = commandKey(v.command)
    const vote = `${slot}|${v.ballot}|${key}`
    const voters = pmapGet(g.votes, vote) ?? []
    if (voters.includes(id)) return
    const now = [...voters, id]
    g.votes = pmapSet(g.votes, vote, now)
    if (now.length !== majority) return
    const first = pmapGet(g.chosen, String(slot))
    if (first === undefined) {
      g.chosen = pmapSet(g.chosen, String(slot), { key, command: v.command, ballot: v.ballot })
      validity(g, at, slot, v.command, clients)
    } else if (first.key !== key) {
      report(g, `a:${slot}`, {
        invariant: 'Agreement',
        at,
        nodes: now.slice().sort(),
        message: `two values chosen in slot ${slot}: ${commandText(first.command)} at ballot ${formatBallot(first.ballot)}, then ${commandText(v.command)} at ballot ${formatBallot(v.ballot)}`,
      })
    }
  }

  /** A learner may only learn the command chosen in that slot. */
  const learn = (g: PaxosGhost, at: number, id: string, slot: number, c: Command) => {
    const first = pmapGet(g.chosen, String(slot))
    if (first !== undefined && first.key === commandKey(c)) return
    const message =
      first === undefined
        ? `${id} learned ${commandText(c)} in slot ${slot}, which no majority accepted`
        : `${id} learned ${commandText(c)} in slot ${slot}, where ${commandText(first.command)} was chosen`
    report(g, `l:${slot}`, { invariant: 'Agreement', at, nodes: [id], message })
  }

  return {
    init: (count) => ({
      accepted: Array.from({ length: count }, () => emptySlots),
      learned: Array.from({ length: count }, () => emptySlots),
      votes: emptyPMap,
      chosen: emptyPMap,
      promised: Array.from({ length: count }, () => 0),
      reported: {},
    }),
    clone: (g) => ({ ...g }),
    digest: (g) => ({
      ...g,
      accepted: g.accepted.map(slotsArray),
      learned: g.learned.map(slotsArray),
    }),
    check(g, at, id, _before, after, nodes, clients) {
      if (after === null) return []
      found = []
      if (names.length !== nodes.length) names = ids(nodes.length)
      const me = names.indexOf(id)
      const a = nodeOf(after)
      const majority = Math.floor(nodes.length / 2) + 1
      promiseMonotonicity(g, at, me, a)
      const { accepted, chosen } = a.context
      if (g.accepted[me] !== accepted) {
        eachChanged(g.accepted[me]!, accepted, (slot, v) =>
          accept(g, at, id, slot, v, majority, clients),
        )
        const all = g.accepted.slice()
        all[me] = accepted
        g.accepted = all
      }
      if (g.learned[me] !== chosen) {
        eachChanged(g.learned[me]!, chosen, (slot, c) => learn(g, at, id, slot, c))
        const all = g.learned.slice()
        all[me] = chosen
        g.learned = all
      }
      return found
    },
  }
}
