/**
 * Multi-Paxos with one rule taken out: deliberately broken versions for teaching, and for
 * testing that the checkers catch what each rule is there to prevent. Each id is a switch
 * in the pure rules; the machine is the same for all of them.
 */

import type { VariantInfo } from '../presentation'

export const PAXOS_VARIANT_IDS = [
  'accept-any-value',
  'no-promise-check',
  'volatile-acceptor',
] as const

export type PaxosVariant = (typeof PAXOS_VARIANT_IDS)[number]

export const PAXOS_VARIANTS: readonly (VariantInfo & { readonly id: PaxosVariant })[] = [
  {
    id: 'accept-any-value',
    title: 'A new leader ignores the values reported in promises',
    explanation:
      'After Phase 1 a new leader must propose, in every open slot, the value with the ' +
      'highest ballot that the promises reported, because that value may already have been ' +
      'chosen by a majority that the leader never heard from. Here the leader ignores the ' +
      'reports and proposes its own value, a no-op, in each of those slots. When an earlier ' +
      'leader got a command accepted by a majority and crashed before anyone learned it, ' +
      'the new leader gets a majority to accept the no-op in the same slot: two values ' +
      'chosen for one slot, which the Agreement check reports.',
  },
  {
    id: 'no-promise-check',
    title: 'An acceptor accepts below the ballot it promised',
    explanation:
      'A promise in Phase 1 is a promise not to accept any proposal with a lower ballot, ' +
      'and that is what lets a new leader trust the values it was told about. Here an ' +
      'acceptor takes an Accept at any ballot. A deposed leader cut off by a partition keeps ' +
      'resending its Accepts; when the partition heals, the acceptors that promised the new ' +
      'leader accept the old command too, in a slot where the new leader already had another ' +
      'one chosen. A majority has then accepted two different values for one slot, which ' +
      'breaks Agreement.',
  },
  {
    id: 'volatile-acceptor',
    title: 'Promises and accepted values are lost in a crash',
    explanation:
      'An acceptor must write its promised ballot and its accepted values to stable storage ' +
      'before it answers, since they are promises made to proposers. Here a crash wipes ' +
      'them, so a restarted acceptor has promised nothing, and the Promise Monotonicity check ' +
      'catches its ballot going backwards. The harm follows: the restarted node no longer ' +
      'reports the value it helped choose, so a later leader whose majority includes it can ' +
      'propose another value in that slot and get it chosen, which breaks Agreement.',
  },
]

/** The variant a scenario names, or null for the protocol as published. */
export function paxosVariant(name: string | undefined): PaxosVariant | null {
  if (name === undefined) return null
  const known = PAXOS_VARIANT_IDS.find((id) => id === name)
  if (known === undefined) throw new Error(`paxos has no variant "${name}"`)
  return known
}
