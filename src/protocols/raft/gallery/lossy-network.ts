import { lossyNode, puts, raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const lossyNetwork: Preset = {
  id: 'lossy-network',
  title: 'Lossy network',
  summary:
    'From 0.5 s on, every link to and from n1, the leader, loses half of its messages. n5 ' +
    'misses enough heartbeats to time out and takes over in term 2; lost AppendEntries are ' +
    'simply sent again, so all five writes commit and every node ends with the same store.',
  scenario: raftScenario(8, [
    ...lossyNode(500, 'n1', ['n2', 'n3', 'n4', 'n5'], 0.5),
    ...puts(1, 5, 700, 300),
  ]),
  t: 2100,
}
