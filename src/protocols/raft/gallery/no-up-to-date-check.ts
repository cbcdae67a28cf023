import { put, raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const noUpToDateCheck: Preset = {
  id: 'no-up-to-date-check',
  title: 'Broken: votes ignore how up to date the candidate is',
  summary:
    'n1 leads term 1 and commits x = 1 with n2 while n3 is down. Then n1 crashes and n3 ' +
    'comes back without x = 1 and stands for term 2; n2 no longer compares logs, votes for ' +
    'it, and n3 leads without a committed entry (Leader Completeness), then overwrites it.',
  scenario: raftScenario(
    1,
    [
      { at: 100, type: 'timeout', node: 'n1' },
      { at: 300, type: 'crash', node: 'n3' },
      put(400, 'x', '1', 'n1'),
      { at: 600, type: 'crash', node: 'n1' },
      { at: 700, type: 'restart', node: 'n3' },
      { at: 750, type: 'timeout', node: 'n3' },
    ],
    { nodes: 3, variant: 'no-up-to-date-check' },
  ),
  t: 810,
}
