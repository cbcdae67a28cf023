/**
 * Lesson validation: a lesson file or link is untrusted like a scenario. It is read as
 * data only, and the first problem is reported in one line that names its field
 * (`steps[2].question.answer: …`); the lesson's scenario goes through the scenario
 * validator, its fields named under `scenario.`.
 */

import { loadScenario } from '../scenario/migrate'
import {
  FieldError,
  checkKeys,
  fail,
  field,
  isRecord,
  list,
  nodeIdIn,
  numberIn,
  quote,
  requireArray,
  requireRecord,
  stringUpTo,
  type Path,
} from '../scenario/validate-fields'
import { MAX_AT_MS } from '../scenario/validate-inputs'
import type { SpecLookup } from '../scenario/validate'
import type { ProtocolSpec } from '../sim/protocol'
import type { Scenario } from '../scenario/types'
import {
  LESSON_VERSION,
  type Expectation,
  type Lesson,
  type LessonStep,
  type Question,
  type Until,
} from './types'

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; error: string }

export const MAX_STEPS = 100
const MAX_TEXT = 4000
const MAX_CHOICES = 6
const TOP_FIELDS = ['version', 'title', 'summary', 'scenario', 'steps']
const STEP_FIELDS = ['at', 'until', 'afterMs', 'text', 'highlight', 'question', 'expect']

/** Raw JSON → a lesson, or a one-line message naming the problem. Never throws. */
export function parseLesson(raw: unknown, specLookup: SpecLookup): LessonResult {
  try {
    return { ok: true, lesson: readLesson(raw, specLookup) }
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message }
    return { ok: false, error: 'lesson: could not be read' }
  }
}

function readLesson(raw: unknown, specLookup: SpecLookup): Lesson {
  if (!isRecord(raw)) fail(['lesson'], 'must be a JSON object with version, title, scenario, steps')
  const version = field(raw, 'version')
  if (version !== LESSON_VERSION) {
    const reads = `this build reads lesson version ${LESSON_VERSION}`
    fail(['version'], version === undefined ? `required (${reads})` : `must be 1 (${reads})`)
  }
  checkKeys(raw, TOP_FIELDS, [], 'unknown field')
  const title = stringUpTo(field(raw, 'title'), ['title'], 120, true)
  const summary = stringUpTo(field(raw, 'summary') ?? '', ['summary'], 400, false)
  const scenario = readScenario(field(raw, 'scenario'), specLookup)
  const spec = specLookup(scenario.protocol)!
  const rawSteps = requireArray(field(raw, 'steps'), ['steps'], 'a list of steps')
  if (rawSteps.length === 0 || rawSteps.length > MAX_STEPS) {
    fail(['steps'], `must hold from 1 to ${MAX_STEPS} steps (has ${rawSteps.length})`)
  }
  const steps = rawSteps.map((s, i) => readStep(s, ['steps', i], scenario, spec))
  return { version: LESSON_VERSION, title, summary, scenario, steps }
}

function readScenario(value: unknown, specLookup: SpecLookup): Scenario {
  if (value === undefined) fail(['scenario'], 'required, the scenario the lesson runs')
  const loaded = loadScenario(value, specLookup)
  if (loaded.ok) return loaded.scenario
  // The scenario's own messages name its fields from its top (`inputs[3].node`).
  const error = loaded.error.startsWith('scenario') ? loaded.error : `scenario.${loaded.error}`
  throw new FieldError(error)
}

function readStep(value: unknown, path: Path, scenario: Scenario, spec: ProtocolSpec): LessonStep {
  const s = requireRecord(value, path, 'an object such as {"at": 0, "text": "…"}')
  checkKeys(s, STEP_FIELDS, path, 'unknown field for a step')
  const at = field(s, 'at')
  const until = field(s, 'until')
  if ((at === undefined) === (until === undefined)) {
    fail(path, 'needs exactly one of "at" (a time) and "until" (an event)')
  }
  const text = stringUpTo(field(s, 'text'), [...path, 'text'], MAX_TEXT, true)
  const afterMs = field(s, 'afterMs')
  const highlight = field(s, 'highlight')
  const question = field(s, 'question')
  const expect = field(s, 'expect')
  return {
    ...(at === undefined ? {} : { at: numberIn(at, [...path, 'at'], 0, MAX_AT_MS) }),
    ...(until === undefined ? {} : { until: readUntil(until, [...path, 'until'], scenario, spec) }),
    ...(afterMs === undefined
      ? {}
      : { afterMs: numberIn(afterMs, [...path, 'afterMs'], 0, MAX_AT_MS) }),
    text,
    ...(highlight === undefined
      ? {}
      : { highlight: readHighlight(highlight, [...path, 'highlight'], scenario) }),
    ...(question === undefined ? {} : { question: readQuestion(question, [...path, 'question']) }),
    ...(expect === undefined ? {} : { expect: readExpect(expect, [...path, 'expect'], scenario) }),
  }
}

