import { crash, pbScenario, put, restart } from './build'
import type { Preset } from '../../../scenario/preset'

export const viewServiceCrash: Preset = {
  id: 'primary-backup-view-service-crash',
  title: 'The view service crashes',
  summary:
    'With the view service n4 down, nobody can replace primary n1 when it crashes too: n2 ' +
    'stays a backup and the put of y waits, but nothing unsafe happens. When n4 restarts ' +
    'it still knows view 1, promotes n2 in view 2, and the put goes through.',
  scenario: pbScenario(1, [
    put(300, 'x', '1'),
    crash(500, 'n4'),
    crash(600, 'n1'),
    put(800, 'y', '2'),
    restart(1500, 'n4'),
  ]),
  t: 1300,
}
