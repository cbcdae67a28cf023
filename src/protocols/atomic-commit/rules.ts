/**
 * An atomic-commit node's rules as pure functions: an event in, the new context and the
 * effects out. The coordinator and the participants each have their own (coordinator.ts,
 * participant.ts); this file routes events to them.
 */

import * as coordinator from './coordinator'
import * as participant from './participant'
import type { Out } from './participant'
import { foldOut } from '../rule-actions'
import type {
  CommitContext,
  CommitEvent,
  CoordinatorContext,
  ParticipantContext,
  PartTxn,
} from './types'

const nothing = <C>(c: C): Out<C> => ({ context: c, effects: [] })

/** The timer a `timeout` input fires: every wait of the node runs out at once. */
export const TIMEOUT = 'timer.timeout'

/** A participant restarted with prepared transactions waits for their outcome again. */
export function start(c: CommitContext): Out<CommitContext> {
  if (c.kind === 'coordinator') return nothing(c)
  const open = c.txns.filter((t: PartTxn) => t.state === 'prepared' || t.state === 'precommitted')
  return {
    context: c,
    effects: open.map((t) => ({
      type: 'setTimer' as const,
      name: participant.waitTimer(t.id),
      ms: c.timeoutMs,
    })),
  }
}

function stepCoordinator(c: CoordinatorContext, e: CommitEvent): Out<CoordinatorContext> {
  switch (e.type) {
    case 'ClientRequest':
      return coordinator.onClientRequest(c, e)
    case 'Vote':
      return coordinator.onVote(c, e.from, e.txn, e.yes)
    case 'PreAck':
      return coordinator.onPreAck(c, e.from, e.txn)
    case 'OutcomeAck':
      return coordinator.onAck(c, e.from, e.txn)
    case 'StateQuery':
      return coordinator.onStateQuery(c, e.from, e.txn)
    case TIMEOUT:
      // Forced: every transaction's timer runs out now.
      return foldOut(
        c,
        c.active.map((t) => t.id),
        coordinator.onTxnTimer,
      )
    default:
      if (e.type.startsWith('timer.txn-')) {
        return coordinator.onTxnTimer(c, e.type.slice('timer.txn-'.length))
      }
      return nothing(c)
  }
}

function stepParticipant(c: ParticipantContext, e: CommitEvent): Out<ParticipantContext> {
  switch (e.type) {
    case 'ClientRequest':
      return { context: c, effects: [coordinator.redirect(e, c.coordinator)] }
    case 'VoteRequest':
      return participant.onPrepare(c, e.from, e)
    case 'PreCommit':
      return participant.onPreCommit(c, e.from, e.txn)
    case 'Outcome':
      return participant.onOutcome(c, e.from, e)
    case 'StateQuery':
      return participant.onStateQuery(c, e.from, e.txn)
    case 'StateReply':
      return participant.onStateReply(c, e.from, e)
    case 'vote':
      return { context: { ...c, forced: e.value }, effects: [] }
    case TIMEOUT:
      return foldOut(
        c,
        c.txns.map((t) => t.id),
        participant.onWaitTimer,
      )
    default:
      if (e.type.startsWith('timer.wait-')) {
        return participant.onWaitTimer(c, e.type.slice('timer.wait-'.length))
      }
      return nothing(c)
  }
}

export function step(c: CommitContext, e: CommitEvent): Out<CommitContext> {
  return c.kind === 'coordinator' ? stepCoordinator(c, e) : stepParticipant(c, e)
}
