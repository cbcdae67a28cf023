/**
 * The lesson format, version 1, as zod schemas: the source of truth for what a lesson may
 * hold, for validation (validate.ts) and for the JSON Schema editors read. A step's node ids
 * and roles depend on the lesson's scenario, so the steps' schema is made for its protocol
 * and cluster size, once the scenario has been read.
 */

import { z } from 'zod'
import {
  expecting,
  help,
  nodeId,
  numberIn,
  strictObject,
  stringUpTo,
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
      summary: help(
        stringUpTo(400, false),
        'Summary',
        'One or two sentences for the lesson list',
      ).optional(),
      scenario: z.unknown().optional(),
      steps: z.unknown().optional(),
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
  return z
    .array(stepSchema(context), { error })
    .min(1, { error })
    .max(MAX_STEPS, { error })
    .meta({ title: 'Steps', description: 'The lesson in order: each step a moment of the run.' })
}

function stepSchema(context: StepContext) {
  const time = numberIn(0, MAX_AT_MS)
  return strictObject(
    {
      at: help(
        time,
        'Time (virtual ms)',
        'The step\'s moment; give either "at" or "until"',
      ).optional(),
      until: untilSchema(context).optional(),
      afterMs: help(
        time,
        'After (virtual ms)',
        'Time after the `until` event (default 0)',
      ).optional(),
      text: help(
        stringUpTo(MAX_TEXT, true),
        'Text',
        'The narration: paragraphs separated by a blank line',
      ),
      highlight: highlightSchema(context.nodes).optional(),
      question: questionSchema().optional(),
      expect: expectSchema(context.nodes).optional(),
    },
    'unknown field for a step',
    expecting('an object such as {"at": 0, "text": "…"}'),
  ).superRefine(atOrUntil, { when: () => true })
}

/** Checked even when a field is wrong too, since it is the step's own problem and comes first. */
function atOrUntil(step: unknown, ctx: z.RefinementCtx) {
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
      role: z.enum([first, ...rest], { error: roleError }).meta({ title: 'Role' }),
      node: nodeId(nodes).optional(),
    },
    ...event('role'),
  ).meta({ title: 'Role event', description: 'A node (or the one given) takes this role' })
  const violation = strictObject(
    { violation: help(stringUpTo(80, true), 'Invariant') },
    ...event('violation'),
  ).meta({ title: 'Violation event', description: 'A safety property is first reported broken' })
  const reply = strictObject(
    {
      reply: z
        .enum(['ok', 'timeout', 'any'], { error: () => 'must be "ok", "timeout" or "any"' })
        .meta({ title: 'Reply' }),
      op: help(
        numberIn(1, 100_000, true),
        'Operation',
        'The nth client operation of the run',
      ).optional(),
    },
    ...event('reply'),
  ).meta({ title: 'Reply event', description: 'A client operation returns' })
  return z
    .union([role, violation, reply], {
      error: () => 'must name an event: {"role": …}, {"violation": …} or {"reply": …}',
    })
    .meta({ title: 'Until', description: 'The step is the first moment this happens' })
}

function highlightSchema(nodes?: number) {
  return strictObject(
    {
      nodes: z.array(nodeId(nodes), { error: expecting('a list of node ids') }).optional(),
      messages: z
        .array(numberIn(1, 10_000_000, true), { error: expecting('a list of message ids') })
        .meta({ description: 'Message ids, which count sends from 1 (as drop inputs name them)' })
        .optional(),
    },
    'unknown field for a highlight',
    expecting('an object such as {"nodes": ["n1"]}'),
  ).meta({ title: 'Highlight', description: 'Nodes and messages to point at' })
}

/** A "predict, then see" question: the answer shows once the reader picks a choice. */
function questionSchema() {
  const count = (iss: RawIssue) =>
    Array.isArray(iss.input)
      ? `must hold from 2 to ${MAX_CHOICES} choices (has ${iss.input.length})`
      : expecting('a list of choices')(iss)
  return strictObject(
    {
      prompt: help(stringUpTo(400, true), 'Prompt'),
      choices: z
        .array(stringUpTo(200, true), { error: count })
        .min(2, { error: count })
        .max(MAX_CHOICES, { error: count })
        .meta({ title: 'Choices' }),
      answer: z
        .number({ error: answerError })
        .min(0, { error: answerError })
        .meta({ title: 'Answer', description: 'The index of the right choice, from 0' }),
      explanation: help(
        stringUpTo(2000, true),
        'Explanation',
        'Why that is the answer: shown after the pick',
      ),
    },
    'unknown field for a question',
    expecting('an object with prompt, choices, answer, explanation'),
  )
    .superRefine(answerIsAChoice, { when: () => true })
    .meta({ title: 'Question' })
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
function answerIsAChoice(question: unknown, ctx: z.RefinementCtx) {
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
  return strictObject(
    {
      nodes: z
        .record(nodeId(nodes), stringUpTo(120, true), { error: namesError })
        .meta({
          description: 'Node id → the rest of its accessible name: "leader, term 1", "crashed"',
        })
        .optional(),
      violations: z
        .array(stringUpTo(80, true), { error: expecting('a list of names') })
        .meta({ description: 'Every safety property reported broken by then, in order' })
        .optional(),
    },
    'unknown field for an expectation',
    expecting('an object such as {"nodes": {"n1": "leader, term 1"}}'),
  ).meta({ title: 'Expect' })
}

/** A bad key's own message (`no node "n7" …`) comes with its issue; see schema-issues.ts. */
function namesError(iss: RawIssue): string {
  return iss.code === 'invalid_key' ? '' : expecting('an object from node ids to names')(iss)
}
