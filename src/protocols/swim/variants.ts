/** SWIM with one rule taken out: a deliberately broken version for teaching and for the checkers. */

import type { VariantInfo } from '../presentation'

export const SWIM_VARIANT_IDS = ['no-suspicion'] as const

export type SwimVariant = (typeof SWIM_VARIANT_IDS)[number]

export const SWIM_VARIANTS: readonly (VariantInfo & { readonly id: SwimVariant })[] = [
  {
    id: 'no-suspicion',
    title: 'A failed probe declares the member dead at once',
    explanation:
      'SWIM does not trust one missed ack: the prober first marks the member suspect and ' +
      'gossips that, and only when the suspicion outlives its timeout without a refutation ' +
      '(the suspect, hearing of it, gossips that it is alive at a higher incarnation) is the ' +
      'member declared dead. Here the suspicion step is gone, as in the first heartbeat ' +
      'detectors: a ping and its ping-reqs lost to the network are enough to declare a live ' +
      'member dead, and the whole group drops it. The Suspected Before Declared Dead check ' +
      'reports the first live member declared dead with no suspicion period it could refute.',
  },
]

export const swimVariant = (v: string | undefined): SwimVariant | null =>
  (SWIM_VARIANT_IDS as readonly string[]).includes(v ?? '') ? (v as SwimVariant) : null
