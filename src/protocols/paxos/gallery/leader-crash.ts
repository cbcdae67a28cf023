import { crash, drop, paxosScenario, put, restart } from './build'
import type { Input } from '../../../scenario/types'
import type { Preset } from '../../../scenario/preset'
import type { PaxosVariant } from '../variants'

/**
 * n2 leads ballot 1.2 and takes put x = 1 into slot 1; its Accepts to n1 and n3 are lost
 * (messages 30 and 31) and it crashes before the replies of n4 and n5 come back.
 */
export const halfAccepted: readonly Input[] = [
  put(400, 'x', '1', 'n2'),
  drop(417, 30),
  drop(417, 31),
  crash(440, 'n2'),
]

export function leaderCrashScenario(variant?: PaxosVariant) {
  return paxosScenario(1, [...halfAccepted, restart(1200, 'n2')], variant ? { variant } : {})
}

export const leaderCrash: Preset = {
  id: 'paxos-leader-crash',
  title: 'Leader crash mid-slot',
  summary:
    'Leader n2 proposes put x = 1 in slot 1, but only n4 and n5 get its Accept before it ' +
    'crashes: x = 1 is chosen, since n2, n4 and n5 are a majority, yet no one knows it. ' +
    'n3 takes over at ballot 2.3, and the promises of n4 and n5 report x = 1, so n3 ' +
    'proposes it again in slot 1 instead of a value of its own.',
  scenario: leaderCrashScenario(),
  t: 700,
}
