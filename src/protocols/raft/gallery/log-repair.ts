import { put, leaderCutOff, raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const logRepair: Preset = {
  id: 'log-repair',
  title: 'Log divergence and repair',
  summary:
    'While cut off with n2, the old leader n1 takes writes a, b and c that reach only n2; the ' +
    'majority elects n4 in term 2 and commits y = 1, so from index 3 on the logs disagree. ' +
    "The link opens as the partition heals: watch n4 overwrite n2's conflicting entries (n2's " +
    "log is longer, but its last term is older), and then n1's when it restarts.",
  scenario: raftScenario(
    8,
    [
      ...leaderCutOff(),
      put(1200, 'a', '1', 'n1'),
      put(1250, 'b', '1', 'n1'),
      put(1300, 'c', '1', 'n1'),
      put(1400, 'y', '1', 'n4'),
      // n1 goes down, so n2 is a follower with no leader when the partition heals.
      { at: 1700, type: 'crash', node: 'n1' },
      { at: 1750, type: 'heal' },
      { at: 2200, type: 'restart', node: 'n1' },
    ],
    // One attempt per client, so a, b and c are never retried on the majority side.
    { params: { clientAttempts: 1 } },
  ),
  t: 1750,
}
