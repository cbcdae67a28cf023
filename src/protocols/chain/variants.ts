/**
 * Chain replication with one rule taken out: deliberately broken versions for teaching,
 * and for testing that the checkers catch what each rule is there to prevent.
 */

import type { VariantInfo } from '../presentation'

export const CHAIN_VARIANT_IDS = ['read-any-node', 'no-resend-on-repair'] as const

export type ChainVariant = (typeof CHAIN_VARIANT_IDS)[number]

export const CHAIN_VARIANTS: readonly (VariantInfo & { readonly id: ChainVariant })[] = [
  {
    id: 'read-any-node',
    title: 'Any server answers reads from its own store',
    explanation:
      'Only the tail may answer a read, because only the tail holds exactly the writes ' +
      'that are committed: a server higher up already has writes that have not reached the ' +
      'tail, and one cut off from the chain may lack writes that have. Here every server ' +
      'answers a read from its own store, with no check with the tail as CRAQ would make. ' +
      'A read at the head sees a write before it commits, and a later read at the tail ' +
      'does not see it; or a read at a server the master replaced returns an old value. ' +
      'No server breaks a rule of its own, so only the linearizability check of the client ' +
      'history catches it.',
  },
  {
    id: 'no-resend-on-repair',
    title: 'A failed middle server’s in-flight updates are not resent',
    explanation:
      'When a middle server fails, the master links its predecessor to its successor; the ' +
      'successor reports the last update it has, and the predecessor must resend from its ' +
      'Sent list every update the successor lacks, since the failed server may have taken ' +
      'them without passing them on. Here the predecessor takes its Sent list as delivered ' +
      'and goes on with the next new update, which the successor applies as the next one ' +
      'on the link. The successor’s history then skips updates its predecessor has, so it ' +
      'is no longer a prefix of it, which the History Prefix check reports; a write the ' +
      'client was told about may be missing at the tail.',
  },
]

/** The variant a scenario names, or null for the protocol as published. */
export function chainVariant(name: string | undefined): ChainVariant | null {
  if (name === undefined) return null
  const known = CHAIN_VARIANT_IDS.find((id) => id === name)
  if (known === undefined) throw new Error(`chain has no variant "${name}"`)
  return known
}
