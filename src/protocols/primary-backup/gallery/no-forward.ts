import { partition, pbScenario, put } from './build'
import type { Preset } from '../../../scenario/preset'
import type { PbVariant } from '../variants'

/** n1 is cut off from the other nodes, not from its clients, and takes a put. */
export function cutOffPrimaryScenario(variant?: PbVariant) {
  return pbScenario(
    1,
    [put(200, 'x', '1'), partition(300, ['n1'], ['n2', 'n3', 'n4']), put(320, 'x', '2', 'n1')],
    variant ? { variant } : {},
  )
}

export const noForward: Preset = {
  id: 'primary-backup-no-forward',
  title: 'Broken: the primary answers before the backup has the write',
  summary:
    'Primary n1, cut off from the other nodes but not from its clients, applies put x = 2 ' +
    'and answers at once; its forward never reaches backup n2. The view service then ' +
    'promotes n2, which never saw x = 2: an acknowledged write is lost.',
  scenario: cutOffPrimaryScenario('no-forward'),
  t: 520,
}
