import { chainScenario, get, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const normalOperation: Preset = {
  id: 'chain-normal-operation',
  title: 'Normal operation',
  summary:
    'Three servers in a chain, n1 → n2 → n3, and the master n4. Each write enters at the ' +
    'head n1, which numbers it and forwards it down the chain; the tail n3 answers the ' +
    'client and acknowledges it back up. A write sent to n2 is pointed at the head; a read ' +
    'goes to the tail, which holds exactly the committed writes.',
  scenario: chainScenario(1, [
    put(300, 'x', '1', 'n1'),
    put(400, 'y', '2', 'n2'),
    get(600, 'x', 'n3'),
  ]),
  t: 505,
}
