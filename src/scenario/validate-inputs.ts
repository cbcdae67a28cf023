/** Validation of a scenario's `inputs`: each input's fields, and their order in time. */

import type { ClientOpSpec, ProtocolSpec } from '../sim/protocol'
import { INPUT_TYPES, type Input, type InputType, type NodeId } from './types'
import {
  checkKeys,
  fail,
  field,
  formatPath,
  isFiniteNumber,
  isRecord,
  list,
  nodeIdIn,
  numberIn,
  quote,
  rangeIn,
  requireArray,
  stringUpTo,
  type Path,
} from './validate-fields'

export const MAX_INPUTS = 10_000
/** One day of virtual time: longer runs are not what the app is for. */
export const MAX_AT_MS = 86_400_000
export const MAX_DELAY_MS = 3_600_000
export const MAX_LINK_LATENCY_MS = 60_000
export const MAX_KEY_LENGTH = 100
export const MAX_VALUE_LENGTH = 1000

export interface InputContext {
  readonly spec: ProtocolSpec
  readonly nodes: number
}

/** The fields each input type may have besides `at` and `type`. */
const FIELDS = {
  crash: ['node'],
  restart: ['node'],
  timeout: ['node'],
  partition: ['groups'],
  heal: [],
  client: ['op', 'key', 'value', 'node'],
  drop: ['message'],
  duplicate: ['message'],
  delay: ['message', 'byMs'],
  link: ['from', 'to', 'lossRate', 'latencyMs'],
} as const satisfies Record<InputType, readonly string[]>

export function readInputs(value: unknown, context: InputContext): Input[] {
  const path = ['inputs']
  const raw = requireArray(value, path, 'an array of inputs (use [] for none)')
  if (raw.length > MAX_INPUTS) {
    fail(path, `${raw.length} inputs is too many (at most ${MAX_INPUTS})`)
  }
  const inputs: Input[] = []
  for (let i = 0; i < raw.length; i++) {
    const input = readInput(raw[i], [...path, i], context)
    const previous = inputs[i - 1]
    if (previous && input.at < previous.at) {
      const earlier = `${input.at} is earlier than ${formatPath([...path, i - 1, 'at'])}`
      fail([...path, i, 'at'], `${earlier} (${previous.at}): inputs must be in time order`)
    }
    inputs.push(input)
  }
  return inputs
}

function readInput(value: unknown, path: Path, context: InputContext): Input {
  if (!isRecord(value)) fail(path, 'must be an object such as {"at": 0, "type": "heal"}')
  const type = readType(field(value, 'type'), [...path, 'type'])
  checkKeys(value, ['at', 'type', ...FIELDS[type]], path, `unknown field for a "${type}" input`)
  const at = numberIn(field(value, 'at'), [...path, 'at'], 0, MAX_AT_MS)
  const get = (key: string) => field(value, key)
  const { nodes, spec } = context
  switch (type) {
    case 'crash':
    case 'restart':
    case 'timeout':
      return { at, type, node: nodeIdIn(get('node'), [...path, 'node'], nodes) }
    case 'partition':
      return { at, type, groups: readGroups(get('groups'), [...path, 'groups'], nodes) }
    case 'heal':
      return { at, type }
    case 'client':
      return { at, type, ...readClient(get, path, spec, nodes) }
    case 'drop':
    case 'duplicate':
      return { at, type, message: readMessageId(get('message'), [...path, 'message']) }
    case 'delay': {
      const message = readMessageId(get('message'), [...path, 'message'])
      const byMs = numberIn(get('byMs'), [...path, 'byMs'], 0, MAX_DELAY_MS)
      return { at, type, message, byMs }
    }
    case 'link':
      return { at, type, ...readLink(get, path, nodes) }
    default:
      return unreachable(type)
  }
}

function readType(value: unknown, path: Path): InputType {
  const known = `(known: ${list(INPUT_TYPES)})`
  if (value === undefined) fail(path, `required ${known}`)
  if (typeof value !== 'string') fail(path, `must be an input type name ${known}`)
  const type = INPUT_TYPES.find((name) => name === value)
  if (type === undefined) fail(path, `unknown input type ${quote(value)} ${known}`)
  return type
}

