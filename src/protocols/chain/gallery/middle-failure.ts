import { chainScenario, crash, drop, put } from './build'
import type { Input } from '../../../scenario/types'
import type { Preset } from '../../../scenario/preset'
import type { ChainVariant } from '../variants'

/**
 * n1 takes x = 1 and forwards it to n2, which forwards it to n3; that Forward (message 42)
 * is lost as n2 crashes, so x = 1 is in n1's Sent list and nowhere below n2.
 */
export const middleInFlight: readonly Input[] = [
  put(300, 'x', '1', 'n1'),
  drop(329, 42),
  crash(329, 'n2'),
  put(900, 'y', '2', 'n1'),
]

export const middleFailureScenario = (variant?: ChainVariant) =>
  chainScenario(1, middleInFlight, variant === undefined ? {} : { variant })

export const middleFailure: Preset = {
  id: 'chain-middle-failure',
  title: 'Middle failure: in-flight updates resent',
  summary:
    'n2 crashes with update 1 (x = 1) half passed on: n1 sent it, n3 never got it. The ' +
    'master links n1 to n3 under version 2; n3 reports that it has nothing beyond update ' +
    '0, and n1 resends update 1 from its Sent list. n3 applies it, answers the client and ' +
    'acknowledges it to n1.',
  scenario: middleFailureScenario(),
  t: 590,
}
