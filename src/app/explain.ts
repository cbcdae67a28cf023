/** Plain words for what the checks find: a violation and why it matters, a variant's story. */

import { RAFT_INVARIANT_NOTES } from '../protocols/raft/invariant-notes'
import { RAFT_VARIANTS } from '../protocols/raft/variants'

const NOTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  raft: RAFT_INVARIANT_NOTES,
}

/** "n2 and n4 are both leaders of term 3: a term may have one leader only, …". */
export function explainViolation(protocol: string, invariant: string, message: string): string {
  const note = NOTES[protocol]?.[invariant]
  return note === undefined ? message : `${message}: ${note}.`
}

export interface VariantStory {
  readonly title: string
  readonly explanation: string
}

export function variantStory(protocol: string, variant: string | undefined): VariantStory | null {
  if (variant === undefined || protocol !== 'raft') return null
  return RAFT_VARIANTS.find((v) => v.id === variant) ?? null
}
