/**
 * SWIM and plain push gossip as kernel protocols: one XState machine, stepped purely,
 * plus the checkers that watch the whole group.
 */

import { createStepper, timedMachineEvent } from '../xstate-stepper'
import { durableOf, startGossip, startSwim } from './context'
import { describeCrashed, describeMember } from './describe'
import { createSwimInvariants, swimMeasures, type SwimGhost } from './invariants'
import { swimMachine, type MemberContext } from './machine'
import { describeSwimMessage, swimMessageKind } from './messages'
import { gossipSpec, swimSpec } from './spec'
import { swimVariant } from './variants'
import type { Protocol } from '../../sim/protocol'
import type { Durable } from './types'
import type { SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof swimMachine>

const stepper = createStepper(swimMachine)

export const memberContextOf = (s: unknown): MemberContext =>
  (s as Snapshot).context as MemberContext

const noLog = { terms: [], committed: 0 }

const shared = {
  step: (state: Snapshot, event: Parameters<Protocol['step']>[1]) =>
    stepper.step(state, timedMachineEvent(event)),
  view: () => ({ role: 'alive' }),
  describe: (state: Snapshot) => describeMember(memberContextOf(state)),
  describeDurable: (d: unknown) => describeCrashed(d as Durable | null),
  digest(state: Snapshot) {
    return { value: state.value, context: state.context }
  },
  logView: () => noLog,
  messageKind: swimMessageKind,
  describeMessage: describeSwimMessage,
  invariants: createSwimInvariants(memberContextOf) as never,
}

export const swim: Protocol<Snapshot, SwimGhost> = {
  ...shared,
  spec: swimSpec,
  init: ({ id, peers, params, variant, durable, now, seed }) =>
    stepper.init(
      startSwim({
        id,
        peers,
        seed: seed ?? 0,
        now: now ?? 0,
        durable: durable as Durable | null,
        opts: {
          periodMs: params.periodMs as number,
          pingTimeoutMs: params.pingTimeoutMs as number,
          indirectK: params.indirectK as number,
          suspicionMult: params.suspicionMult as number,
          suspicionMaxMult: params.suspicionMaxMult as number,
          retransmitMult: params.retransmitMult as number,
          piggybackMax: params.piggybackMax as number,
          localHealth: params.localHealth === true,
          dogpile: params.dogpile === true,
          buddy: params.buddy === true,
          noSuspicion: swimVariant(variant) === 'no-suspicion',
        },
      }),
    ),
  measures: swimMeasures,
  durable: (state): Durable | null => {
    const c = memberContextOf(state)
    return c.kind === 'swim' ? durableOf(c) : null
  },
}

export const gossip: Protocol<Snapshot, SwimGhost> = {
  ...shared,
  spec: gossipSpec,
  init: ({ id, peers, params, now, seed }) =>
    stepper.init(
      startGossip({
        id,
        peers,
        seed: seed ?? 0,
        now: now ?? 0,
        startRumor: params.startRumor === true,
        opts: { intervalMs: params.intervalMs as number, fanout: params.fanout as number },
      }),
    ),
  durable: () => null,
  view: (state) => {
    const c = memberContextOf(state)
    return { role: 'alive', commit: c.kind === 'gossip' ? c.version : 0 }
  },
}
