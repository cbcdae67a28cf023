import { chainScenario, get, put } from './build'
import type { Input } from '../../../scenario/types'
import type { Preset } from '../../../scenario/preset'

const delay = (at: number, message: number, byMs: number): Input => ({
  at,
  type: 'delay',
  message,
  byMs,
})

export const craqReads: Preset = {
  id: 'chain-craq-reads',
  title: 'CRAQ reads at any server',
  summary:
    'With CRAQ on, the middle server n2 answers a read of x itself while x is clean. Then ' +
    'x = 2 reaches n2, but its Forward to the tail is delayed: x is dirty at n2, so for the ' +
    'next read n2 asks the tail which version is committed, hears update 1, and answers ' +
    'x = 1, the committed value, not its own newer one.',
  scenario: chainScenario(
    1,
    [
      put(300, 'x', '1', 'n1'),
      get(450, 'x', 'n2'),
      put(500, 'x', '2', 'n1'),
      get(540, 'x', 'n2'),
      delay(555, 79, 150),
    ],
    { params: { craq: true } },
  ),
  t: 600,
}
