/**
 * `explore`: random fault schedules from seeds 1 to N, each run until an invariant breaks
 * or its client history is not linearizable; the first failure comes back shrunk, with a
 * link that opens it at the moment it fails. Finding one is a result, not an error.
 */

import { availableParallelism } from 'node:os'
import { exploreParallel } from './explore-parallel'
import { UsageError } from './usage-error'
import { explore } from '../check/explore'
import { protocolLookup } from '../protocols/registry'
import { describeInput } from '../scenario/describe-input'
import { buildFragment } from '../scenario/codec'
import type { Args } from './args'
import type { ExploreResult } from '../check/explore'
import type { Scenario } from '../scenario/types'

/** Enough for any sweep one would wait for; it keeps a typo from running for days. */
const MAX_SEEDS = 1_000_000

export function exploreCommand(args: Args): string {
  if (args.positional.length > 0) {
    throw new UsageError(`explore: unexpected argument "${args.positional[0]}"`)
  }
  const protocol = protocolFlag(args)
  const variant = variantFlag(args, protocol)
  const { fromSeed, seeds } = seedRange(args)
  const workers = workersFlag(args)
  const options = { protocol, variant, seeds, fromSeed }
  const result = workers === 1 ? explore(options) : exploreParallel(options, workers)
  return args.flags.has('json') ? JSON.stringify(jsonOf(result)) : readable(result)
}

function protocolFlag(args: Args): string {
  const known = [...protocolLookup.keys()].join(', ')
  const name = args.flags.get('protocol')
  if (name === undefined || name === true) {
    throw new UsageError(`explore: --protocol is required (known: ${known})`)
  }
  if (!protocolLookup.has(name)) {
    throw new UsageError(`--protocol: unknown protocol "${name}" (known: ${known})`)
  }
  return name
}

function variantFlag(args: Args, protocol: string): string | null {
  const name = args.flags.get('variant')
  if (name === undefined) return null
  const variants = protocolLookup.get(protocol)!.spec.variants
  const known = variants.length > 0 ? `known: ${variants.join(', ')}` : `${protocol} has none`
  if (name === true || !variants.includes(name)) {
    throw new UsageError(`--variant: unknown variant "${name}" of ${protocol} (${known})`)
  }
  return name
}

/**
 * `--seeds N` (seeds 1 to N) or `--seed-range A-B` (A to B, both included), so that a batch
 * runner can split a search between machines and keep the lowest failing seed.
 */
function seedRange(args: Args): { readonly fromSeed: number; readonly seeds: number } {
  const range = args.flags.get('seed-range')
  if (range === undefined) return { fromSeed: 1, seeds: seedsFlag(args) }
  if (args.flags.has('seeds')) {
    throw new UsageError('explore: give --seeds or --seed-range, not both')
  }
  const m = typeof range === 'string' ? /^(\d+)-(\d+)$/.exec(range) : null
  const [from, to] = m === null ? [NaN, NaN] : [Number(m[1]), Number(m[2])]
  if (!(from >= 1 && to >= from && to - from < MAX_SEEDS && to <= Number.MAX_SAFE_INTEGER)) {
    const got = range === true ? '' : range
    throw new UsageError(
      `--seed-range: must be A-B, whole numbers with 1 <= A <= B and at most ${MAX_SEEDS} seeds (got "${got}")`,
    )
  }
  return { fromSeed: from, seeds: to - from + 1 }
}

/** The most worker threads `--workers` may ask for. */
const MAX_WORKERS = 256

function workersFlag(args: Args): number {
  const raw = args.flags.get('workers')
  if (raw === undefined) return 1
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!(n >= 1 && n <= MAX_WORKERS)) {
    const got = raw === true ? '' : raw
    throw new UsageError(
      `--workers: must be a whole number from 1 to ${MAX_WORKERS} (got "${got}"); this machine has ${availableParallelism()} cores`,
    )
  }
  return n
}

function seedsFlag(args: Args): number {
  const raw = args.flags.get('seeds')
  const seeds = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN
  if (!(seeds >= 1 && seeds <= MAX_SEEDS)) {
    const got = raw === undefined ? 'it is required' : `got "${raw === true ? '' : raw}"`
    throw new UsageError(`--seeds: must be a whole number from 1 to ${MAX_SEEDS} (${got})`)
  }
  return seeds
}

/** Exactly the fields DESIGN.md names, in its order. */
function jsonOf(result: ExploreResult) {
  const f = result.found
  return {
    protocol: result.protocol,
    variant: result.variant,
    runs: result.runs,
    found:
      f === null
        ? null
        : {
            seed: f.seed,
            at: f.at,
            kind: f.kind,
            invariant: f.invariant,
            message: f.message,
            inputsBefore: f.inputsBefore,
            inputsAfter: f.inputsAfter,
            scenario: f.scenario,
          },
  }
}

function readable(result: ExploreResult): string {
  const what = `${result.protocol}${result.variant === null ? '' : ` (${result.variant})`}`
  const ran = `${result.runs} run${result.runs === 1 ? '' : 's'}`
  const f = result.found
  if (f === null) return `${what}: ${ran}, no failure found`
  return [
    `${what}: ${ran}; seed ${f.seed} fails`,
    `  ${f.invariant} at ${f.at} ms: ${f.message}`,
    `  shrunk from ${f.inputsBefore} to ${f.inputsAfter} inputs${paramsNote(f.scenario)}:`,
    ...f.scenario.inputs.map((i) => `    ${`${i.at} ms`.padStart(8)}  ${describeInput(i)}`),
    `  open it at the failure: #${buildFragment({ scenario: f.scenario, t: f.at })}`,
  ].join('\n')
}

function paramsNote(scenario: Scenario): string {
  const params = Object.entries(scenario.params)
  if (params.length === 0) return ''
  return `, with ${params.map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(', ')}`
}
