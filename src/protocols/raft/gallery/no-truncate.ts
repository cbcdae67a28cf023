import { put, leaderCutOff, raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const noTruncate: Preset = {
  id: 'no-truncate',
  title: "Broken: a follower keeps entries that conflict with the leader's",
  summary:
    'Cut off with n2, the old leader n1 puts a and b in both their logs, while the majority ' +
    'elects n4 and commits y = 1 at the same indexes. When the partition heals, n1 and n2 ' +
    'keep their own entries instead of deleting them, tell n4 they match, and apply a and b ' +
    "where the others applied n4's entries (State Machine Safety).",
  scenario: raftScenario(
    8,
    [
      ...leaderCutOff(),
      put(1200, 'a', '1', 'n1'),
      put(1250, 'b', '1', 'n1'),
      put(1400, 'y', '1', 'n4'),
      { at: 1750, type: 'heal' },
    ],
    // One attempt per client, so a and b are never retried on the majority side.
    { params: { clientAttempts: 1 }, variant: 'no-truncate' },
  ),
  t: 1820,
}
