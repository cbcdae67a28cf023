/** Parses the command line: a command, positional arguments and --flags. */

import { UsageError } from './usage-error'

export const USAGE = `usage:
  npm run sim -- run <scenario.json | link> [--until <ms>] [--json]
  npm run sim -- link <scenario.json> [--t <ms>] [--view <name>]
  npm run sim -- check-history --format jepsen-log|edn <file>... [--json] [--timeout-ms <ms>]
  npm run sim -- explore --protocol <name> [--variant <name>] (--seeds <n> | --seed-range <a>-<b>) [--workers <n>] [--json]`

export interface Args {
  readonly command: string
  readonly positional: readonly string[]
  readonly flags: ReadonlyMap<string, string | true>
}

/** Flags each command accepts, and whether each takes a value. */
const FLAGS: Record<string, Record<string, boolean>> = {
  run: { until: true, json: false },
  link: { t: true, view: true },
  'check-history': { format: true, json: false, 'timeout-ms': true },
  explore: {
    protocol: true,
    variant: true,
    seeds: true,
    'seed-range': true,
    workers: true,
    json: false,
  },
}

export function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h') {
    throw new UsageError(USAGE.replaceAll('\n', ' '))
  }
  const known = FLAGS[command]
  if (known === undefined) {
    throw new UsageError(`unknown command "${command}" (known: ${Object.keys(FLAGS).join(', ')})`)
  }
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (!arg.startsWith('--')) {
      positional.push(arg)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    if (!(name in known)) throw new UsageError(`${command}: unknown option --${name}`)
    if (!known[name]) {
      flags.set(name, true)
      continue
    }
    const value = inline ?? rest[++i]
    if (value === undefined) throw new UsageError(`${command}: --${name} needs a value`)
    flags.set(name, value)
  }
  return { command, positional, flags }
}

export function oneArgument(args: Args, what: string): string {
  if (args.positional.length !== 1) {
    throw new UsageError(`${args.command}: expected one ${what}, got ${args.positional.length}`)
  }
  return args.positional[0]!
}

/** --until: virtual milliseconds, a whole number from 0 to one day. */
export function untilFlag(args: Args): number | undefined {
  return millisecondsFlag(args, 'until')
}

/** A flag that holds virtual milliseconds, a whole number from 0 to one day. */
export function millisecondsFlag(args: Args, name: string): number | undefined {
  const raw = args.flags.get(name)
  if (raw === undefined) return undefined
  const ms = Number(raw)
  if (raw === true || !/^\d+$/.test(raw) || ms > 86_400_000) {
    throw new UsageError(`--${name}: must be a whole number of milliseconds from 0 to 86400000`)
  }
  return ms
}
