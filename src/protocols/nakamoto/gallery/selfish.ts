import { nakamotoScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const selfish: Preset = {
  id: 'nakamoto-selfish-mining',
  title: 'Selfish mining: n1 withholds its blocks',
  summary:
    'n1 has 45% of the hash power and mines selfishly: at 0.9 s it holds two blocks nobody ' +
    'else has seen (dashed in the Block tree), while the others still mine at height 1. ' +
    'When one of them finds a block, n1 publishes both and orphans it; over a long run n1 ' +
    'gets more of the chain than its 45%.',
  scenario: nakamotoScenario(1, [], { variant: 'selfish-mining', params: { n1Share: 0.45 } }),
  t: 900,
}
