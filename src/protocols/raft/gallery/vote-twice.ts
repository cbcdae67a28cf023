import { raftScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const voteTwice: Preset = {
  id: 'vote-twice',
  title: 'Broken: a node votes twice in one term',
  summary:
    'In this three-node cluster n1 and n3 time out together and both ask for votes in ' +
    'term 1. n2, which may now vote twice, says yes to both, and each candidate also votes ' +
    'for the other: two leaders of term 1, which breaks Election Safety.',
  scenario: raftScenario(
    1,
    [
      { at: 100, type: 'timeout', node: 'n1' },
      { at: 100, type: 'timeout', node: 'n3' },
    ],
    { nodes: 3, variant: 'vote-twice' },
  ),
  t: 150,
}
