import { crash, paxosScenario, put, restart, timeout } from './build'
import { halfAccepted } from './leader-crash'
import type { Preset } from '../../../scenario/preset'

export const volatileAcceptor: Preset = {
  id: 'paxos-volatile-acceptor',
  title: 'Broken: acceptors forget across a crash',
  summary:
    'x = 1 is chosen in slot 1 by n2, n4 and n5, and all three crash; n4 and n5 restart ' +
    'having forgotten their promise and x = 1, which breaks Promise Monotonicity. n3 then ' +
    'wins ballot 2.3 with their empty promises and gets y = 2 chosen in the same slot, ' +
    'which breaks Agreement.',
  scenario: paxosScenario(
    1,
    [
      ...halfAccepted,
      crash(450, 'n4'),
      crash(450, 'n5'),
      restart(500, 'n4'),
      restart(500, 'n5'),
      timeout(520, 'n3'),
      put(600, 'y', '2', 'n3'),
    ],
    { variant: 'volatile-acceptor' },
  ),
  t: 650,
}
