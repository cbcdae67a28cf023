/**
 * The schema of a scenario's `inputs`: one strict object per input type, told apart by
 * `type`. What one input cannot say about another (times in order, a node in one partition
 * group only) is checked on the whole list, in refinements that name the field at fault.
 */

import { z } from 'zod/mini'
import type { ProtocolSpec } from '../sim/protocol'
import { INPUT_TYPES, MEMBERSHIP_INPUTS, VOTE_INPUTS, type InputType } from './types'
import { membershipInOrder, notJoined } from './membership-order'
import {
  expecting,
  help,
  messageId,
  nameIn,
  nodeId,
  numberIn,
  rangeIn,
  strictObject,
  stringUpTo,
  type RawIssue,
  withMeta,
  wordedAt,
} from './schema-fields'
import { formatPath, list, quote } from './validate-fields'
import {
  MAX_AT_MS,
  MAX_DELAY_MS,
  MAX_INPUTS,
  MAX_KEY_LENGTH,
  MAX_LINK_LATENCY_MS,
  MAX_VALUE_LENGTH,
} from './validate-inputs'

const NOT_AN_INPUT = 'must be an object such as {"at": 0, "type": "heal"}'
/** The input types a protocol takes: join and leave only where nodes may come and go. */
function knownTypes(spec: ProtocolSpec): string {
  const takes = INPUT_TYPES.filter(
    (type) =>
      (spec.membership === true || !MEMBERSHIP_INPUTS.includes(type)) &&
      (spec.votes === true || !VOTE_INPUTS.includes(type)),
  )
  return `(known: ${list(takes)})`
}

/** What the DESIGN.md format says each input does, for editors' help. */
const HELP: Record<InputType, string> = {
  crash: 'Crash a node: it keeps what the protocol declares durable and loses the rest.',
  restart: 'Restart a crashed node from what survived the crash.',
  timeout: "Fire the node's election (or equivalent) timer now.",
  partition:
    'Cut the network into groups that reach only each other; unlisted nodes form one more group.',
  heal: 'Heal every partition.',
  client:
    'A client operation: it picks a node (or the one given), follows redirects to the leader and retries on timeout.',
  drop: 'Drop a message, named by its id (ids count sends in order).',
  duplicate: 'Deliver a message twice.',
  delay: 'Delay a message by byMs.',
  link: 'Change one link between two nodes: its loss rate and latency.',
  join: 'A new node joins the cluster: the next id after every node so far.',
  leave: 'A node leaves the cluster for good (unlike a crash, it never comes back).',
  vote: 'Force a node\'s next vote (atomic commit): "no" makes it refuse the next prepare.',
}

/**
 * One input of a scenario. `nodes` given, node ids must name a node of that cluster; left
 * out (the JSON Schema), only their form is checked.
 */
const time = help(
  numberIn(0, MAX_AT_MS),
  'Time (virtual ms)',
  'When the input happens, in virtual milliseconds from the start; inputs are in time order',
)

const voteValue = help(
  z.enum(['yes', 'no'], {
    error: (iss) =>
      iss.input === undefined
        ? 'required, "yes" or "no"'
        : typeof iss.input === 'string'
          ? `must be "yes" or "no", not ${quote(iss.input)}`
          : 'must be "yes" or "no"',
  }),
  'Vote',
)

function option<T extends InputType, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  const input = strictObject(
    { at: time, type: z.literal(type), ...shape },
    `unknown field for a "${type}" input`,
    () => NOT_AN_INPUT,
  )
  return withMeta(input, { title: `${type} input`, description: HELP[type] })
}

export function inputSchema(spec: ProtocolSpec, nodes?: number, joins = 0) {
  const node = nodeId(nodes, joins)
  const membership = spec.membership === true ? [option('join', {}), option('leave', { node })] : []
  const voting = spec.votes === true ? [option('vote', { node, value: voteValue })] : []
  return z.discriminatedUnion(
    'type',
    [
      option('crash', { node }),
      option('restart', { node }),
      option('timeout', { node }),
      option('partition', { groups: groupsSchema(nodes, joins) }),
      option('heal', {}),
      clientSchema(spec, node),
      option('drop', { message: messageId() }),
      option('duplicate', { message: messageId() }),
      option('delay', {
        message: messageId(),
        byMs: help(numberIn(0, MAX_DELAY_MS), 'Delay (ms)'),
      }),
      linkSchema(node),
      ...membership,
      ...voting,
    ],
    { error: (iss) => typeError(spec, iss) },
  )
}

/** A value that is not an object, or one whose `type` names no input type it takes. */
function typeError(spec: ProtocolSpec, iss: RawIssue): string {
  if (iss.code !== 'invalid_union') return NOT_AN_INPUT
  const type = (iss.input as Record<string, unknown>)['type']
  const known = knownTypes(spec)
  if (type === undefined) return `required ${known}`
  if (typeof type !== 'string') return `must be an input type name ${known}`
  if ((MEMBERSHIP_INPUTS as readonly string[]).includes(type)) {
    return `${spec.title} does not take ${quote(type)} inputs: its nodes are fixed for the run`
  }
  if ((VOTE_INPUTS as readonly string[]).includes(type)) {
    return `${spec.title} does not take ${quote(type)} inputs: its nodes do not vote`
  }
  return `unknown input type ${quote(type)} ${known}`
}