/**
 * Groups of nodes that can reach each other and no one else. Nodes listed in no group are
 * not left isolated one by one: together they form one more group, so
 * `[["n1"]]` in a 5-node cluster cuts n1 off from n2 … n5, which still talk to each other.
 */
function readGroups(value: unknown, path: Path, nodes: number): NodeId[][] {
  const expected = 'a non-empty array of node groups, such as [["n1"], ["n2", "n3"]]'
  const raw = requireArray(value, path, expected)
  if (raw.length === 0) fail(path, `must be ${expected}`)
  const groupOf = new Map<NodeId, number>()
  return raw.map((rawGroup, g) => {
    const groupPath = [...path, g]
    const members = requireArray(rawGroup, groupPath, 'a non-empty array of node ids')
    if (members.length === 0) fail(groupPath, 'must be a non-empty array of node ids')
    return members.map((member, m) => {
      const node = nodeIdIn(member, [...groupPath, m], nodes)
      const seen = groupOf.get(node)
      if (seen !== undefined) {
        fail([...groupPath, m], `node "${node}" is already in ${formatPath([...path, seen])}`)
      }
      groupOf.set(node, g)
      return node
    })
  })
}

type Get = (key: string) => unknown

function readClient(get: Get, path: Path, spec: ProtocolSpec, nodes: number) {
  const opSpec = readOp(get('op'), [...path, 'op'], spec)
  const key = stringUpTo(get('key'), [...path, 'key'], MAX_KEY_LENGTH, true)
  const value = readValue(get('value'), [...path, 'value'], opSpec)
  const rawNode = get('node')
  const node = rawNode === undefined ? undefined : nodeIdIn(rawNode, [...path, 'node'], nodes)
  return {
    op: opSpec.op,
    key,
    ...(value === undefined ? {} : { value }),
    ...(node === undefined ? {} : { node }),
  }
}

function readOp(value: unknown, path: Path, spec: ProtocolSpec): ClientOpSpec {
  const known = `(known: ${list(spec.clientOps.map((c) => c.op))})`
  if (value === undefined) fail(path, `required ${known}`)
  if (typeof value !== 'string') fail(path, `must be a client operation name ${known}`)
  const opSpec = spec.clientOps.find((c) => c.op === value)
  if (!opSpec) fail(path, `unknown client operation ${quote(value)} for ${spec.name} ${known}`)
  return opSpec
}

/** Present exactly when the operation takes one, as `put` does and `get` doesn't. */
function readValue(value: unknown, path: Path, { op, needsValue }: ClientOpSpec) {
  if (!needsValue) {
    if (value !== undefined) fail(path, `not allowed: "${op}" takes no value`)
    return undefined
  }
  const expected = `a string of at most ${MAX_VALUE_LENGTH} characters`
  if (value === undefined) fail(path, `required: "${op}" takes a value, ${expected}`)
  return stringUpTo(value, path, MAX_VALUE_LENGTH, false)
}

function readMessageId(value: unknown, path: Path): number {
  const expected = 'a message id, an integer from 0'
  if (value === undefined) fail(path, `required, ${expected}`)
  if (!isFiniteNumber(value) || !Number.isSafeInteger(value) || value < 0) {
    fail(path, `must be ${expected}`)
  }
  return value
}

function readLink(get: Get, path: Path, nodes: number) {
  const from = nodeIdIn(get('from'), [...path, 'from'], nodes)
  const to = nodeIdIn(get('to'), [...path, 'to'], nodes)
  if (to === from) fail([...path, 'to'], `must differ from "from" (both are "${from}")`)
  const rawLoss = get('lossRate')
  const rawLatency = get('latencyMs')
  return {
    from,
    to,
    ...(rawLoss === undefined ? {} : { lossRate: numberIn(rawLoss, [...path, 'lossRate'], 0, 1) }),
    ...(rawLatency === undefined
      ? {}
      : { latencyMs: rangeIn(rawLatency, [...path, 'latencyMs'], 0, MAX_LINK_LATENCY_MS) }),
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled input type ${String(value)}`)
}
