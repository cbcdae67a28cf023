import { raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

/** No inputs at all: the seed's random election timeouts tell the whole story. */
export const leaderElection: Preset = {
  id: 'leader-election',
  title: 'Leader election',
  summary:
    'Five nodes start as followers, each with a random election timeout. ' +
    "n1's runs out first: it becomes a candidate for term 1, asks the others for their votes " +
    'and, with a majority, becomes leader; its heartbeats now keep the others from starting ' +
    'elections of their own.',
  scenario: raftScenario(8, []),
  t: 210,
}
