/**
 * The protocols a user can pick, each correct or with one of its broken variants, as the
 * pickers list them (header, Parameters, Explore). A choice's value is the protocol's name
 * for the correct one and the variant's name for a broken one, so links and tests can name
 * either; variant names are unique across protocols (a test holds them to it).
 */

import { protocolLookup } from '../protocols/registry'
import { presentationLookup } from '../protocols/presentations'
import type { Scenario } from '../scenario/types'

export interface ProtocolChoice {
  readonly value: string
  readonly protocol: string
  readonly variant: string | null
  /** `<title> (correct)`, or `<title>, <variant>` for a broken one. */
  readonly label: string
}

export interface ProtocolGroup {
  readonly protocol: string
  readonly title: string
  readonly blurb: string
  readonly choices: readonly ProtocolChoice[]
}

export const PROTOCOL_GROUPS: readonly ProtocolGroup[] = [...protocolLookup.values()].map(
  ({ spec }) => ({
    protocol: spec.name,
    title: spec.title,
    blurb: presentationLookup.get(spec.name)?.blurb ?? '',
    choices: [
      { value: spec.name, protocol: spec.name, variant: null, label: `${spec.title} (correct)` },
      ...spec.variants.map((v) => ({
        value: v,
        protocol: spec.name,
        variant: v,
        label: `${spec.title}, ${v}`,
      })),
    ],
  }),
)

const choiceLookup = new Map(PROTOCOL_GROUPS.flatMap((g) => g.choices).map((c) => [c.value, c]))

export function choiceOf(value: string): ProtocolChoice | undefined {
  return choiceLookup.get(value)
}

/** The value that names a run's protocol and variant. */
export function choiceValue(protocol: string, variant: string | undefined | null): string {
  return variant ?? protocol
}

/** A fresh run of a protocol: its default size, no inputs, the seed kept. */
export function starterScenario(protocol: string, seed: number, variant?: string | null): Scenario {
  const spec = protocolLookup.get(protocol)!.spec
  return {
    version: 1,
    protocol,
    ...(variant === null || variant === undefined ? {} : { variant }),
    nodes: spec.nodes.default,
    seed,
    params: {},
    inputs: [],
  }
}
