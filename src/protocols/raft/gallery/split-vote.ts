import { raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

/**
 * Four nodes, so that two candidates can split the two other votes evenly; which voter
 * hears from which candidate first is the seed's doing.
 */
export const splitVote: Preset = {
  id: 'split-vote',
  title: 'Split vote',
  summary:
    'In this four-node cluster, n1 and n3 time out at the same moment and both ask for ' +
    'votes in term 1. n2 votes for n1 and n4 for n3: two votes each, three needed, so term 1 ' +
    'has no leader. Their next timeouts are random, so n3 tries again first, in term 2, and wins.',
  scenario: raftScenario(
    9,
    [
      { at: 100, type: 'timeout', node: 'n1' },
      { at: 100, type: 'timeout', node: 'n3' },
    ],
    { nodes: 4 },
  ),
  t: 200,
}
