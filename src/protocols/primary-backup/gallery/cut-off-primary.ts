import { splitBrainScenario } from './stale-primary'
import type { Preset } from '../../../scenario/preset'

export const cutOffPrimary: Preset = {
  id: 'primary-backup-cut-off-primary',
  title: 'A primary cut off from the view service',
  summary:
    'n1 is cut off from the other nodes but not from its clients, and the view service makes ' +
    'n2 primary of view 2, which writes x = 2. n1 still believes it is primary of view 1, ' +
    'but it cannot answer a read of x alone: its forward never reaches a backup, so the ' +
    'client times out and gets 2 from n2.',
  scenario: splitBrainScenario(),
  t: 1200,
}
