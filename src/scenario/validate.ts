/**
 * Validation of a version 1 scenario (DESIGN.md, "Scenario format, version 1"). It reads
 * untrusted data (files, share links) and builds a fresh Scenario from the fields it knows,
 * so nothing else in the input, `__proto__` keys included, reaches the rest of the app.
 */

import type { ZodMiniType } from 'zod/mini'
import type { ProtocolSpec } from '../sim/protocol'
import { KERNEL_PARAMS, resolveParams } from '../sim/params'
import { headerSchemas, scenarioSchema } from './schema'
import { describeProblem, firstProblem } from './schema-issues'
import type { Scenario } from './types'
import { FieldError, fail, field, isRecord, quote, type Path } from './validate-fields'

export { formatPath } from './validate-fields'
export { MAX_SEED, SCENARIO_VERSION } from './schema'

export type SpecLookup = (protocol: string) => ProtocolSpec | undefined

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: string }

/** Never throws: any problem, even an unexpected one, comes back as a one-line error. */
export function parseScenario(raw: unknown, specLookup: SpecLookup): ParseResult {
  try {
    return { ok: true, scenario: readScenario(raw, specLookup) }
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message }
    return { ok: false, error: `scenario: could not be read (${describeFailure(error)})` }
  }
}

/**
 * The header first (version, no unknown field, a known protocol), so that its problems come
 * first and the protocol's schema can be chosen; then that schema, for the cluster's size.
 */
function readScenario(raw: unknown, specLookup: SpecLookup): Scenario {
  if (!isRecord(raw)) fail([], 'must be a JSON object with version, protocol, nodes, …')
  for (const schema of headerSchemas) parse(schema, raw)
  const spec = readProtocol(field(raw, 'protocol'), specLookup)
  const schema = scenarioSchema(spec, nodesOf(raw, spec), joinsOf(raw))
  const { $schema: _link, ...scenario } = parse(schema, raw)
  const clash = spec.checkParams?.(
    resolveParams({ ...KERNEL_PARAMS, ...spec.params }, scenario.params),
  )
  if (clash) fail(['params', clash.param], clash.message)
  return scenario
}

/**
 * The data `schema` reads from `raw`, or a FieldError naming the first problem; `at` is
 * where `raw` sits in the file, for the message.
 */
export function parse<T>(schema: ZodMiniType<T>, raw: unknown, at: Path = []): T {
  const result = schema.safeParse(raw, { reportInput: true })
  if (result.success) return result.data
  const { path, message } = firstProblem(result.error.issues)!
  throw new FieldError(describeProblem({ path: [...at, ...path], message }))
}

/**
 * The cluster size node ids are checked against; while `nodes` itself is wrong, any size
 * will do, since that problem is the one reported.
 */
function nodesOf(raw: Readonly<Record<string, unknown>>, spec: ProtocolSpec): number {
  const nodes = field(raw, 'nodes')
  const fits = Number.isInteger(nodes) && (nodes as number) >= spec.nodes.min
  return fits && (nodes as number) <= spec.nodes.max ? (nodes as number) : spec.nodes.max
}

/** How many inputs say `join`, so that the ids of the nodes they bring in are known. */
function joinsOf(raw: Readonly<Record<string, unknown>>): number {
  const inputs = field(raw, 'inputs')
  if (!Array.isArray(inputs)) return 0
  return inputs.filter((input) => isRecord(input) && field(input, 'type') === 'join').length
}

function readProtocol(value: unknown, specLookup: SpecLookup): ProtocolSpec {
  const path = ['protocol']
  if (value === undefined) fail(path, 'required, a protocol name such as "raft"')
  if (typeof value !== 'string') fail(path, 'must be a protocol name such as "raft"')
  const spec = specLookup(value)
  // A lookup backed by a plain object could answer `toString` with something inherited;
  // only a spec that names itself as asked for counts.
  if (spec === undefined || spec.name !== value) fail(path, `unknown protocol ${quote(value)}`)
  return spec
}

/** The message of an unexpected failure, made safe to show on one line. */
function describeFailure(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'
    return text.replace(/\s+/g, ' ').slice(0, 200)
  } catch {
    return 'unknown error'
  }
}
