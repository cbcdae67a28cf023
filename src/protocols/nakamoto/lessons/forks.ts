import { heal, nakamotoScenario, partition, timeout } from '../gallery/build'
import type { BuiltInLesson } from '../../../lesson/types'

/**
 * Seed 1, five equal miners, a block every second on average: n2 and n4 are made to find
 * blocks 10 ms apart at 1 s (a fork that n2.2 resolves at 1.5 s); n1 and n2 are cut off
 * from 3 s to 7 s, build the longer chain, and n3–n5 reorganise onto it at 11.1 s.
 */
const scenario = nakamotoScenario(
  1,
  [
    timeout(1000, 'n2'),
    timeout(1010, 'n4'),
    partition(3000, ['n1', 'n2'], ['n3', 'n4', 'n5']),
    heal(7000),
  ],
  { params: { blockIntervalMs: 1000 } },
)

const all = (height: number) =>
  Object.fromEntries(['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => [id, `miner, height ${height}`]))

export const forksLesson: BuiltInLesson = {
  id: 'nakamoto-forks',
  lesson: {
    version: 1,
    title: 'Nakamoto consensus: forks, the longest chain, and why blocks need confirmations',
    summary:
      'Five miners agree on one chain of blocks without ever voting: how a fork appears, how ' +
      'the next block settles it, and how a partition’s two chains become one again.',
    scenario,
    steps: [
      {
        at: 0,
        text:
          'Five miners, each holding only the genesis block g. Each one is trying to find the ' +
          'next block: a lottery whose wait is exponential, with a mean of the network’s ' +
          'interval (1 s here) divided by its share of the hash power (a fifth each). The ' +
          'Block tree tab draws every block found so far.',
        expect: { nodes: all(0) },
      },
      {
        at: 900,
        text:
          'n3 won the first lottery at 80 ms and sent block n3.1 to every peer. Each miner ' +
          'took it as its tip, because it extends the longest chain it knows, and now mines ' +
          'on top of it.',
        highlight: { nodes: ['n3'] },
        expect: { nodes: all(1) },
      },
      {
        at: 1005,
        text:
          'At 1 s n2 finds block n2.1 at height 2 (a `timeout` input makes it find one now). ' +
          'It is on its way to the others, which take 20 to 60 ms to receive it.',
        highlight: { nodes: ['n2'] },
        expect: {
          nodes: {
            n1: 'miner, height 1',
            n2: 'miner, height 2',
            n3: 'miner, height 1',
            n4: 'miner, height 1',
          },
        },
        question: {
          prompt: 'n4 finds a block of its own at 1,010 ms, before n2’s has arrived. What happens?',
          choices: [
            'n4’s block is invalid, since n2 found one first',
            'Both are valid: the chain forks, and miners work on whichever they saw first',
            'n2 and n4 vote on which block to keep',
          ],
          answer: 1,
          explanation:
            'Nobody can tell which block was found first, and nobody votes. Both blocks extend ' +
            'n3.1 correctly, so both are valid; each miner keeps the first of two equally long ' +
            'chains it hears of.',
        },
      },
      {
        at: 1100,
        text:
          'A fork: n1 and n4 mine on n4.1, n2, n3 and n5 on n2.1. Both branches have height ' +
          '2, and each miner keeps the one it heard of first.',
        highlight: { nodes: ['n1', 'n4'] },
        expect: { nodes: all(2) },
      },
      {
        at: 1600,
        text:
          'n2 found n2.2 on its branch at 1.5 s. That branch is now longer, so n1 and n4 ' +
          'switch to it: a reorganisation one block deep. n4.1 is orphaned (faded in the ' +
          'Block tree tab), and the work that went into it is lost.',
        highlight: { nodes: ['n1', 'n4'] },
        expect: { nodes: all(3) },
      },
      {
        at: 4000,
        text:
          'At 3 s a partition cuts n1 and n2 off from n3, n4 and n5. Neither side notices: ' +
          'each keeps mining on the longest chain it knows. n1 and n2, with two fifths of the ' +
          'hash power, happen to find three blocks within a second.',
        highlight: { nodes: ['n1', 'n2'] },
        expect: {
          nodes: {
            n1: 'miner, height 6',
            n2: 'miner, height 6',
            n3: 'miner, height 3',
            n4: 'miner, height 3',
            n5: 'miner, height 3',
          },
        },
      },
      {
        at: 6900,
        text:
          'Two chains have grown from the same block, n2.2 at height 3: three blocks on one ' +
          'side, one (n4.2) on the other. Each side thinks its chain is the chain.',
        expect: {
          nodes: {
            n1: 'miner, height 6',
            n3: 'miner, height 4',
          },
        },
        question: {
          prompt: 'The partition heals at 7 s. Which chain will all five end up on?',
          choices: [
            'The one of n3, n4 and n5, since they are the majority',
            'The longest one, whichever side built it',
            'Each side keeps its own chain',
          ],
          answer: 1,
          explanation:
            'The rule counts work, not miners: a chain with more blocks took more work to ' +
            'build. Over time the side with more hash power is likely to build the longer ' +
            'chain, but here the minority was lucky.',
        },
      },
      {
        at: 7400,
        text:
          'The network is whole again, but nothing is sent until a block is found. n5 found ' +
          'n5.1 at 7.24 s and sent it to all. n1 and n2 lacked its parent n4.2, asked n5 for ' +
          'it and now hold the other branch too; they stay where they are, since it is ' +
          'shorter (5 against 6).',
        highlight: { nodes: ['n5', 'n1', 'n2'] },
        expect: {
          nodes: {
            n1: 'miner, height 6',
            n2: 'miner, height 6',
            n3: 'miner, height 5',
            n5: 'miner, height 5',
          },
        },
      },
      {
        at: 11_300,
        text:
          'n1 found n1.3 at 10.9 s. n3, n4 and n5 fetched the blocks they lacked one by one, ' +
          'each time asking for the parent, and reorganised two blocks deep: n4.2 and n5.1 ' +
          'are orphaned. All five are on one chain again.',
        highlight: { nodes: ['n3', 'n4', 'n5'] },
        expect: { nodes: all(7) },
      },
      {
        at: 14_000,
        text:
          'This is why a payment waits for confirmations. A transaction in n5.1 looked ' +
          'included for four seconds and then was not. A block with k blocks on top of it ' +
          '(k = 3 here) is very unlikely to be reversed: the measures report the k-deep ' +
          'common prefix, which held throughout this run, since no branch outgrew k blocks.',
        expect: { nodes: all(9), violations: [] },
      },
    ],
  },
}