function readUntil(value: unknown, path: Path, scenario: Scenario, spec: ProtocolSpec): Until {
  const u = requireRecord(value, path, 'an object such as {"role": "leader"}')
  if (field(u, 'role') !== undefined) {
    checkKeys(u, ['role', 'node'], path, 'unknown field for a role event')
    const role = stringUpTo(field(u, 'role'), [...path, 'role'], 40, true)
    const roles = Object.keys(spec.roles)
    if (!roles.includes(role)) {
      fail([...path, 'role'], `${spec.name} has no role ${quote(role)} (roles: ${list(roles)})`)
    }
    const node = field(u, 'node')
    return node === undefined
      ? { role }
      : { role, node: nodeIdIn(node, [...path, 'node'], scenario.nodes) }
  }
  if (field(u, 'violation') !== undefined) {
    checkKeys(u, ['violation'], path, 'unknown field for a violation event')
    return { violation: stringUpTo(field(u, 'violation'), [...path, 'violation'], 80, true) }
  }
  if (field(u, 'reply') !== undefined) {
    checkKeys(u, ['reply', 'op'], path, 'unknown field for a reply event')
    const reply = field(u, 'reply')
    if (reply !== 'ok' && reply !== 'timeout' && reply !== 'any') {
      fail([...path, 'reply'], 'must be "ok", "timeout" or "any"')
    }
    const op = field(u, 'op')
    return op === undefined
      ? { reply }
      : { reply, op: numberIn(op, [...path, 'op'], 1, 100_000, true) }
  }
  return fail(path, 'must name an event: {"role": …}, {"violation": …} or {"reply": …}')
}

function readHighlight(value: unknown, path: Path, scenario: Scenario) {
  const h = requireRecord(value, path, 'an object such as {"nodes": ["n1"]}')
  checkKeys(h, ['nodes', 'messages'], path, 'unknown field for a highlight')
  const nodes = field(h, 'nodes')
  const messages = field(h, 'messages')
  return {
    ...(nodes === undefined
      ? {}
      : {
          nodes: requireArray(nodes, [...path, 'nodes'], 'a list of node ids').map((n, i) =>
            nodeIdIn(n, [...path, 'nodes', i], scenario.nodes),
          ),
        }),
    ...(messages === undefined
      ? {}
      : {
          messages: requireArray(messages, [...path, 'messages'], 'a list of message ids').map(
            (m, i) => numberIn(m, [...path, 'messages', i], 1, 10_000_000, true),
          ),
        }),
  }
}

function readQuestion(value: unknown, path: Path): Question {
  const q = requireRecord(value, path, 'an object with prompt, choices, answer, explanation')
  checkKeys(q, ['prompt', 'choices', 'answer', 'explanation'], path, 'unknown field for a question')
  const prompt = stringUpTo(field(q, 'prompt'), [...path, 'prompt'], 400, true)
  const raw = requireArray(field(q, 'choices'), [...path, 'choices'], 'a list of choices')
  if (raw.length < 2 || raw.length > MAX_CHOICES) {
    fail([...path, 'choices'], `must hold from 2 to ${MAX_CHOICES} choices (has ${raw.length})`)
  }
  const choices = raw.map((c, i) => stringUpTo(c, [...path, 'choices', i], 200, true))
  const answer = field(q, 'answer')
  if (answer === undefined) fail([...path, 'answer'], 'required, the index of the right choice')
  if (
    typeof answer !== 'number' ||
    !Number.isInteger(answer) ||
    answer < 0 ||
    answer >= raw.length
  ) {
    fail([...path, 'answer'], `must be the index of a choice, from 0 to ${raw.length - 1}`)
  }
  const explanation = stringUpTo(field(q, 'explanation'), [...path, 'explanation'], 2000, true)
  return { prompt, choices, answer, explanation }
}

function readExpect(value: unknown, path: Path, scenario: Scenario): Expectation {
  const e = requireRecord(value, path, 'an object such as {"nodes": {"n1": "leader, term 1"}}')
  checkKeys(e, ['nodes', 'violations'], path, 'unknown field for an expectation')
  const nodes = field(e, 'nodes')
  const violations = field(e, 'violations')
  const named: Record<string, string> = {}
  if (nodes !== undefined) {
    const record = requireRecord(nodes, [...path, 'nodes'], 'an object from node ids to names')
    for (const [id, name] of Object.entries(record)) {
      nodeIdIn(id, [...path, 'nodes', id], scenario.nodes)
      named[id] = stringUpTo(name, [...path, 'nodes', id], 120, true)
    }
  }
  return {
    ...(nodes === undefined ? {} : { nodes: named }),
    ...(violations === undefined
      ? {}
      : {
          violations: requireArray(violations, [...path, 'violations'], 'a list of names').map(
            (v, i) => stringUpTo(v, [...path, 'violations', i], 80, true),
          ),
        }),
  }
}
