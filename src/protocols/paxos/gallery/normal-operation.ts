import { get, paxosScenario, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const normalOperation: Preset = {
  id: 'paxos-normal-operation',
  title: 'Normal operation',
  summary:
    "Five acceptors start with no leader; n2's election timer runs out first, and it runs " +
    'Phase 1 once, at ballot 1.2, for every slot at once. After that each command, the get ' +
    'as much as the two puts, is chosen in its own slot by one round of Accept and Accepted, ' +
    'since a stable leader skips Phase 1.',
  scenario: paxosScenario(1, [put(400, 'x', '1'), put(600, 'y', '2'), get(800, 'x')]),
  t: 900,
}
