/** Plain words for what the checks find: a violation and why it matters, a variant's story. */

import { presentationLookup } from '../protocols/presentations'
import type { VariantInfo } from '../protocols/presentation'

/** "n2 and n4 are both leaders of term 3: a term may have one leader only, …". */
export function explainViolation(protocol: string, invariant: string, message: string): string {
  const notes = presentationLookup.get(protocol)?.invariantNotes
  const note = notes !== undefined && Object.hasOwn(notes, invariant) ? notes[invariant] : undefined
  return note === undefined ? message : `${message}: ${note}.`
}

export type VariantStory = Pick<VariantInfo, 'title' | 'explanation'>

export function variantStory(protocol: string, variant: string | undefined): VariantStory | null {
  if (variant === undefined) return null
  return presentationLookup.get(protocol)?.variants.find((v) => v.id === variant) ?? null
}
