import { put, raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const leaderCrash: Preset = {
  id: 'leader-crash',
  title: 'Leader crash',
  summary:
    'n1 leads term 1 and commits x = 1. At 1 s it crashes; without its heartbeats, ' +
    "n3's election timer runs out first and n3 wins term 2, with x = 1 still in every log. " +
    'Later y = 2 commits under n3, and n1 restarts as a follower of term 2.',
  scenario: raftScenario(8, [
    put(400, 'x', '1', 'n2'),
    { at: 1000, type: 'crash', node: 'n1' },
    put(1500, 'y', '2', 'n2'),
    { at: 1800, type: 'restart', node: 'n1' },
  ]),
  t: 1250,
}
