import { chainScenario, drop, get, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const readAnyNode: Preset = {
  id: 'chain-read-any-node',
  title: 'Broken: any server answers reads',
  summary:
    'n1 takes x = 1 and, in this variant, answers a read of x = 1 at once, before the write ' +
    'is committed: the Forward from n2 to the tail n3 is lost. A later read at n3 answers ' +
    'that x is unset. A client saw x = 1 and then no x: no order of the operations fits ' +
    'one copy of the store, which the linearizability check reports.',
  scenario: chainScenario(
    1,
    [put(300, 'x', '1', 'n1'), drop(329, 42), get(340, 'x', 'n1'), get(400, 'x', 'n3')],
    { variant: 'read-any-node' },
  ),
  t: 510,
}
