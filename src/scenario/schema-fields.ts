/**
 * Zod field schemas that carry the app's own error messages. Each one says in words what
 * it expects, so a problem reads `must be an integer from 1 to 25` rather than zod's
 * generic wording, and a missing field reads `required, …`. The JSON Schema that editors
 * use is generated from these same schemas, so their descriptions double as editor help.
 * They use zod's mini API, whose schemas carry no methods they don't need: it keeps zod's
 * share of the app's bundle small.
 */

import { z } from 'zod/mini'
import { list, quote } from './validate-fields'

/** Zod's raw issue as an error function sees it: `input` is undefined for a missing field. */
export interface RawIssue {
  readonly code: string
  readonly input?: unknown
  readonly path?: readonly PropertyKey[]
  readonly keys?: readonly string[]
  readonly params?: Readonly<Record<string, unknown>>
}

/**
 * Params for a refinement whose issues need their full path to be worded (`… is already
 * in inputs[0].groups[0]`): zod words an issue added without a message with the check's
 * `error` once the path is complete, though the superRefine params type leaves it out.
 */
export function wordedAt(error: (iss: RawIssue) => string): z.core.$ZodSuperRefineParams {
  return { error } as z.core.$ZodSuperRefineParams
}

/** A copy of `schema` with more metadata for the JSON Schema: a title, help, a default. */
export function withMeta<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  const copy = schema.clone()
  const known = z.globalRegistry.get(schema)
  z.globalRegistry.add(copy as z.core.$ZodType, { ...known, ...meta })
  return copy
}

/** Title and help for editors; the help adds to what the schema already says it expects. */
export function help<T extends z.ZodMiniType>(schema: T, title: string, description?: string): T {
  const known = z.globalRegistry.get(schema)?.description
  const said = [description, known].filter((text) => text !== undefined)
  return withMeta(schema, { title, ...(said.length > 0 ? { description: said.join('; ') } : {}) })
}

/** `required, <expected>` for a missing field, `must be <expected>` for any other problem. */
export function expecting(expected: string) {
  return (iss: RawIssue) =>
    iss.input === undefined ? `required, ${expected}` : `must be ${expected}`
}

/**
 * Marks a message as belonging to the enclosing field: a range's `[low, high]` is one value,
 * so a bad `low` is reported on the range (`params.latencyMs`), not on `params.latencyMs[0]`.
 * schema-issues.ts reads the mark and drops the last step of the path.
 */
export const ON_PARENT = '\u0001'

/** A strict object whose unknown keys are reported one at a time, with the known ones. */
export function strictObject<S extends z.core.$ZodLooseShape>(
  shape: S,
  what: string,
  notObject: (iss: RawIssue) => string,
  known: readonly string[] = Object.keys(shape),
) {
  return z.strictObject(shape, {
    error: (iss: RawIssue) =>
      iss.code === 'unrecognized_keys' ? `${what} (known: ${list(known)})` : notObject(iss),
  })
}

export function numberIn(min: number, max: number, integer = false) {
  const expected = `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`
  const error = expecting(expected)
  const base = integer ? z.int({ error }) : z.number({ error })
  const bounded = base.check(z.minimum(min, { error }), z.maximum(max, { error }))
  return withMeta(bounded, { description: expected })
}

/** A `[low, high]` pair with min <= low <= high <= max. */
export function rangeIn(min: number, max: number) {
  const expected = `a range [low, high] of numbers with ${min} <= low <= high <= ${max}`
  const whole = expecting(expected)
  const error = () => `${ON_PARENT}must be ${expected}`
  const bound = z.number({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }))
  const pair = z.tuple([bound, bound], { error: whole })
  const ordered = pair.check(z.refine(([low, high]) => low <= high, { error: whole }))
  return withMeta(ordered, { description: expected })
}

/** JSON's own true or false: not 0 or 1, not "true", which a hand-written file might try. */
export function flag() {
  return withMeta(z.boolean({ error: expecting('true or false') }), {
    description: 'true or false',
  })
}

export function stringUpTo(max: number, nonEmpty: boolean) {
  const expected = `${nonEmpty ? 'a non-empty string' : 'a string'} of at most ${max} characters`
  const error = expecting(expected)
  return z
    .string({ error })
    .check(z.minLength(nonEmpty ? 1 : 0, { error }), z.maxLength(max, { error }))
}

/** Node ids are n1 … nN; anything else, `n0` and `n01` included, names no node. */
export const NODE_ID = /^n([1-9]\d{0,8})$/

/**
 * A node id. With `nodes` it must name a node of that cluster; without (the JSON Schema,
 * written for every cluster size) only its form is checked.
 */
/** `joins`: nodes that join while the run goes (n6, n7 after n1 … n5) are ids too. */
export function nodeId(nodes?: number, joins = 0) {
  const last = nodes === undefined ? undefined : nodes + joins
  const expected =
    last === undefined ? 'a node id such as "n1"' : `a node id from "n1" to "n${last}"`
  const form = withMeta(z.string({ error: expecting(expected) }), {
    description: 'a node id: n1 … nN in an N-node cluster',
  })
  if (last === undefined) return form.check(z.regex(NODE_ID))
  const joined = joins === 0 ? '' : ` and ${joins} ${joins === 1 ? 'join' : 'joins'}`
  const error = (iss: RawIssue) =>
    `no node ${quote(String(iss.input))} in a ${nodes}-node cluster${joined}`
  return form.check(z.refine((id) => Number(NODE_ID.exec(id)?.[1] ?? Infinity) <= last, { error }))
}

/** Message ids count sends in order, so a `drop` names the same message in every run. */
export function messageId() {
  const error = expecting('a message id, an integer from 0')
  const id = z.int({ error }).check(z.minimum(0, { error }))
  return withMeta(id, { description: 'a message id, an integer from 0' })
}

/** One of a fixed list of names, such as a client operation or a protocol variant. */
export function nameIn(
  names: readonly string[],
  messages: {
    readonly missing: string
    readonly notString: string
    readonly unknown: (name: string) => string
  },
) {
  const error = (iss: RawIssue) => {
    if (iss.input === undefined) return messages.missing
    if (typeof iss.input !== 'string') return messages.notString
    return messages.unknown(iss.input)
  }
  // z.enum needs at least one name; a protocol without variants accepts none.
  const [first, ...rest] = names
  return first === undefined ? z.never({ error }) : z.enum([first, ...rest], { error })
}
