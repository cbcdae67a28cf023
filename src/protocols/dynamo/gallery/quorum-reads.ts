import { dynamoScenario, get, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const quorumReads: Preset = {
  id: 'dynamo-quorum-reads',
  title: 'Quorum writes and reads',
  summary:
    'Key x lives on n1, n3 and n5, the first three nodes clockwise from its point on the ' +
    'ring. n2 coordinates a put of x: it reads the versions two replicas hold, writes the ' +
    'new one with a vector clock that has seen them, and answers once two replicas stored ' +
    'it (W = 2). A get at n4 answers once two replicas replied (R = 2).',
  scenario: dynamoScenario(1, [put(100, 'x', '1', 'n2'), get(400, 'x', 'n4')]),
  t: 170,
}
