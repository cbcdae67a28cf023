/** All-reduce working: the ring, the parameter server and the tree compared, a crash, an elastic restart. */

import { crash, reduceScenario, restart, RING, SERVER, TREE } from './build'
import type { Preset } from '../../../scenario/preset'

export const ringOfFour: Preset = {
  id: 'allreduce-ring-4',
  title: 'A ring of four',
  summary:
    'Each worker sends chunk i of its gradient to the next, which adds its own part and ' +
    'passes the partial sum on: after three hops each worker owns one chunk summed over ' +
    'all four. Three more hops pass the totals around, and every worker applies the same sum.',
  scenario: reduceScenario(1, [], { params: { mode: RING } }),
  t: 260,
}

export const ringOfEight: Preset = {
  id: 'allreduce-ring-8',
  title: 'Eight workers: the chunks travel around',
  summary:
    'With eight workers the vector is cut into eight chunks and each step takes 7 + 7 hops. ' +
    'Open the Chunks tab and step: the colours deepen as partial sums gather contributions, ' +
    'then the full sums sweep round the ring.',
  scenario: reduceScenario(2, [], { nodes: 8, params: { mode: RING, vectorLength: 16 } }),
  t: 260,
}

export const serverBottleneck: Preset = {
  id: 'allreduce-server',
  title: 'A parameter server is a bottleneck',
  summary:
    'Seven workers push their whole gradient to n1, which sums them and sends the sum to ' +
    'each: n1 sends seven vectors per step while each worker sends one. In a ring each node ' +
    'sends under two vectors per step, however many workers there are.',
  scenario: reduceScenario(3, [], {
    nodes: 8,
    params: { mode: SERVER, vectorLength: 64 },
  }),
  t: 180,
}

export const tree: Preset = {
  id: 'allreduce-tree',
  title: 'A binary tree',
  summary:
    'Sums go up a binary tree rooted at n1 and the total comes back down: only about ' +
    '2 log₂ N hops per step instead of the ring’s 2(N − 1), but an inner node sends the ' +
    'whole vector three times.',
  scenario: reduceScenario(4, [], { nodes: 7, params: { mode: TREE, vectorLength: 14 } }),
  t: 200,
}

export const crashStalls: Preset = {
  id: 'allreduce-crash-stall',
  title: 'A crashed worker stalls the ring',
  summary:
    'n3 crashes during step 2. Its successor waits for chunks that never come and its ' +
    'predecessor resends to it every 150 ms: no worker can finish the step, because every ' +
    'sum needs n3’s gradient.',
  scenario: reduceScenario(5, [crash(650, 'n3')]),
  t: 1500,
}

export const elasticRestart: Preset = {
  id: 'allreduce-elastic',
  title: 'Elastic training: restart from a checkpoint',
  summary:
    'The same crash, with elastic training on: when n3 restarts at 1.3 s it loads its last ' +
    'checkpoint and tells the others, which resend what it lost or hand it their model if ' +
    'they are further on. The ring runs again and all ten steps finish.',
  scenario: reduceScenario(5, [crash(650, 'n3'), restart(1300, 'n3')], {
    params: { restartFromCheckpoint: true },
  }),
  t: 1500,
}
