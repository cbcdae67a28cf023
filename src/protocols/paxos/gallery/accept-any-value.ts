import { leaderCrashScenario } from './leader-crash'
import type { Preset } from '../../../scenario/preset'

export const acceptAnyValue: Preset = {
  id: 'paxos-accept-any-value',
  title: 'Broken: a new leader ignores reported values',
  summary:
    'As in the leader crash, x = 1 is chosen in slot 1 by n2, n4 and n5, and n2 crashes ' +
    'before anyone learns it. The promises to n3 report x = 1, but this n3 ignores them and ' +
    'proposes a no-op in slot 1, which a majority accepts: two values chosen in one slot, ' +
    'which breaks Agreement.',
  scenario: leaderCrashScenario('accept-any-value'),
  t: 700,
}
