/**
 * The headless command line (DESIGN.md): the same kernel as the app. Exit status 0 when
 * the command did its work (a violation found is a result), 2 with one line on stderr for
 * bad input or usage.
 */

import { checkHistoryCommand } from './check-history'
import { exploreCommand } from './explore'
import { millisecondsFlag, oneArgument, parseArgs, untilFlag, type Args } from './args'
import { formatSummary } from './format'
import { readScenarioArg, readScenarioFile } from './load'
import { UsageError } from './usage-error'
import { VIEW_NAME, buildFragment } from '../scenario/codec'
import { protocolLookup } from '../protocols/registry'
import { defaultUntil, runScenario } from '../sim/summary'
import { withLinearizability } from '../check/client-history'

function run(args: Args): string {
  const { scenario } = readScenarioArg(oneArgument(args, 'scenario file or link'))
  const until = untilFlag(args) ?? defaultUntil(scenario)
  const summary = withLinearizability(
    runScenario(scenario, protocolLookup.get(scenario.protocol)!, until),
  )
  return args.flags.has('json') ? JSON.stringify(summary) : formatSummary(summary)
}

/** Prints the fragment; --t opens the link at that moment and --view in that view. */
function link(args: Args): string {
  const scenario = readScenarioFile(oneArgument(args, 'scenario file'))
  const t = millisecondsFlag(args, 't')
  const view = args.flags.get('view')
  if (view !== undefined && (view === true || !VIEW_NAME.test(view))) {
    throw new UsageError('--view: must be a view name (letters, digits, - and _)')
  }
  return `#${buildFragment({ scenario, ...(t === undefined ? {} : { t }), ...(view === undefined ? {} : { view }) })}`
}

const COMMANDS: Record<string, (args: Args) => string> = {
  run,
  link,
  'check-history': checkHistoryCommand,
  explore: exploreCommand,
}

export function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv)
    process.stdout.write(`${COMMANDS[args.command]!(args)}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`sim: ${error.message.replaceAll('\n', ' ')}\n`)
    return 2
  }
}

process.exitCode = main(process.argv.slice(2))
