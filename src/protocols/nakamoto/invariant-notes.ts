/** Why each of Nakamoto's properties matters, in one plain clause: what the app adds after a violation's own message. */

import { FOUND_BLOCKS_PUBLISHED, LONGEST_CHAIN } from './invariants'

export const NAKAMOTO_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  [LONGEST_CHAIN]:
    'the miners agree only because each follows the longest chain it knows: one that mines on anything else splits its work from everyone’s',
  [FOUND_BLOCKS_PUBLISHED]:
    'a withheld block lets its miner work on a private branch while the others waste theirs on a public one it can orphan at will, so it earns more than its share of the hash power',
}
