/** Nakamoto consensus working as published: forks and their resolution, partitions, big miners. */

import { crash, heal, nakamotoScenario, partition, restart, timeout, tx } from './build'
import type { Preset } from '../../../scenario/preset'

export const forkResolved: Preset = {
  id: 'nakamoto-fork',
  title: 'A fork, resolved by the next block',
  summary:
    'n2 and n4 each find a block at height 2 within 10 ms of each other, so for a moment ' +
    'there are two tips: n1 and n4 mine on n4.1, the others on n2.1. n2’s next block makes ' +
    'its branch the longer one, n1 and n4 reorganise onto it, and n4.1 is orphaned.',
  scenario: nakamotoScenario(1, [timeout(1000, 'n2'), timeout(1010, 'n4')], {
    params: { blockIntervalMs: 1000 },
  }),
  t: 1100,
}

export const partitioned: Preset = {
  id: 'nakamoto-partition',
  title: 'A partition: two chains, and a reorg when it heals',
  summary:
    'From 0.5 s to 2.5 s, n1 and n2 cannot reach n3, n4 and n5, and each side builds a chain ' +
    'of its own, more than k = 3 blocks deep, which the common-prefix measure reports. After ' +
    'the heal, n4’s next block shows n1 and n2 a longer chain: they fetch its blocks and ' +
    'reorganise, orphaning the four blocks their side mined while cut off.',
  scenario: nakamotoScenario(12, [partition(500, ['n1', 'n2'], ['n3', 'n4', 'n5']), heal(2500)]),
  t: 3000,
}

export const bigMiner: Preset = {
  id: 'nakamoto-big-miner',
  title: 'A big miner finds most blocks',
  summary:
    'n1 has 60% of the hash power and the other four 10% each. Each miner’s wait for its ' +
    'next block is exponential with a mean of the interval divided by its share, so n1 ' +
    'finds about six blocks in ten, and the chain shows it.',
  scenario: nakamotoScenario(2, [], { params: { n1Share: 0.6 } }),
  t: 4000,
}

export const slowNetwork: Preset = {
  id: 'nakamoto-slow-network',
  title: 'A slow network: many stale blocks',
  summary:
    'Blocks take 150 to 250 ms to arrive while one is found every 400 ms: a miner often ' +
    'finds a block before it has heard of the last one, and one of the two goes stale. ' +
    'About 1 − e^(−delay/interval) of all blocks are wasted this way; the Stale blocks tab ' +
    'sweeps the delay.',
  scenario: nakamotoScenario(4, [], { params: { latencyMs: [150, 250] } }),
  t: 4000,
}

export const restarted: Preset = {
  id: 'nakamoto-restart',
  title: 'A miner restarts and catches up',
  summary:
    'n3 crashes at 0.8 s and keeps its chain on disk. When it restarts at 3 s, five blocks ' +
    'behind, it asks every peer for its tip, then fetches the blocks it missed one by one, ' +
    'each time asking for the parent it lacks, and is back on the longest chain by 3.4 s.',
  scenario: nakamotoScenario(6, [crash(800, 'n3'), restart(3000, 'n3')]),
  t: 3400,
}

export const confirmed: Preset = {
  id: 'nakamoto-transaction',
  title: 'A transaction gets into a block',
  summary:
    'A client sends a transaction to n2 at 0.3 s; n2 passes it to every miner, and the next ' +
    'block found carries it. n2 answers the client with that block’s id; each block on top ' +
    'of it is one more confirmation.',
  scenario: nakamotoScenario(6, [tx(300, 'pay', 'alice→bob 5', 'n2')]),
  t: 1500,
}
