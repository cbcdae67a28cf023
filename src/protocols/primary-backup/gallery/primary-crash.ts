import { crash, get, pbScenario, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const primaryCrash: Preset = {
  id: 'primary-backup-primary-crash',
  title: 'Primary crash and failover',
  summary:
    'Primary n1 crashes after x = 1; five ticks without its ping and the view service makes ' +
    'view 2, promoting backup n2 and taking idle n3 as the new backup. n2 sends n3 its ' +
    'whole state before it acknowledges view 2, so n3 has x = 1 before any new write.',
  scenario: pbScenario(1, [
    put(300, 'x', '1'),
    crash(500, 'n1'),
    put(900, 'y', '2'),
    get(1300, 'x'),
  ]),
  t: 1100,
}
