import { minorityPartitionScenario } from './minority-partition'
import type { Preset } from '../../../scenario/preset'

export const noPromiseCheck: Preset = {
  id: 'paxos-no-promise-check',
  title: 'Broken: an acceptor accepts below its promise',
  summary:
    'As in the minority partition, the majority chooses z = 3 in slot 2 at ballot 2.5 while ' +
    'the cut-off n2 keeps resending its Accept of y = 2 at ballot 1.2. When the partition ' +
    'heals, acceptors that promised 2.5 accept it anyway, so y = 2 too is chosen in slot 2, ' +
    'which breaks Agreement.',
  scenario: minorityPartitionScenario('no-promise-check'),
  t: 1670,
}
