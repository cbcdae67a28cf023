import { middleFailureScenario } from './middle-failure'
import type { Preset } from '../../../scenario/preset'

export const noResendOnRepair: Preset = {
  id: 'chain-no-resend-on-repair',
  title: 'Broken: in-flight updates not resent',
  summary:
    'As in the middle failure, n2 crashes with update 1 (x = 1) sent by n1 but not passed ' +
    'on. Here n1 takes its Sent list as delivered: it never resends update 1, and forwards ' +
    'update 2 (y = 2) as the next one on the link. n3 applies it, so its history holds ' +
    'update 2 without update 1 and is no longer a prefix of n1’s.',
  scenario: middleFailureScenario('no-resend-on-repair'),
  t: 960,
}
