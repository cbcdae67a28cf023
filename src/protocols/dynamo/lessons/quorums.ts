import { dynamoScenario, get, heal, partition, put } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

/**
 * Seed 1, five replicas, N = 3, R = W = 2 with a sloppy quorum: x lives on n1, n3 and n5.
 * x = 1 is written everywhere; a partition cuts n1 and n2 off; n2 takes x = 2 with a
 * stand-in; n4 reads x on the other side; after the heal the hint goes home.
 */
const scenario = dynamoScenario(1, [
  put(100, 'x', '1', 'n2'),
  partition(400, ['n1', 'n2']),
  put(500, 'x', '2', 'n2'),
  get(900, 'x', 'n4'),
  heal(1500),
  get(2500, 'x', 'n4'),
])

const replicas = { n1: 'replica', n2: 'replica', n3: 'replica', n4: 'replica', n5: 'replica' }

export const quorumsLesson: BuiltInLesson = {
  id: 'dynamo-quorums',
  lesson: {
    version: 1,
    title: 'Dynamo: what R + W > N promises, and what it does not',
    summary:
      'Keys on a consistent-hash ring, quorum reads and writes, and why a sloppy quorum ' +
      'that keeps a store available under a partition lets a read miss a finished write.',
    scenario,
    steps: [
      {
        at: 0,
        text:
          'Five replicas share a ring: each node has eight tokens on it, and a key belongs ' +
          'to the first N = 3 distinct nodes clockwise from its own point. Key x lives on ' +
          'n1, n3 and n5. Any node may coordinate a request; a put waits for W = 2 replicas, ' +
          'a get for R = 2.',
        highlight: { nodes: ['n1', 'n3', 'n5'] },
        expect: { nodes: replicas },
      },
      {
        until: { role: 'coordinator', node: 'n2' },
        text:
          'A client sent put x = 1 to n2, which is not one of x’s replicas: any node may ' +
          'coordinate. n2 is now the coordinator of this request.',
        highlight: { nodes: ['n2'] },
        expect: { nodes: { ...replicas, n2: 'coordinator' } },
      },
      {
        until: { reply: 'ok', op: 1 },
        text:
          'n2 first read the versions two replicas hold, so the new version’s vector ' +
          'clock [n2:1] has seen them, then wrote it to n1, n3 and n5 and answered once two ' +
          'of them stored it.',
        highlight: { nodes: ['n2'] },
        expect: { nodes: replicas },
        question: {
          prompt: 'R = 2 and W = 2 of N = 3. Must every later read of x see x = 1?',
          choices: [
            'Yes: any two replicas share one with the two that stored it',
            'No: a read may ask only replicas that missed it',
          ],
          answer: 0,
          explanation:
            'With R + W > N a read quorum and a write quorum of the same N replicas always ' +
            'meet, as long as both really are quorums of those N.',
        },
      },
      {
        at: 450,
        text:
          'A partition now cuts n1 and n2 off from n3, n4 and n5. Clients still reach every ' +
          'node; only links between nodes are cut.',
        highlight: { nodes: ['n1', 'n2'] },
        expect: { nodes: replicas },
      },
      {
        until: { role: 'coordinator', node: 'n2' },
        text:
          'A client sent put x = 2 to n2. It asks x’s replicas n1, n3 and n5, but only n1 ' +
          'can answer.',
        highlight: { nodes: ['n1', 'n2'] },
        expect: { nodes: { ...replicas, n2: 'coordinator' } },
      },
      {
        until: { reply: 'ok', op: 2 },
        text:
          'After waiting 100 ms for the others, n2 asked the next nodes round the ring. n2 itself ' +
          'stood in for a replica it could not reach and kept x = 2 as a hint for it. Two ' +
          'stores, W = 2: the put succeeded.',
        highlight: { nodes: ['n1', 'n2'] },
        expect: { nodes: replicas },
      },
      {
        until: { reply: 'ok', op: 3 },
        text:
          'On the other side n4 read x from n3 and n5, the two replicas it can reach: both ' +
          'still hold x = 1. The put of x = 2 finished before this read began, yet the ' +
          'read missed it. Open the History tab: the checker finds no order of the ' +
          'operations that one copy of x could give.',
        highlight: { nodes: ['n3', 'n4', 'n5'] },
        question: {
          prompt: 'Which rule let the quorums miss each other?',
          choices: [
            'R + W is not above N',
            'A stand-in outside x’s three replicas counted towards W',
            'The vector clocks went backwards',
          ],
          answer: 1,
          explanation:
            'A sloppy quorum counts the first W healthy nodes, not W of the key’s N replicas, ' +
            'so it stays available under a partition but its quorums need not meet. ABD ' +
            'mode uses strict quorums and writes back what it reads: the same schedule is ' +
            'linearizable there (gallery: ABD).',
        },
        expect: { nodes: replicas },
      },
      {
        at: 1600,
        text:
          'The partition healed. n2 still keeps its hint; at its next anti-entropy round it ' +
          'hands it to the replica it was kept for.',
        highlight: { nodes: ['n2'] },
        expect: { nodes: replicas },
      },
      {
        until: { reply: 'ok', op: 4 },
        text:
          'After the partition healed, n2 handed its hint to the replica it was kept for, ' +
          'and dropped it once that replica acknowledged. A read now finds x = 2: the store ' +
          'converged, as Dynamo promises — eventually.',
        expect: { nodes: replicas },
      },
    ],
  },
}
