import { chainScenario, crash, get, put, restart } from './build'
import type { Preset } from '../../../scenario/preset'

export const masterCrash: Preset = {
  id: 'chain-master-crash',
  title: 'The master crashes',
  summary:
    'With the master n4 down the chain goes on: x = 1 is written and read. Then the tail ' +
    'n3 crashes and nobody repairs the chain: y = 2 waits in the Sent lists of n1 and n2. ' +
    'n4 restarts with its configuration from disk, declares n3 dead five ticks later and ' +
    'makes n2 the tail, which commits y = 2.',
  scenario: chainScenario(1, [
    crash(250, 'n4'),
    put(300, 'x', '1', 'n1'),
    get(380, 'x', 'n3'),
    crash(600, 'n3'),
    put(700, 'y', '2', 'n1'),
    restart(1300, 'n4'),
  ]),
  t: 1000,
}
