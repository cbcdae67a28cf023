import { paxosScenario, put, timeout } from './build'
import type { Preset } from '../../../scenario/preset'

/** n1 and n2 time out at the same moment, and a client writes just after. */
const duel = (randomBackoff: boolean) =>
  paxosScenario(1, [timeout(100, 'n1'), timeout(100, 'n2'), put(150, 'x', '1')], {
    params: { randomBackoff },
  })

export const duelingProposers: Preset = {
  id: 'paxos-dueling-proposers',
  title: 'Dueling proposers (no backoff)',
  summary:
    'n1 and n2 start Phase 1 together, with random backoff turned off. Each Prepare ' +
    "preempts the other's attempt, and a preempted proposer retries at once with a higher " +
    'ballot, so the ballots climb by a round every few milliseconds while no slot is ever ' +
    'chosen and the put of x = 1 never completes.',
  scenario: duel(false),
  t: 400,
}

export const randomBackoff: Preset = {
  id: 'paxos-random-backoff',
  title: 'Dueling proposers, with random backoff',
  summary:
    'The same two timeouts with random backoff on, as by default. n1, preempted by the ' +
    'higher ballot 1.2, waits a random time instead of retrying at once; by then n2 has ' +
    "finished Phase 1, and n2's heartbeats keep n1 from trying again. x = 1 is chosen " +
    'soon after the client asks.',
  scenario: duel(true),
  t: 240,
}
