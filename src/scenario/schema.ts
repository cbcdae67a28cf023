/**
 * The scenario format, version 1 (DESIGN.md), as one zod schema per protocol: the source of
 * truth for what a scenario may hold. Validation (validate.ts) parses with it and the JSON
 * Schema that editors read (json-schema.ts) is generated from it.
 */

import { z } from 'zod/mini'
import { KERNEL_PARAMS, type ParamSpec, type ParamSpecs } from '../sim/params'
import type { ProtocolSpec } from '../sim/protocol'
import {
  expecting,
  flag,
  help,
  nameIn,
  numberIn,
  rangeIn,
  strictObject,
  withMeta,
} from './schema-fields'
import { inputsSchema } from './schema-inputs'
import { list, quote } from './validate-fields'

export const SCENARIO_VERSION = 1
export const MAX_SEED = 2 ** 32 - 1

/** The fields a scenario has, as error messages list them; `$schema` is accepted too. */
export const TOP_FIELDS = ['version', 'protocol', 'variant', 'nodes', 'seed', 'params', 'inputs']

const READS = `this build reads version ${SCENARIO_VERSION}`

/** Older versions are upgraded by `migrate` before they get here; newer ones can't be read. */
export const versionSchema = withMeta(
  z.literal(SCENARIO_VERSION, {
    error: (iss) => {
      if (iss.input === undefined) return `required (${READS})`
      if (typeof iss.input !== 'number') return `must be a number (${READS})`
      return `${iss.input} is not supported (${READS})`
    },
  }),
  { title: 'Format version', description: `The scenario format's version: ${READS}.` },
)

/**
 * A link to this format's JSON Schema, for editors. An extension of version 1: it may be
 * present and is ignored; what the app writes leaves it out.
 */
export const schemaLinkSchema = z.optional(
  withMeta(
    z.string({
      error: expecting("a string, the URL or path of the scenario format's JSON Schema"),
    }),
    {
      title: 'JSON Schema',
      description: "The URL or path of this format's JSON Schema, for editors; ignored by the app.",
    },
  ),
)

/**
 * The top level before the protocol is known, in the order its problems are reported: the
 * version, then no unknown field.
 */
export const headerSchemas = [
  z.object({ version: versionSchema }),
  strictObject(
    Object.fromEntries([...TOP_FIELDS, '$schema'].map((key) => [key, z.optional(z.unknown())])),
    'unknown field',
    expecting('a JSON object'),
    TOP_FIELDS,
  ),
] as const

const cache = new WeakMap<ProtocolSpec, Map<string, ScenarioSchema>>()

export type ScenarioSchema = ReturnType<typeof buildSchema>

/**
 * A scenario of one protocol. With `nodes`, node ids must name a node of a cluster that
 * size (or one of the `joins` that join it); left out (the JSON Schema), only their form is
 * checked.
 */
export function scenarioSchema(spec: ProtocolSpec, nodes?: number, joins = 0): ScenarioSchema {
  let bySize = cache.get(spec)
  if (bySize === undefined) cache.set(spec, (bySize = new Map()))
  const key = `${nodes}+${joins}`
  let schema = bySize.get(key)
  if (schema === undefined) bySize.set(key, (schema = buildSchema(spec, nodes, joins)))
  return schema
}

function buildSchema(spec: ProtocolSpec, nodes: number | undefined, joins: number) {
  const scenario = strictObject(
    {
      $schema: schemaLinkSchema,
      version: versionSchema,
      protocol: withMeta(z.literal(spec.name), { title: 'Protocol', description: spec.title }),
      variant: z.optional(variantSchema(spec)),
      nodes: help(
        numberIn(spec.nodes.min, spec.nodes.max, true),
        'Nodes',
        `How many nodes the cluster has, named n1 … nN (default ${spec.nodes.default})`,
      ),
      seed: help(
        numberIn(0, MAX_SEED, true),
        'Seed',
        "The seed of the run's random numbers: the same scenario always runs the same",
      ),
      params: paramsSchema(spec),
      inputs: withMeta(inputsSchema(spec, nodes, joins), {
        title: 'Inputs',
        description:
          'What happens to the cluster, in time order: faults, client requests, message changes.',
      }),
    },
    'unknown field',
    expecting('a JSON object'),
    TOP_FIELDS,
  )
  return withMeta(scenario, {
    title: `${spec.title} scenario`,
    description: `A ${spec.title} run in the Clusterscope scenario format, version ${SCENARIO_VERSION}: it fully determines the run.`,
  })
}

function variantSchema(spec: ProtocolSpec) {
  const known =
    spec.variants.length > 0 ? `(known: ${list(spec.variants)})` : `(${spec.name} has none)`
  const variant = nameIn(spec.variants, {
    missing: `must be a variant name ${known}`,
    notString: `must be a variant name ${known}`,
    unknown: (name) => `unknown variant ${quote(name)} of ${spec.name} ${known}`,
  })
  return withMeta(variant, {
    title: 'Variant',
    description: 'A named, deliberately broken version of the protocol, for teaching.',
  })
}

/** Partial: missing keys take the protocol's defaults later (resolveParams). */
function paramsSchema(spec: ProtocolSpec) {
  const specs: ParamSpecs = { ...KERNEL_PARAMS, ...spec.params }
  const shape = Object.fromEntries(
    Object.entries(specs).map(([key, param]) => [key, z.exactOptional(paramSchema(param))]),
  )
  const params = strictObject(
    shape,
    'unknown parameter',
    expecting('an object of parameters (use {} for the defaults)'),
  )
  return withMeta(params, {
    title: 'Parameters',
    description: "The network's and the protocol's parameters; missing ones take their defaults.",
  })
}

function paramSchema(param: ParamSpec) {
  const withDefault = <T extends z.ZodMiniType>(schema: T) =>
    withMeta(help(schema, param.label), { default: param.default })
  switch (param.kind) {
    case 'number':
      return withDefault(numberIn(param.min, param.max, param.integer))
    case 'range':
      return withDefault(rangeIn(param.min, param.max))
    case 'flag':
      return withDefault(flag())
  }
}
