import { dynamoScenario, heal, partition, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const hintedHandoff: Preset = {
  id: 'dynamo-hinted-handoff',
  title: 'Sloppy quorum and hinted handoff',
  summary:
    'n1 and n3, two of x’s three replicas, are cut off. n2 waits for them, then asks the ' +
    'next nodes round the ring instead: n2 itself and n4 keep the put as hints for n1 and ' +
    'n3, and the put succeeds. After the partition heals, the hints are handed back to ' +
    'their owners and dropped.',
  scenario: dynamoScenario(1, [partition(50, ['n1', 'n3']), put(100, 'x', '1', 'n2'), heal(1000)]),
  t: 900,
}
