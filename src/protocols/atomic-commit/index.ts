/**
 * Two-phase and three-phase commit as kernel protocols: one XState machine, stepped
 * purely, with the options each one runs with, plus their invariants.
 */

import { createStepper, machineEvent } from '../xstate-stepper'
import { durableOf, startContext } from './context'
import { describeCrashed, describeNode, roleOf, txnView } from './describe'
import { createCommitInvariants, type CommitGhost } from './invariants'
import { commitMachine } from './machine'
import { commitMessageKind, describeCommitMessage } from './messages'
import { threePhaseSpec, twoPhaseSpec } from './spec'
import { commitVariant } from './variants'
import type { Protocol, ProtocolSpec } from '../../sim/protocol'
import type { CommitContext, Durable } from './types'
import type { EventObject, SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof commitMachine>

const stepper = createStepper(commitMachine)

const contextOf = (s: unknown): CommitContext => (s as Snapshot).context as CommitContext

function commitProtocol(spec: ProtocolSpec, threePhase: boolean): Protocol<Snapshot, CommitGhost> {
  return {
    spec,
    init: ({ id, peers, params, variant, durable }) =>
      stepper.init(
        startContext({
          id,
          peers,
          threePhase,
          timeoutMs: params.timeoutMs as number,
          noVoteRate: params.noVoteRate as number,
          cooperative: params.cooperative === true,
          variant: commitVariant(variant),
          durable: durable as Durable | null,
        }),
      ),
    step: (state, event) => stepper.step(state, machineEvent(event)),
    vote: (state, value) => stepper.step(state, { type: 'vote', value } as EventObject),
    durable: (state): Durable => durableOf(contextOf(state)),
    view: (state) => ({ role: roleOf(contextOf(state)) }),
    describe: (state) => describeNode(contextOf(state)),
    describeDurable: (d) => describeCrashed(d as Durable | null),
    digest(state) {
      return { value: state.value, context: state.context }
    },
    logView: (state) => txnView(contextOf(state)),
    messageKind: (msg) => commitMessageKind(msg),
    describeMessage: describeCommitMessage,
    invariants: createCommitInvariants(contextOf) as never,
  }
}

export const twoPhaseCommit = commitProtocol(twoPhaseSpec, false)
export const threePhaseCommit = commitProtocol(threePhaseSpec, true)
