import { reduceScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const noDedup: Preset = {
  id: 'allreduce-no-dedup',
  title: 'No dedup: a duplicated chunk is added twice',
  summary:
    'The network delivers the last partial sum of chunk 0 to its owner, n4, twice. The ' +
    'receiver adds both copies, so n4 holds n3’s gradient twice and applies a wrong sum ' +
    'for step 0: Chunk Contributions and Exact Sum both report it.',
  scenario: reduceScenario(5, [{ at: 150, type: 'duplicate', message: 16 }], {
    variant: 'no-dedup',
    params: { steps: 2 },
  }),
  t: 300,
}
