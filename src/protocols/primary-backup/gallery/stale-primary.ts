import { get, partition, pbScenario, put } from './build'
import type { Preset } from '../../../scenario/preset'
import type { PbVariant } from '../variants'

/** n1 is cut off from the other nodes after x = 1; n2 takes over and writes x = 2. */
export function splitBrainScenario(variant?: PbVariant) {
  return pbScenario(
    1,
    [
      put(200, 'x', '1'),
      partition(400, ['n1'], ['n2', 'n3', 'n4']),
      put(900, 'x', '2', 'n2'),
      get(1100, 'x', 'n1'),
    ],
    variant ? { variant } : {},
  )
}

export const stalePrimary: Preset = {
  id: 'primary-backup-stale-primary',
  title: 'Broken: a primary answers reads on its own',
  summary:
    'n1 is cut off from the other nodes but not from its clients, and the view service ' +
    'makes n2 primary of view 2, which writes x = 2. Still believing it is primary of ' +
    'view 1, n1 answers a read of x from its own store with 1, a value already overwritten.',
  scenario: splitBrainScenario('stale-primary'),
  t: 1200,
}
