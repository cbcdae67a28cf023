/**
 * The master (the paper's §3 "master", a single process here, its configuration on disk).
 * Servers heartbeat it every `pingMs`; a member it has not heard from for `deadPings` of
 * its own ticks is declared dead and taken out of the chain, and the master tells every
 * server the new chain under a new version. A server that is up but holds no place joins
 * as the new tail once every member has its history ("extending a chain"). The master
 * never takes out the last member that holds the data: with nobody to take over it waits.
 */

import { indexIn } from './chain-order'
import { send, type From, type Outcome } from './outcome'
import type { Config, Heartbeat, MasterContext, Member } from './types'
import type { Effect } from '../../sim/protocol'

type Out = Outcome<MasterContext>

const configOf = (m: MasterContext, echo: Config['echo']): Config => ({
  type: 'Config',
  version: m.version,
  members: m.members,
  echo,
})

const push = (m: MasterContext): Effect[] => m.servers.map((s) => send(s, configOf(m, null)))

function reconfigure(m: MasterContext, members: readonly Member[]): MasterContext {
  return { ...m, version: m.version + 1, members }
}

/** Whether some member of `members` is known to hold the data. */
const anyFilled = (m: MasterContext, members: readonly Member[]) =>
  members.some((x) => m.filled[x.id] === true)

export function onHeartbeat(m: MasterContext, e: From<Heartbeat>): Out {
  const i = indexIn(m.members, e.from)
  const member = m.members[i]
  // A heartbeat from before the member's last restart, delayed in the network: it says
  // nothing about the server as it is now.
  if (member !== undefined && e.inc < member.inc) {
    return { context: m, effects: [send(e.from, configOf(m, { tick: e.tick, inc: e.inc }))] }
  }
  let next: MasterContext = { ...m, heard: { ...m.heard, [e.from]: m.tick } }
  if (member !== undefined && member.inc === e.inc) {
    // A filled history counts only for the place the master gave it, not an older one.
    const filled = e.filled && e.since === member.since
    next = { ...next, filled: { ...next.filled, [e.from]: filled } }
  } else if (member !== undefined) {
    // It restarted: a failure like any other, unless it is the last one with the data.
    const rest = m.members.filter((x) => x.id !== e.from)
    const holder = e.filled && e.held === member.since
    if (anyFilled(next, rest) || (!holder && rest.length > 0)) {
      next = reconfigure({ ...next, filled: { ...next.filled, [e.from]: false } }, rest)
    } else {
      const kept: Member = { id: e.from, inc: e.inc, since: m.version + 1, kept: true }
      next = reconfigure(
        { ...next, filled: { ...next.filled, [e.from]: holder } },
        m.members.map((x, j) => (j === i ? kept : x)),
      )
    }
  } else if (m.members.length > 0 && m.members.every((x) => m.filled[x.id] === true)) {
    const joining: Member = { id: e.from, inc: e.inc, since: m.version + 1 }
    next = reconfigure({ ...next, filled: { ...next.filled, [e.from]: false } }, [
      ...m.members,
      joining,
    ])
  }
  const effects = [send(e.from, configOf(next, { tick: e.tick, inc: e.inc }))]
  return {
    context: next,
    effects: next.version === m.version ? effects : [...effects, ...push(next)],
  }
}

/** The failure detector's tick: members silent for `deadPings` ticks leave the chain. */
export function onDetect(m: MasterContext): Out {
  const tick = m.tick + 1
  const timer: Effect = { type: 'setTimer', name: 'detect', ms: m.pingMs }
  const dead = (x: Member) => tick - (m.heard[x.id] ?? 0) >= m.deadPings
  let members = m.members
  // From the tail up, so that the member kept when all are dead is the one nearest the head.
  for (let i = members.length - 1; i >= 0; i--) {
    if (!dead(members[i]!)) continue
    const rest = members.filter((_, j) => j !== i)
    if (anyFilled(m, rest)) members = rest
  }
  const ticked = { ...m, tick }
  if (members === m.members) return { context: ticked, effects: [timer] }
  const next = reconfigure(ticked, members)
  return { context: next, effects: [timer, ...push(next)] }
}

/** A forced timeout at the master: it tells every server the configuration now. */
export function onForcedPing(m: MasterContext): Out {
  return { context: m, effects: push(m) }
}
