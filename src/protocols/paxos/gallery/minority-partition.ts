import { heal, partition, paxosScenario, put } from './build'
import type { Preset } from '../../../scenario/preset'
import type { PaxosVariant } from '../variants'

export function minorityPartitionScenario(variant?: PaxosVariant) {
  return paxosScenario(
    1,
    [
      put(400, 'x', '1', 'n2'),
      partition(600, ['n1', 'n2'], ['n3', 'n4', 'n5']),
      put(700, 'y', '2', 'n2'),
      put(1100, 'z', '3', 'n5'),
      heal(1600),
    ],
    // One attempt per client: a retry of y = 2 would find the majority's leader.
    { params: { clientAttempts: 1 }, ...(variant ? { variant } : {}) },
  )
}

export const minorityPartition: Preset = {
  id: 'paxos-minority-partition',
  title: 'Minority partition',
  summary:
    'A partition cuts leader n2 off with n1. n2 still believes it leads ballot 1.2 and ' +
    'proposes y = 2 in slot 2, but two acceptors are not a majority, so it is never chosen; ' +
    'meanwhile n5 wins ballot 2.5 on the majority side and gets z = 3 chosen in slot 2. ' +
    'When the partition heals, n1 and n2 follow ballot 2.5 and learn z = 3.',
  scenario: minorityPartitionScenario(),
  t: 1300,
}
