import { put, raftScenario } from './build'
import type { Input } from '../../../scenario/types'
import type { Preset } from '../../../scenario/preset'

const all = ['n1', 'n2', 'n3']

export const volatileVote: Preset = {
  id: 'volatile-vote',
  title: 'Broken: term and vote are lost in a crash',
  summary:
    'n1 wins term 1 and commits x = 1. All three nodes lose power and restart with only ' +
    'their logs, back at term 0, so when n3 times out it stands for term 1 again and wins ' +
    'it: two leaders of term 1, which breaks Election Safety.',
  scenario: raftScenario(
    1,
    [
      { at: 100, type: 'timeout', node: 'n1' },
      put(300, 'x', '1', 'n1'),
      ...all.map((node): Input => ({ at: 600, type: 'crash', node })),
      ...all.map((node): Input => ({ at: 700, type: 'restart', node })),
      { at: 750, type: 'timeout', node: 'n3' },
    ],
    { nodes: 3, variant: 'volatile-vote' },
  ),
  t: 790,
}
