import { puts, raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const catchUp: Preset = {
  id: 'catch-up',
  title: 'A follower catches up',
  summary:
    'n5 crashes and misses twenty writes, and meanwhile the leader n1 crashes too, so n4 takes ' +
    'over in term 2. When n5 restarts, n4 does not know how far behind it is: each AppendEntries ' +
    'that n5 refuses makes n4 step back one entry, until their logs agree and one message brings ' +
    'n5 up to date. The link opens just after that; step back to watch it happen.',
  scenario: raftScenario(8, [
    { at: 500, type: 'crash', node: 'n5' },
    ...puts(1, 10, 600, 50, 'n1'),
    // A leader change, so that the new leader starts with no idea of where n5's log ends.
    { at: 1100, type: 'crash', node: 'n1' },
    ...puts(11, 10, 1500, 50, 'n2'),
    { at: 2100, type: 'restart', node: 'n5' },
  ]),
  t: 2350,
}
