import { swimScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const noSuspicion: Preset = {
  id: 'swim-no-suspicion',
  title: 'No suspicion: one lost ack evicts a live member',
  summary:
    'With one message in ten lost and the suspicion step taken out, n4’s probe of n7 and ' +
    'its ping-reqs go unanswered just before 1 s, and n4 declares n7 dead at once, though ' +
    'n7 is up. The Suspected Before Declared Dead check reports it.',
  scenario: swimScenario(1, [], { variant: 'no-suspicion', params: { lossRate: 0.1 } }),
  t: 1100,
}
