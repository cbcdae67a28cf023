/** Nakamoto consensus with a miner that breaks its rules on purpose: for teaching and for the checkers. */

import type { VariantInfo } from '../presentation'

export const NAKAMOTO_VARIANT_IDS = ['selfish-mining'] as const

export type NakamotoVariant = (typeof NAKAMOTO_VARIANT_IDS)[number]

export const NAKAMOTO_VARIANTS: readonly (VariantInfo & { readonly id: NakamotoVariant })[] = [
  {
    id: 'selfish-mining',
    title: 'n1 mines selfishly: it withholds its blocks and publishes them to orphan others’',
    explanation:
      'An honest miner sends every block it finds to all at once, so that everyone mines on ' +
      'it. Here n1 follows Eyal and Sirer’s selfish strategy: it keeps its blocks on a ' +
      'private branch, and publishes them only when the others catch up, so that their ' +
      'blocks on the public branch are orphaned. With a share of the hash power above a ' +
      'third (and no help from the network in races), n1 gets more than its share of the ' +
      'main chain, and the honest miners waste work. The Found Blocks Published check ' +
      'reports the first block n1 keeps to itself; the measures show its share of the chain.',
  },
]

export const nakamotoVariant = (v: string | undefined): NakamotoVariant | null =>
  (NAKAMOTO_VARIANT_IDS as readonly string[]).includes(v ?? '') ? (v as NakamotoVariant) : null
