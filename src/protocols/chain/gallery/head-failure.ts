import { chainScenario, crash, get, put, restart } from './build'
import type { Preset } from '../../../scenario/preset'

export const headFailure: Preset = {
  id: 'chain-head-failure',
  title: 'Head failure',
  summary:
    'The head n1 crashes after x = 1 is committed, and the put y = 2 sent to it is lost. ' +
    'The master hears no heartbeat from n1 for five ticks, takes it out and makes n2 the ' +
    'head under chain version 2; the client retries and n2 takes y = 2. When n1 restarts ' +
    'it has no place: it rejoins as the new tail after a state transfer from n3.',
  scenario: chainScenario(1, [
    put(300, 'x', '1', 'n1'),
    crash(400, 'n1'),
    put(450, 'y', '2', 'n1'),
    restart(1100, 'n1'),
    get(1400, 'y', 'n1'),
  ]),
  t: 635,
}
