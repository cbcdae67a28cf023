/**
 * The headless command line (DESIGN.md): the same kernel as the app. Exit status 0 when
 * the command did its work (a violation found is a result), 2 with one line on stderr for
 * bad input or usage.
 */

import { runCli } from './commands'

const result = runCli(process.argv.slice(2))
process.stdout.write(result.stdout)
process.stderr.write(result.stderr)
process.exitCode = result.status
