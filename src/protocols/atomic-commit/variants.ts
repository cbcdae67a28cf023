/**
 * Two-phase commit with one rule taken out: deliberately broken versions for teaching,
 * and for testing that the checkers catch what each rule is there to prevent.
 */

import type { VariantInfo } from '../presentation'

export const COMMIT_VARIANT_IDS = ['presume-commit-on-timeout', 'volatile-decision'] as const

export type CommitVariant = (typeof COMMIT_VARIANT_IDS)[number]

export const COMMIT_VARIANTS: readonly (VariantInfo & { readonly id: CommitVariant })[] = [
  {
    id: 'presume-commit-on-timeout',
    title: 'A prepared participant that hears nothing commits on its own',
    explanation:
      'A participant that voted yes has given up its right to decide: only the ' +
      'coordinator knows whether every other participant voted yes too, so the ' +
      'participant must wait, blocked, until it learns the outcome. Here a prepared ' +
      'participant that hears nothing before its timeout commits on its own. When another ' +
      'participant voted no, or the coordinator timed out waiting for a vote, the ' +
      'coordinator aborts, and the transaction ends committed at one participant and ' +
      'aborted at another, which the Atomicity check reports; No Commit Without Votes ' +
      'reports the commit made without every yes vote.',
  },
  {
    id: 'volatile-decision',
    title: 'The coordinator keeps its decisions in memory only',
    explanation:
      'The coordinator must write its decision to disk before it tells anyone, because a ' +
      'participant that missed the outcome will ask again after a crash. Here the ' +
      'decision log is lost when the coordinator crashes. It decides commit, tells one ' +
      'participant and crashes; restarted, it remembers nothing, and answers the other ' +
      'participant’s question as if the transaction never reached a decision: abort. One ' +
      'participant committed and the other aborted, which the Atomicity check reports.',
  },
]

/** The variant a scenario names, or null for the protocol as published. */
export function commitVariant(name: string | undefined): CommitVariant | null {
  if (name === undefined) return null
  const known = COMMIT_VARIANT_IDS.find((id) => id === name)
  if (known === undefined) throw new Error(`2pc has no variant "${name}"`)
  return known
}
