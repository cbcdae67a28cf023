import { put, leaderCutOff, raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const splitBrain: Preset = {
  id: 'split-brain',
  title: 'Minority partition (split brain)',
  summary:
    'A partition cuts the leader n1 off with n2. The majority elects n4 in term 2 and commits ' +
    'y = 1, while n1 still believes it leads term 1 and takes a write x = 2 that it can never ' +
    'commit. At 2 s the partition heals: n1 sees term 2, steps down, and x = 2 vanishes from ' +
    'its log.',
  scenario: raftScenario(
    8,
    [
      ...leaderCutOff(),
      put(1300, 'x', '2', 'n1'),
      put(1400, 'y', '1', 'n4'),
      { at: 2000, type: 'heal' },
    ],
    // One attempt per client: a retry of x = 2 would find the new leader and commit there.
    { params: { clientAttempts: 1 } },
  ),
  t: 1600,
}
