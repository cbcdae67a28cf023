/**
 * Linearizability checker: time to check each recorded fixture history, and histories as
 * large as Porcupine's 50-client ones made here (parsed or made once, checked many times),
 * median of several runs after a warm-up. With PORCUPINE_DATA set, Porcupine's own test
 * histories too (see porcupine.ts).
 */

import { existsSync, readFileSync } from 'node:fs'
import { formatLookup } from '../src/check/history-formats/formats'
import { checkHistory } from '../src/check/linearizability/check'
import { kvModel } from '../src/check/linearizability/kv-model'
import { clientLoadHistory } from '../src/test/checker-histories'
import { storeHistory } from '../src/test/checker-store-histories'
import { HISTORY_FIXTURES, historyFixturePath } from '../src/test/history-fixtures'
import { benchPorcupine } from './porcupine'
import { fmt, median } from './stats'
import type { CheckResult } from '../src/check/linearizability/types'

const WARMUP_RUNS = 5
const RUNS = 21
const LARGE_RUNS = 7

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
    const about = `${fixture.model}, ${history.ops} ops`
    const ms = time(label, about, fixture.linearizable, () => history.check(), RUNS)
    results[`checkMs_${fixture.file}`] = ms
  }
  for (const made of LARGE_HISTORIES) {
    const ops = made.ops()
    const label = `check, ${made.name}`.padEnd(28)
    const about = `kv, ${ops.length} ops`
    const ms = time(label, about, made.linearizable, () => checkHistory(ops, kvModel), LARGE_RUNS)
    results[`checkMs_${made.name}`] = ms
  }
  return { ...results, ...benchPorcupine() }
}

/** 2,000 operations, about 50 in flight; see the two helpers for how each is made. */
const LARGE_HISTORIES = [
  {
    name: 'raft-stale-read-c50',
    linearizable: false,
    ops: () =>
      clientLoadHistory({ seed: 3, ops: 2000, clients: 50, lossRate: 0.05, staleRead: true }),
  },
  {
    name: 'raft-c50',
    linearizable: true,
    ops: () =>
      clientLoadHistory({ seed: 1, ops: 2000, clients: 50, lossRate: 0.05, staleRead: false }),
  },
  {
    name: 'store-append-c50-ok',
    linearizable: true,
    ops: () => storeHistory({ seed: 1, clients: 50, ops: 2000, violate: false }),
  },
  {
    name: 'store-append-c50-bad',
    linearizable: false,
    ops: () => storeHistory({ seed: 1, clients: 50, ops: 2000, violate: true }),
  },
] as const

function time(
  label: string,
  about: string,
  expected: boolean,
  check: () => CheckResult,
  runs: number,
): number {
  for (let i = 0; i < WARMUP_RUNS; i++) check()
  const times: number[] = []
  const verdicts = Array.from({ length: runs }, () => {
    const started = performance.now()
    const result = check()
    times.push(performance.now() - started)
    return result.linearizable
  })
  const ms = median(times)
  const verdict = verdicts[0]
  const agrees = verdict === expected ? 'as expected' : 'NOT the expected verdict'
  const said = `${about}, linearizable: ${verdict}, ${agrees}`
  console.log(`${label} ${fmt(ms, 2).padStart(7)} ms  (${said}; median of ${runs})`)
  return ms
}
