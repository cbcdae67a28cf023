/**
 * The headless command line's commands (DESIGN.md), without the process around them:
 * main.ts prints what runCli returns and exits with its status; tests call it in-process.
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

export interface CliResult {
  readonly status: 0 | 2
  readonly stdout: string
  readonly stderr: string
}

/** One command, as the process would run it: what it prints, and its exit status. */
export function runCli(argv: readonly string[]): CliResult {
  try {
    const args = parseArgs(argv)
    return { status: 0, stdout: `${COMMANDS[args.command]!(args)}\n`, stderr: '' }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    return { status: 2, stdout: '', stderr: `sim: ${error.message.replaceAll('\n', ' ')}\n` }
  }
}
