/**
 * Branches: every intervention is an input added to the scenario at the cursor. One made
 * at a past moment (before the furthest point seen, or before inputs that came later)
 * starts a branch: the old run stays in the list and can be switched back to.
 */

import type { Timeline } from '../timeline/timeline'
import type { InputBody } from '../scenario/describe-input'
import type { Input, Scenario } from '../scenario/types'

export interface Branch {
  readonly id: number
  readonly label: string
  readonly scenario: Scenario
  readonly timeline: Timeline
  /** The furthest cursor time reached in this branch. */
  readonly seenUntil: number
}

/**
 * How far the open branch has been seen: the furthest cursor reached in it, and never
 * before the cursor. Views that draw a run "so far" (the charts, the timeline's marks,
 * protocol timelines) end here.
 */
export function seenUntilOf(s: {
  readonly branches: readonly Branch[]
  readonly branchId: number
  readonly cursor: number
}): number {
  const branch = s.branches.find((b) => b.id === s.branchId)
  return Math.max(branch?.seenUntil ?? s.cursor, s.cursor)
}

/** An input without its time: the store stamps it with the cursor's. */
export type Action = InputBody

/** Inserts an input after every input at or before its time (the kernel's order). */
export function insertInput(inputs: readonly Input[], input: Input): Input[] {
  const after = inputs.findIndex((i) => i.at > input.at)
  const out = inputs.slice()
  out.splice(after < 0 ? out.length : after, 0, input)
  return out
}

/** Whether adding an input at `at` would rewrite a future already seen or planned. */
export function rewritesFuture(branch: Branch, at: number): boolean {
  return at < branch.seenUntil || branch.scenario.inputs.some((i) => i.at > at)
}

/** A form's verdict: the action it makes, or what is wrong with it. */
export type Checked<A extends Action> =
  { readonly ok: true; readonly action: A } | { readonly ok: false; readonly error: string }
