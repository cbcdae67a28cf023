import { put, raftScenario } from './build'
import { heal, partition } from '../../../scenario/builders'
import type { Input } from '../../../scenario/types'
import type { Preset } from '../../../scenario/preset'

/** n3 alone on one side; the other four stay together. */
const cut = (at: number): Input => partition(at, ['n3'])

export const flappingPartition: Preset = {
  id: 'flapping-partition',
  title: 'Flapping partition',
  summary:
    "n3's links fail and recover every 0.3 s. Each time it is cut off, n3 times out and raises " +
    'its term; when it comes back, that higher term makes the leader step down, so every heal ' +
    'costs an election and the term climbs to 14 in 3.5 s. All six writes still commit, some ' +
    'late, while n3 falls behind.',
  scenario: raftScenario(8, [
    cut(500),
    heal(800),
    put(800, 'k1', '1'),
    cut(1100),
    put(1200, 'k2', '2'),
    heal(1400),
    put(1600, 'k3', '3'),
    cut(1700),
    heal(2000),
    put(2000, 'k4', '4'),
    cut(2300),
    put(2400, 'k5', '5'),
    heal(2600),
    put(2800, 'k6', '6'),
    cut(2900),
    heal(3200),
  ]),
  t: 3600,
}
