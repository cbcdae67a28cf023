/**
 * Validation of a version 1 scenario (DESIGN.md, "Scenario format, version 1"). It reads
 * untrusted data (files, share links) and builds a fresh Scenario from the fields it knows,
 * so nothing else in the input, `__proto__` keys included, reaches the rest of the app.
 */

import { KERNEL_PARAMS, type ParamSpec, type ParamSpecs } from '../sim/params'
import type { ProtocolSpec } from '../sim/protocol'
import type { ParamValue, Params, Scenario } from './types'
import {
  FieldError,
  checkKeys,
  fail,
  field,
  flagValue,
  isRecord,
  list,
  numberIn,
  quote,
  rangeIn,
  requireRecord,
  type Path,
} from './validate-fields'
import { readInputs } from './validate-inputs'

export { formatPath } from './validate-fields'

export type SpecLookup = (protocol: string) => ProtocolSpec | undefined

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: string }

export const SCENARIO_VERSION = 1
export const MAX_SEED = 2 ** 32 - 1

const TOP_FIELDS = ['version', 'protocol', 'variant', 'nodes', 'seed', 'params', 'inputs']

/** Never throws: any problem, even an unexpected one, comes back as a one-line error. */
export function parseScenario(raw: unknown, specLookup: SpecLookup): ParseResult {
  try {
    return { ok: true, scenario: readScenario(raw, specLookup) }
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, error: error.message }
    return { ok: false, error: `scenario: could not be read (${describeFailure(error)})` }
  }
}

function readScenario(raw: unknown, specLookup: SpecLookup): Scenario {
  if (!isRecord(raw)) fail([], 'must be a JSON object with version, protocol, nodes, …')
  readVersion(field(raw, 'version'))
  checkKeys(raw, TOP_FIELDS, [], 'unknown field')
  const spec = readProtocol(field(raw, 'protocol'), specLookup)
  const variant = readVariant(field(raw, 'variant'), spec)
  const { min, max } = spec.nodes
  const nodes = numberIn(field(raw, 'nodes'), ['nodes'], min, max, true)
  const seed = numberIn(field(raw, 'seed'), ['seed'], 0, MAX_SEED, true)
  const params = readParams(field(raw, 'params'), spec)
  const inputs = readInputs(field(raw, 'inputs'), { spec, nodes })
  return {
    version: SCENARIO_VERSION,
    protocol: spec.name,
    ...(variant === undefined ? {} : { variant }),
    nodes,
    seed,
    params,
    inputs,
  }
}

/** Older versions are upgraded by `migrate` before they get here; newer ones can't be read. */
function readVersion(value: unknown): void {
  const reads = `this build reads version ${SCENARIO_VERSION}`
  if (value === undefined) fail(['version'], `required (${reads})`)
  if (typeof value !== 'number') fail(['version'], `must be a number (${reads})`)
  if (value !== SCENARIO_VERSION) fail(['version'], `${value} is not supported (${reads})`)
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

function readVariant(value: unknown, spec: ProtocolSpec): string | undefined {
  if (value === undefined) return undefined
  const known =
    spec.variants.length > 0 ? `(known: ${list(spec.variants)})` : `(${spec.name} has none)`
  if (typeof value !== 'string') fail(['variant'], `must be a variant name ${known}`)
  const variant = spec.variants.find((name) => name === value)
  if (variant === undefined) {
    fail(['variant'], `unknown variant ${quote(value)} of ${spec.name} ${known}`)
  }
  return variant
}

/** Partial: missing keys take their defaults later (resolveParams). */
function readParams(value: unknown, spec: ProtocolSpec): Params {
  const path = ['params']
  const raw = requireRecord(value, path, 'an object of parameters (use {} for the defaults)')
  const specs: ParamSpecs = { ...KERNEL_PARAMS, ...spec.params }
  checkKeys(raw, Object.keys(specs), path, 'unknown parameter')
  const params: Record<string, ParamValue> = {}
  for (const key of Object.keys(raw)) {
    params[key] = readParam(field(raw, key), specs[key]!, [...path, key])
  }
  return params
}

function readParam(given: unknown, spec: ParamSpec, path: Path): ParamValue {
  switch (spec.kind) {
    case 'number':
      return numberIn(given, path, spec.min, spec.max, spec.integer)
    case 'range':
      return rangeIn(given, path, spec.min, spec.max)
    case 'flag':
      return flagValue(given, path)
  }
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
