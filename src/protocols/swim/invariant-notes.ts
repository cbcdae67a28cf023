/** Why SWIM's safety property matters, in one plain clause: what the app adds after a violation's own message. */

import { SUSPECTED_BEFORE_DEAD } from './invariants'

export const SWIM_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  [SUSPECTED_BEFORE_DEAD]:
    'one lost ping must not evict a healthy member: a group that drops members on every missed ack loses them faster than they fail, and each one dropped must rejoin and move its data back',
}