/**
 * Groups of nodes that can reach each other and no one else. Nodes listed in no group are
 * not left isolated one by one: together they form one more group, so `[["n1"]]` in a
 * 5-node cluster cuts n1 off from n2 … n5, which still talk to each other.
 */
function groupsSchema(nodes?: number, joins = 0) {
  const groupsExpected = 'a non-empty array of node groups, such as [["n1"], ["n2", "n3"]]'
  const groupsError = expecting(groupsExpected)
  const groupError = expecting('a non-empty array of node ids')
  const group = z
    .array(nodeId(nodes, joins), { error: groupError })
    .check(z.minLength(1, { error: groupError }))
  const groups = z
    .array(group, { error: groupsError })
    .check(z.minLength(1, { error: groupsError }), z.superRefine(noNodeTwice, wordedAt(alreadyIn)))
  return withMeta(groups, { title: 'Groups', description: groupsExpected })
}

function noNodeTwice(groups: string[][], ctx: z.core.$RefinementCtx<string[][]>) {
  const groupOf = new Map<string, number>()
  groups.forEach((group, g) =>
    group.forEach((node, m) => {
      const seen = groupOf.get(node)
      if (seen !== undefined) ctx.addIssue({ code: 'custom', path: [g, m], params: { node, seen } })
      else groupOf.set(node, g)
    }),
  )
}

/** Its path is only known once the issue is reported: `inputs[0].groups[1][1]`. */
function alreadyIn(iss: RawIssue): string {
  const groupsPath = (iss.path ?? []).slice(0, -2) as (string | number)[]
  const { node, seen } = iss.params as { node: string; seen: number }
  return `node "${node}" is already in ${formatPath([...groupsPath, seen])}`
}

function clientSchema(spec: ProtocolSpec, node: ReturnType<typeof nodeId>) {
  const ops = spec.clientOps.map((c) => c.op)
  const known = `(known: ${list(ops)})`
  const withValue = spec.clientOps.filter((c) => c.needsValue).map((c) => c.op)
  const op = nameIn(ops, {
    missing: `required ${known}`,
    notString: `must be a client operation name ${known}`,
    unknown: (name) => `unknown client operation ${quote(name)} for ${spec.name} ${known}`,
  })
  const value = help(
    stringUpTo(MAX_VALUE_LENGTH, false),
    'Value',
    `required by ${list(withValue)}, not allowed otherwise`,
  )
  const key = help(stringUpTo(MAX_KEY_LENGTH, true), 'Key')
  const shape = { op: help(op, 'Operation'), key, value: z.optional(value), node: z.optional(node) }
  const takesValueIfItShould = z.superRefine((input: ClientInput, ctx) => {
    const { needsValue } = spec.clientOps.find((c) => c.op === input.op)!
    const expected = `a string of at most ${MAX_VALUE_LENGTH} characters`
    if (needsValue && input.value === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `required: "${input.op}" takes a value, ${expected}`,
      })
    } else if (!needsValue && input.value !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `not allowed: "${input.op}" takes no value`,
      })
    }
  })
  return option('client', shape).check(takesValueIfItShould)
}

interface ClientInput {
  readonly op: string
  readonly value?: string
}

function linkSchema(node: ReturnType<typeof nodeId>) {
  const link = option('link', {
    from: node,
    to: node,
    lossRate: z.optional(help(numberIn(0, 1), 'Loss rate')),
    latencyMs: z.optional(help(rangeIn(0, MAX_LINK_LATENCY_MS), 'Latency (ms)')),
  })
  const differentEnds = z.superRefine(({ from, to }: { from: string; to: string }, ctx) => {
    if (from === to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `must differ from "from" (both are "${from}")`,
      })
    }
  })
  return link.check(differentEnds)
}

/** The list of inputs, at most MAX_INPUTS of them, in time order. */
export function inputsSchema(spec: ProtocolSpec, nodes?: number, joins = 0) {
  const error = expecting('an array of inputs (use [] for none)')
  const tooMany = (iss: RawIssue) =>
    `${(iss.input as unknown[]).length} inputs is too many (at most ${MAX_INPUTS})`
  return z
    .array(inputSchema(spec, nodes, joins), { error })
    .check(
      z.maxLength(MAX_INPUTS, { error: tooMany }),
      z.superRefine(inTimeOrder, wordedAt(outOfOrder)),
      z.superRefine(membershipInOrder(spec, nodes), wordedAt(notJoined)),
    )
}

function inTimeOrder(inputs: { at: number }[], ctx: z.core.$RefinementCtx<{ at: number }[]>) {
  for (let i = 1; i < inputs.length; i++) {
    const { at } = inputs[i]!
    const previous = inputs[i - 1]!.at
    if (at < previous) {
      ctx.addIssue({ code: 'custom', path: [i, 'at'], params: { at, previous } })
      return
    }
  }
}

/** Names the earlier input by its full path: `inputs[3].at`. */
function outOfOrder(iss: RawIssue): string {
  const path = (iss.path ?? []) as (string | number)[]
  const index = path.at(-2) as number
  const { at, previous } = iss.params as { at: number; previous: number }
  const earlier = `${at} is earlier than ${formatPath([...path.slice(0, -2), index - 1, 'at'])}`
  return `${earlier} (${previous}): inputs must be in time order`
}
