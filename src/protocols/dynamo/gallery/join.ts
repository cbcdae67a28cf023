import { dynamoScenario, put } from './build'
import type { Preset } from '../../../scenario/preset'

const keys = ['x', 'y', 'z', 'a', 'b', 'k']

export const nodeJoins: Preset = {
  id: 'dynamo-node-joins',
  title: 'A node joins the ring',
  summary:
    'Six keys are written to five nodes, then n6 joins with its own eight tokens. It takes ' +
    'over only the arcs just before its tokens: the nodes that held those keys hand them ' +
    'over and drop them once n6 has them. The Ring tab shows which keys moved, about a ' +
    'sixth of them, where hash mod N would move most.',
  scenario: dynamoScenario(1, [
    ...keys.map((key, i) => put(100 + 20 * i, key, String(i + 1))),
    { at: 800, type: 'join' },
  ]),
  t: 1000,
}
