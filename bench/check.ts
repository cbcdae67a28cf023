/**
 * Linearizability checker: time to check each recorded fixture history (parsed once,
 * checked many times), median of several runs after a warm-up.
 */

import { existsSync, readFileSync } from 'node:fs'
import { formatLookup } from '../src/check/history-formats/formats'
import { HISTORY_FIXTURES, historyFixturePath } from '../src/test/history-fixtures'
import { fmt, median } from './stats'

const WARMUP_RUNS = 5
const RUNS = 21

export function benchCheck(): Record<string, number> {
  const results: Record<string, number> = {}
  for (const fixture of HISTORY_FIXTURES) {
    const path = historyFixturePath(fixture.file)
    const label = `check, ${fixture.file}`.padEnd(28)
    if (!existsSync(path)) {
      console.log(`${label} skipped: no ${path} (set HISTORY_FIXTURES to the fixtures folder)`)
      continue
    }
    const loaded = formatLookup.get(fixture.format)!.load(readFileSync(path, 'utf8'))
    if (!loaded.ok) throw new Error(`${path}: ${loaded.error}`)
    const { history } = loaded
    for (let i = 0; i < WARMUP_RUNS; i++) history.check()
    const times: number[] = []
    const runs = Array.from({ length: RUNS }, () => {
      const started = performance.now()
      const result = history.check()
      times.push(performance.now() - started)
      return result
    })
    const ms = median(times)
    const verdict = runs[0]!.linearizable
    const agrees = verdict === fixture.linearizable ? 'as expected' : 'NOT the expected verdict'
    const about = `${fixture.model}, ${history.ops} ops, linearizable: ${verdict}, ${agrees}`
    console.log(`${label} ${fmt(ms, 2).padStart(7)} ms  (${about}; median of ${RUNS})`)
    results[`checkMs_${fixture.file}`] = ms
  }
  return results
}
