import { get, put, leaderCutOff, raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const staleRead: Preset = {
  id: 'stale-read',
  title: 'Broken: the leader answers reads without checking it still leads',
  summary:
    'A partition cuts the leader n1 off with n2; the majority elects n4, which writes x = 2. ' +
    'A get sent to n1 afterwards is answered at once from its own store: x = 1, older than a ' +
    'write that had already finished. No invariant breaks; the history is not linearizable.',
  scenario: raftScenario(
    8,
    [...leaderCutOff(), put(1400, 'x', '2', 'n4'), get(1700, 'x', 'n1')],
    // One attempt per client, so the correct Raft's get gives up rather than find n4.
    { params: { clientAttempts: 1 }, variant: 'stale-read' },
  ),
  t: 1740,
}
