import { dynamoScenario, get, put } from './build'
import type { Preset } from '../../../scenario/preset'

export const lwwClockSkew: Preset = {
  id: 'dynamo-lww-clock-skew',
  title: 'Broken: last-writer-wins with skewed clocks',
  summary:
    'n2’s clock runs 300 ms ahead and n3’s 300 ms behind. n2 coordinates x = 1; later n3 ' +
    'coordinates x = 2, which gets the older timestamp, so every replica keeps x = 1 and ' +
    'drops x = 2, though its client was told it is stored. The Acknowledged Writes ' +
    'Survive check reports it, and the get at n4 reads x = 1.',
  scenario: dynamoScenario(
    1,
    [put(100, 'x', '1', 'n2'), put(400, 'x', '2', 'n3'), get(700, 'x', 'n4')],
    { variant: 'lww-clock-skew' },
  ),
  t: 800,
}
