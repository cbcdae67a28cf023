import { crash, dynamoScenario, get, partition, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const noReadRepair: Preset = {
  id: 'dynamo-no-read-repair',
  title: 'Broken: reads write nothing back',
  summary:
    'In ABD mode n2 writes x = 2 but crashes when only n1 has it, and a get at n1 ' +
    'returns x = 2 without writing it back, which Reads Written Back reports. n1 is then ' +
    'cut off, and a get at n4 reads x = 1 from n3 and n5: a new value, then an old one, ' +
    'which the linearizability check reports.',
  scenario: dynamoScenario(
    1,
    [
      put(100, 'x', '1', 'n2'),
      put(400, 'x', '2', 'n2'),
      { at: 470, type: 'drop', message: 23 },
      { at: 470, type: 'drop', message: 24 },
      crash(470, 'n2'),
      get(700, 'x', 'n1'),
      partition(800, ['n1']),
      get(850, 'x', 'n4'),
    ],
    { variant: 'no-read-repair', params: { abd: true, antiEntropyMs: 5000 } },
  ),
  t: 950,
}
