import { chainScenario, crash, get, put, restart } from './build'
import type { Preset } from '../../../scenario/preset'

export const tailFailure: Preset = {
  id: 'chain-tail-failure',
  title: 'Tail failure',
  summary:
    'The tail n3 crashes; the next write, y = 2, passes n1 and n2 and waits in their Sent ' +
    'lists, since no tail acknowledges it. The master takes n3 out under version 2, so n2 ' +
    'is the tail: every update n2 has is committed, and n2 answers the client. Later n3 ' +
    'restarts and rejoins as the tail with a state transfer from n2.',
  scenario: chainScenario(1, [
    put(300, 'x', '1', 'n1'),
    crash(400, 'n3'),
    put(450, 'y', '2', 'n1'),
    restart(1100, 'n3'),
    get(1400, 'y', 'n3'),
  ]),
  t: 665,
}
