/** All-reduce with one rule taken out: a deliberately broken version for teaching and for the checkers. */

import type { VariantInfo } from '../presentation'

export const REDUCE_VARIANT_IDS = ['no-dedup'] as const

export type ReduceVariant = (typeof REDUCE_VARIANT_IDS)[number]

export const REDUCE_VARIANTS: readonly (VariantInfo & { readonly id: ReduceVariant })[] = [
  {
    id: 'no-dedup',
    title: 'A chunk that arrives twice is added twice',
    explanation:
      'Messages are resent until acknowledged, so a receiver must expect the same partial ' +
      'sum more than once: a lost ack, a retransmission that crosses the ack, or a ' +
      'duplicate in the network. The correct receiver remembers which partial sums it ' +
      'already added (by step, phase and chunk, or by sender in the tree and the server) ' +
      'and only acknowledges a second copy. Here it adds every copy into its buffer, as ' +
      'an in-place accumulate does, and the gradient of some workers counts twice. The ' +
      'Chunk Contributions check reports the chunk that holds one worker twice, and the ' +
      'Exact Sum check the step whose sum came out wrong.',
  },
]

export const reduceVariant = (v: string | undefined): ReduceVariant | null =>
  (REDUCE_VARIANT_IDS as readonly string[]).includes(v ?? '') ? (v as ReduceVariant) : null
