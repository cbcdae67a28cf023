/**
 * Dynamo with one rule taken out: deliberately broken versions for teaching, and for
 * testing that the checkers catch what each rule is there to prevent.
 */

import type { VariantInfo } from '../presentation'

export const DYNAMO_VARIANT_IDS = ['no-read-repair', 'lww-clock-skew'] as const

export type DynamoVariant = (typeof DYNAMO_VARIANT_IDS)[number]

export const DYNAMO_VARIANTS: readonly (VariantInfo & { readonly id: DynamoVariant })[] = [
  {
    id: 'no-read-repair',
    title: 'Reads repair nothing, and ABD reads write nothing back',
    explanation:
      'A coordinator that reads R replicas sees which of them are behind, and writes the ' +
      'newest version back to them; in ABD mode a read must even wait until a write quorum ' +
      'holds what it returns, or a later read may find only replicas that never got it. ' +
      'Here reads answer the client and repair nothing. A put that reached one replica ' +
      'before its coordinator failed can then be read once, at that replica, and not read ' +
      'again by the next client, which sees the older value from the rest: a new value ' +
      'followed by an old one, which the linearizability check of the client history ' +
      'reports even in ABD mode with majority quorums. In ABD mode the Reads Written Back ' +
      'check sees it sooner, as the first read returns a value fewer than W replicas hold.',
  },
  {
    id: 'lww-clock-skew',
    title: 'Last-writer-wins with node clocks hundreds of ms apart',
    explanation:
      'With last-writer-wins a replica keeps, of two versions, the one with the later ' +
      'timestamp, read from the coordinator’s clock. That is only as good as the clocks: ' +
      'here they are 300 ms apart (n1 behind, n3 ahead, and so on round the ring). A put ' +
      'coordinated by a node whose clock is behind gets an older timestamp than a put ' +
      'that finished before it began, so every replica keeps the older value and drops ' +
      'the newer one, though the client was told it was stored on W replicas. The ' +
      'Acknowledged Writes Survive check reports the write the skew threw away.',
  },
]

/** The variant a scenario names, or null for the protocol as published. */
export function dynamoVariant(name: string | undefined): DynamoVariant | null {
  if (name === undefined) return null
  const known = DYNAMO_VARIANT_IDS.find((id) => id === name)
  if (known === undefined) throw new Error(`dynamo has no variant "${name}"`)
  return known
}

/** A node's clock skew in the lww-clock-skew variant: −300, 0 or +300 ms by its number. */
export function skewOf(variant: DynamoVariant | null, id: string): number {
  if (variant !== 'lww-clock-skew') return 0
  return ((Number(id.slice(1)) % 3) - 1) * 300
}
