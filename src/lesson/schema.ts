/**
 * The lesson format, version 1, as zod schemas: the source of truth for what a lesson may
 * hold, for validation (validate.ts) and for the JSON Schema editors read. A step's node ids
 * and roles depend on the lesson's scenario, so the steps' schema is made for its protocol
 * and cluster size, once the scenario has been read.
 */

import { z } from 'zod/mini'
import {
  expecting,
  help,
  nodeId,
  numberIn,
  strictObject,
  stringUpTo,
  withMeta,
  type RawIssue,
} from '../scenario/schema-fields'
import { schemaLinkSchema } from '../scenario/schema'
import { MAX_AT_MS } from '../scenario/validate-inputs'
import { isRecord, list, quote } from '../scenario/validate-fields'
import { LESSON_VERSION } from './types'

export const MAX_STEPS = 100
const MAX_TEXT = 4000
const MAX_CHOICES = 6
export const LESSON_FIELDS = ['version', 'title', 'summary', 'scenario', 'steps']

const READS = `this build reads lesson version ${LESSON_VERSION}`

/** The top level but for the scenario and steps, in the order its problems are reported. */
export const lessonHeaderSchemas = [
  z.object({
    version: z.literal(LESSON_VERSION, {
      error: (iss) => (iss.input === undefined ? `required (${READS})` : `must be 1 (${READS})`),
    }),
  }),
  strictObject(
    {
      $schema: schemaLinkSchema,
      version: z.literal(LESSON_VERSION),
      title: help(stringUpTo(120, true), 'Title'),
      summary: z.optional(
        help(stringUpTo(400, false), 'Summary', 'One or two sentences for the lesson list'),
      ),
      scenario: z.optional(z.unknown()),
      steps: z.optional(z.unknown()),
    },
    'unknown field',
    expecting('a JSON object'),
    LESSON_FIELDS,
  ),
] as const

/** What the steps of one lesson may name: its protocol's roles, its cluster's nodes. */
export interface StepContext {
  readonly protocol: string
  readonly roles: readonly string[]
  /** Left out for the JSON Schema, which is written for every cluster size. */
  readonly nodes?: number
}

export function stepsSchema(context: StepContext) {
  const error = (iss: RawIssue) =>
    Array.isArray(iss.input)
      ? `must hold from 1 to ${MAX_STEPS} steps (has ${iss.input.length})`
      : expecting('a list of steps')(iss)
  const steps = z
    .array(stepSchema(context), { error })
    .check(z.minLength(1, { error }), z.maxLength(MAX_STEPS, { error }))
  return withMeta(steps, {
    title: 'Steps',
    description: 'The lesson in order: each step a moment of the run',
  })
}

function stepSchema(context: StepContext) {
  const time = numberIn(0, MAX_AT_MS)
  const step = strictObject(
    {
      at: z.optional(help(time, 'Time (virtual ms)', 'The step\'s moment; give "at" or "until"')),
      until: z.optional(untilSchema(context)),
      afterMs: z.optional(help(time, 'After (virtual ms)', 'Time after the "until" event')),
      text: help(
        stringUpTo(MAX_TEXT, true),
        'Text',
        'The narration: paragraphs split by a blank line',
      ),
      highlight: z.optional(highlightSchema(context.nodes)),
      question: z.optional(questionSchema()),
      expect: z.optional(expectSchema(context.nodes)),
    },
    'unknown field for a step',
    expecting('an object such as {"at": 0, "text": "…"}'),
  )
  return step.check(z.superRefine(atOrUntil, { when: () => true }))
}

/**
 * Checked even when a field is wrong too, since it is the step's own problem and comes
 * first; zod skips it only after an integer check failed below the step.
 */
function atOrUntil(step: unknown, ctx: z.core.$RefinementCtx) {
  if (!isRecord(step) || (step['at'] === undefined) !== (step['until'] === undefined)) return
  ctx.addIssue({
    code: 'custom',
    message: 'needs exactly one of "at" (a time) and "until" (an event)',
  })
}

/** The unknown-field message, and the not-an-object message, of one kind of event. */
function event(what: string) {
  return [
    `unknown field for a ${what} event`,
    expecting('an object such as {"role": "leader"}'),
  ] as const
}

