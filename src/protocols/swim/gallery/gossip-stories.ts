/** Push gossip: one rumour reaching every member in a number of rounds that grows as log n. */

import { gossipScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const rumor: Preset = {
  id: 'gossip-rumor',
  title: 'A rumour spreads like an epidemic',
  summary:
    'n1 knows a rumour. Every 200 ms each member that knows it tells one member picked at ' +
    'random. The number who know it doubles each round at first, then the last few take ' +
    'longest to reach: the S-shaped curve of an epidemic.',
  scenario: gossipScenario(1, []),
  t: 800,
}

export const fanout: Preset = {
  id: 'gossip-fanout',
  title: 'A larger fanout',
  summary:
    'The same rumour, each member telling three others per round: all 32 know it within ' +
    'about a second instead of 1.6 s, for three times the messages.',
  scenario: gossipScenario(1, [], { params: { fanout: 3 } }),
  t: 400,
}

export const thousandRumor: Preset = {
  id: 'gossip-1000',
  title: '1,000 members',
  summary:
    'A rumour among 1,000 members, fanout 1: half of them know it after about 8 rounds ' +
    '(1.6 s) and all but a handful after 12 (2.4 s). Thirty times the members of the first ' +
    'story take only about twice the rounds: the rounds grow as log n.',
  scenario: gossipScenario(1, [], { nodes: 1000 }),
  t: 2000,
}
