import { put, raftScenario } from './build'
import { crash, drop, restart, timeout } from '../../../scenario/builders'
import type { Input } from '../../../scenario/types'
import type { Preset } from '../../../scenario/preset'

/**
 * Figure 8 of the extended Raft paper, step by step, with n1 … n5 as S1 … S5. Every
 * election is forced and the election timeouts are long, so that no other one happens.
 */
const inputs: Input[] = [
  // Term 1: n2 leads and commits x = 1 everywhere.
  timeout(10, 'n2'),
  put(100, 'x', '1', 'n2'),
  // (a) Term 2: n1 leads and copies x = 2 to n2 only, then crashes.
  timeout(300, 'n1'),
  put(400, 'x', '2', 'n1'),
  drop(411, 99), // AppendEntries with x = 2 to n3
  drop(411, 100), // … to n4
  drop(411, 101), // … to n5
  crash(411, 'n1'),
  // (b) Term 3: n5 wins with votes from n3 and n4, takes x = 3 alone, then crashes.
  timeout(500, 'n5'),
  put(600, 'x', '3', 'n5'),
  drop(615, 126), // AppendEntries with x = 3 to n2
  drop(615, 127), // … to n3
  drop(615, 128), // … to n4
  crash(615, 'n5'),
  // (c) n1 restarts; its first try (term 3) fails, as n3 and n4 voted there; it wins term 4.
  restart(700, 'n1'),
  timeout(750, 'n1'),
  timeout(850, 'n1'),
  // n1 copies x = 2 to n3, but not to n4 …
  drop(919, 153), // AppendEntries with x = 2 to n4
  drop(934, 157), // … and again
  // … and takes x = 4 in term 4, which reaches no one before n1 crashes.
  put(945, 'x', '4', 'n1'),
  drop(966, 162), // AppendEntries with x = 4 to n2
  drop(966, 163), // … to n3
  drop(966, 164), // … to n4
  crash(970, 'n1'),
  // (d) n5 restarts; term 4 is taken, so it wins term 5 with votes from n2, n3 and n4, and
  // overwrites index 2 everywhere with its x = 3 from term 3.
  restart(1050, 'n5'),
  timeout(1100, 'n5'),
  timeout(1200, 'n5'),
  // Then an entry of term 5 commits, and x = 3 with it; n1 comes back and is repaired too.
  put(1400, 'x', '5', 'n5'),
  restart(1500, 'n1'),
]

export const figure8: Preset = {
  id: 'figure-8',
  title: 'Figure 8: why a leader commits only its own term',
  summary:
    "Figure 8 of the Raft paper (n1 to n5 are S1 to S5), with the leader's no-op turned off. " +
    'The link opens at (c): x = 2, written in term 2, is now on n1, n2 and n3, a majority, yet ' +
    'n1, leader of term 4, does not commit it, because a leader counts copies only for entries ' +
    'of its own term. Play on to (d): n1 crashes, n5 wins term 5 with votes from n2, n3 and ' +
    'n4, and overwrites x = 2 with its own x = 3 from term 3, which would have undone a commit.',
  scenario: raftScenario(1, inputs, {
    params: {
      // Off, or the no-op of term 4 would travel with x = 2 and commit it: no (d).
      leaderNoop: false,
      electionTimeoutMs: [1000, 1500],
      // One attempt per client, so that no retry brings a write back.
      clientAttempts: 1,
    },
  }),
  t: 968,
}
