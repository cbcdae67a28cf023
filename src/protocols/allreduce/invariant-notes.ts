/** Why all-reduce's safety properties matter, in one plain clause each: what the app adds after a violation's own message. */

import { CHUNK_CONTRIBUTIONS, EXACT_SUM } from './invariants'

export const REDUCE_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  [EXACT_SUM]:
    'data-parallel training is only the same as training on one machine if every replica applies exactly the same sum; a wrong sum on one worker makes its model drift from the others for good',
  [CHUNK_CONTRIBUTIONS]:
    'a gradient counted twice is a step twice as long in that worker’s direction, and nothing downstream can tell it from a real gradient',
}
