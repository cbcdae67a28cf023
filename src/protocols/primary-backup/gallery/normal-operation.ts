import { get, pbScenario, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const normalOperation: Preset = {
  id: 'primary-backup-normal-operation',
  title: 'Normal operation',
  summary:
    'The view service n4 hears the pings of n1, n2 and n3 and makes view 1: n1 primary, ' +
    'n2 backup, after n1 has sent n2 its whole state. Each request, the get as much as the ' +
    'puts, goes from the primary to the backup and back before the client gets its answer.',
  scenario: pbScenario(1, [put(300, 'x', '1'), put(500, 'y', '2'), get(700, 'x')]),
  t: 900,
}
