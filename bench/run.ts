/**
 * `npm run bench`: prints the numbers the issues set goals for. Benchmarks, not tests:
 * they measure and report; they never fail a build. Results also go to .bench/latest.json.
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import { benchKernel } from './kernel'
import { benchSeek } from './seek'
import { benchFrames } from './frames'
import { benchSpacetime } from './spacetime'
import { benchCheck } from './check'
import { benchScrub } from './scrub'
import { benchExplore } from './explore'
import { benchRing } from './ring'
import { benchSwimScale } from './swim-scale'

const which = new Set(process.argv.slice(2))
const all = which.size === 0
const results: Record<string, number> = {}

console.log(`Clusterscope benchmarks (Node ${process.version}, ${new Date().toISOString()})`)
if (all || which.has('kernel')) Object.assign(results, benchKernel())
if (all || which.has('seek')) Object.assign(results, benchSeek())
if (all || which.has('frames')) Object.assign(results, await benchFrames())
if (all || which.has('spacetime')) Object.assign(results, benchSpacetime())
if (all || which.has('check')) Object.assign(results, benchCheck())
if (all || which.has('scrub')) Object.assign(results, await benchScrub())
if (all || which.has('explore')) Object.assign(results, benchExplore())
if (all || which.has('ring')) Object.assign(results, benchRing())
if (all || which.has('swim')) Object.assign(results, benchSwimScale())
if (all || which.has('trace'))
  Object.assign(results, (await import('./trace-memory')).benchTraceMemory())

if (all || which.has('branch')) Object.assign(results, (await import('./branch')).benchBranch())
if (all || which.has('causal')) Object.assign(results, (await import('./causal')).benchCausal())

mkdirSync('.bench', { recursive: true })
writeFileSync('.bench/latest.json', `${JSON.stringify(results, null, 2)}\n`)
