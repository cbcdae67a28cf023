import { crash, mapReduceScenario } from './build'
import type { Preset } from '../../../scenario/preset'

export const noReexecute: Preset = {
  id: 'mapreduce-no-reexecute',
  title: 'No re-execution: lost map output is never produced again',
  summary:
    'n3 completed maps 2 and 5 and crashes at 0.9 s. The master finds it failed at 1.3 s and ' +
    'runs its reduce task again, but still counts both map tasks done, though their files ' +
    'died with n3: reduce 2 waits for them forever, and the Lost Map Output Re-executed check ' +
    'reports it.',
  scenario: mapReduceScenario(1, [crash(900, 'n3')], { variant: 'no-reexecute' }),
  t: 1400,
}
