import { dynamoScenario, get, heal, partition, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const siblings: Preset = {
  id: 'dynamo-siblings',
  title: 'Concurrent puts become siblings',
  summary:
    'A partition splits n1 and n2 from the rest. Each side takes a put of x, a on one and ' +
    'b on the other, and neither version’s vector clock has seen the other’s. After the ' +
    'heal a get returns both, a | b, for the client to reconcile: Dynamo keeps every ' +
    'write, but the History view shows that no single copy of x could answer so.',
  scenario: dynamoScenario(1, [
    partition(50, ['n1', 'n2']),
    put(100, 'x', 'a', 'n2'),
    put(100, 'x', 'b', 'n4'),
    heal(800),
    get(1000, 'x', 'n5'),
  ]),
  t: 1100,
}
