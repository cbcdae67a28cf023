/**
 * Lessons (format version 1): a narrated run. A lesson is a scenario plus steps; each step
 * puts the cursor at a moment of that one run, says what is happening, points at nodes
 * and messages, and may ask the reader to predict what comes next. Because the run is a
 * scenario, a lesson steps back as easily as forward, and every step has a link.
 */

import type { NodeId, Scenario } from '../scenario/types'

export const LESSON_VERSION = 1

/** The first moment, after the previous step's, when something happens in the run. */
export type Until =
  /** A node takes this role (`node` given: that node). */
  | { readonly role: string; readonly node?: NodeId }
  /** A safety property is first reported broken. */
  | { readonly violation: string }
  /** A client operation returns (`op` given: the nth one of the run, from 1). */
  | { readonly reply: 'ok' | 'timeout' | 'any'; readonly op?: number }

/** A "predict, then see" question: the answer shows once the reader picks a choice. */
export interface Question {
  readonly prompt: string
  readonly choices: readonly string[]
  /** Index into `choices`. */
  readonly answer: number
  /** Why that is the answer: shown after the pick, right or wrong. */
  readonly explanation: string
}

/** What the run shows at the step, as the graph names it: checked by tests and the app. */
export interface Expectation {
  /** Node id → the rest of its accessible name: `"leader, term 1"`, `"crashed"`. */
  readonly nodes?: Readonly<Record<NodeId, string>>
  /** Every safety property reported broken by then, in the order first reported. */
  readonly violations?: readonly string[]
}

export interface LessonStep {
  /** The step's moment (virtual ms), or `until` something happens; exactly one of them. */
  readonly at?: number
  readonly until?: Until
  /** Virtual ms after the `until` event (default 0): room for the messages it sends. */
  readonly afterMs?: number
  /** The narration: plain text, paragraphs separated by a blank line. */
  readonly text: string
  readonly highlight?: {
    readonly nodes?: readonly NodeId[]
    /** Message ids, which count sends from 1 (as `drop` inputs name them). */
    readonly messages?: readonly number[]
  }
  readonly question?: Question
  readonly expect?: Expectation
}

export interface Lesson {
  readonly version: typeof LESSON_VERSION
  readonly title: string
  /** One or two sentences for the lesson list. */
  readonly summary: string
  readonly scenario: Scenario
  readonly steps: readonly LessonStep[]
}

/** A lesson that comes with the app: `#lesson=<id>` opens it. */
export interface BuiltInLesson {
  /** kebab-case and stable: links name it. */
  readonly id: string
  readonly lesson: Lesson
}
