import { crash, pbScenario, put, restart } from './build'
import type { Preset } from '../../../scenario/preset'

export const backupCrash: Preset = {
  id: 'primary-backup-backup-crash',
  title: 'Backup crash',
  summary:
    'Backup n2 crashes; n1 stays primary, and the view service makes view 2 with idle n3 ' +
    'as the backup, which gets the state transfer. When n2 comes back it has lost ' +
    'everything and waits as an idle server.',
  scenario: pbScenario(1, [
    put(300, 'x', '1'),
    crash(500, 'n2'),
    put(900, 'y', '2'),
    restart(1200, 'n2'),
  ]),
  t: 1000,
}