/** The first moment, after the previous step's, when something happens in the run. */
function untilSchema({ protocol, roles, nodes }: StepContext) {
  const roleError = (iss: RawIssue) =>
    typeof iss.input === 'string' && iss.input.length >= 1 && iss.input.length <= 40
      ? `${protocol} has no role ${quote(iss.input)} (roles: ${list(roles)})`
      : expecting('a non-empty string of at most 40 characters')(iss)
  const [first = '', ...rest] = roles
  const role = strictObject(
    {
      role: withMeta(z.enum([first, ...rest], { error: roleError }), { title: 'Role' }),
      node: z.optional(nodeId(nodes)),
    },
    ...event('role'),
  )
  const violation = strictObject(
    { violation: help(stringUpTo(80, true), 'Invariant') },
    ...event('violation'),
  )
  const replies = z.enum(['ok', 'timeout', 'any'], {
    error: () => 'must be "ok", "timeout" or "any"',
  })
  const op = help(numberIn(1, 100_000, true), 'Operation', 'The nth client operation of the run')
  const reply = strictObject(
    { reply: withMeta(replies, { title: 'Reply' }), op: z.optional(op) },
    ...event('reply'),
  )
  const until = z.union(
    [
      withMeta(role, {
        title: 'Role event',
        description: 'A node (or the one given) takes this role',
      }),
      withMeta(violation, {
        title: 'Violation event',
        description: 'A safety property is first reported broken',
      }),
      withMeta(reply, { title: 'Reply event', description: 'A client operation returns' }),
    ],
    { error: () => 'must name an event: {"role": …}, {"violation": …} or {"reply": …}' },
  )
  return withMeta(until, {
    title: 'Until',
    description: 'The step is the first moment this happens after the previous step',
  })
}

function highlightSchema(nodes?: number) {
  const messages = z.array(numberIn(1, 10_000_000, true), {
    error: expecting('a list of message ids'),
  })
  const highlight = strictObject(
    {
      nodes: z.optional(z.array(nodeId(nodes), { error: expecting('a list of node ids') })),
      messages: z.optional(
        withMeta(messages, {
          description: 'Message ids, which count sends from 1 (as drop inputs name them)',
        }),
      ),
    },
    'unknown field for a highlight',
    expecting('an object such as {"nodes": ["n1"]}'),
  )
  return withMeta(highlight, { title: 'Highlight', description: 'Nodes and messages to point at' })
}

/** A "predict, then see" question: the answer shows once the reader picks a choice. */
function questionSchema() {
  const count = (iss: RawIssue) =>
    Array.isArray(iss.input)
      ? `must hold from 2 to ${MAX_CHOICES} choices (has ${iss.input.length})`
      : expecting('a list of choices')(iss)
  const choices = z
    .array(stringUpTo(200, true), { error: count })
    .check(z.minLength(2, { error: count }), z.maxLength(MAX_CHOICES, { error: count }))
  const answer = z.number({ error: answerError }).check(z.minimum(0, { error: answerError }))
  const question = strictObject(
    {
      prompt: help(stringUpTo(400, true), 'Prompt'),
      choices: withMeta(choices, { title: 'Choices' }),
      answer: withMeta(answer, {
        title: 'Answer',
        description: 'The index of the right choice, from 0',
      }),
      explanation: help(
        stringUpTo(2000, true),
        'Explanation',
        'Why that is the answer: shown after the pick',
      ),
    },
    'unknown field for a question',
    expecting('an object with prompt, choices, answer, explanation'),
  )
  const checked = question.check(z.superRefine(answerIsAChoice, { when: () => true }))
  return withMeta(checked, { title: 'Question' })
}

function answerError(iss: RawIssue): string {
  return iss.input === undefined
    ? 'required, the index of the right choice'
    : 'must be the index of a choice'
}

/**
 * How many choices there are is known only here, so the answer's message is worded here,
 * whatever is wrong with it: not a whole number, out of range, or found wrong by its own
 * check (which may leave it out of `question`, so that check's issue tells). A fraction
 * passes the field's own check on purpose: zod skips even this refinement after an `int`
 * check fails.
 */
function answerIsAChoice(question: unknown, ctx: z.core.$RefinementCtx) {
  if (!isRecord(question)) return
  const { answer, choices } = question
  if (!Array.isArray(choices) || choices.length < 2 || choices.length > MAX_CHOICES) return
  const wrong = ctx.issues.some((iss) => iss.path?.[0] === 'answer' && iss.input !== undefined)
  const isChoice = Number.isInteger(answer) && (answer as number) < choices.length
  if (!wrong && (answer === undefined || isChoice)) return
  ctx.addIssue({
    code: 'custom',
    path: ['answer'],
    message: `must be the index of a choice, from 0 to ${choices.length - 1}`,
  })
}

/** What the run shows at the step, as the graph names it: checked by tests and the app. */
function expectSchema(nodes?: number) {
  const names = z.record(nodeId(nodes), stringUpTo(120, true), { error: namesError })
  const violations = z.array(stringUpTo(80, true), { error: expecting('a list of names') })
  const expectation = strictObject(
    {
      nodes: z.optional(
        withMeta(names, {
          description: 'Node id → the rest of its accessible name: "leader, term 1", "crashed"',
        }),
      ),
      violations: z.optional(
        withMeta(violations, {
          description: 'Every safety property reported broken by then, in order',
        }),
      ),
    },
    'unknown field for an expectation',
    expecting('an object such as {"nodes": {"n1": "leader, term 1"}}'),
  )
  return withMeta(expectation, { title: 'Expect' })
}

/** A bad key's own message (`no node "n7" …`) comes with its issue; see schema-issues.ts. */
function namesError(iss: RawIssue): string {
  return iss.code === 'invalid_key' ? '' : expecting('an object from node ids to names')(iss)
}
