/**
 * Opt-in: checks every history of Porcupine's own test data, read from the folder
 * PORCUPINE_DATA names (its test_data/ layout: jepsen/etcd_NNN.log, kv/cNN-{ok,bad}.txt),
 * and prints each verdict and time beside the verdict Porcupine's tests expect. The data is
 * not in this repository; without the variable this does nothing.
 *
 * Times are process CPU time, best of a few runs after a warm-up: on a shared machine, wall
 * time measures the neighbours.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatLookup } from '../src/check/history-formats/formats'

/** The etcd logs porcupine_test.go expects to be linearizable; it skips 95 and finds the rest not. */
const LINEARIZABLE_ETCD = new Set([
  2, 5, 7, 18, 25, 31, 38, 45, 48, 49, 51, 53, 56, 67, 75, 76, 80, 87, 92, 98, 100, 101, 102,
])
/** Porcupine's times from issue 18 (Go, one machine), where known. */
const PORCUPINE_MS: Record<string, number> = { 'c50-ok.txt': 190, 'c50-bad.txt': 20 }
/** Where there is no Porcupine time (the etcd logs, c01, c10), the goal is this. */
const UNTIMED_GOAL_MS = 100
const RUNS = 5

interface Row {
  readonly file: string
  readonly format: 'jepsen-log' | 'edn'
  readonly expected: boolean
}

export function benchPorcupine(dir = process.env.PORCUPINE_DATA): Record<string, number> {
  if (dir === undefined) return {}
  const rows = [...etcdRows(join(dir, 'jepsen')), ...kvRows(join(dir, 'kv'))]
  const results: Record<string, number> = {}
  let problems = 0
  for (const row of rows) {
    const loaded = formatLookup.get(row.format)!.load(readFileSync(row.file, 'utf8'))
    const name = row.file.slice(dir.length + 1)
    if (!loaded.ok) {
      console.log(`porcupine ${name.padEnd(20)} PARSE ERROR ${loaded.error}`)
      problems++
      continue
    }
    const { ms, verdict } = bestOf(() => loaded.history.check({ budget: 30_000 }).linearizable)
    const porcupineMs = PORCUPINE_MS[name.split('/')[1]!]
    const goal = porcupineMs === undefined ? UNTIMED_GOAL_MS : 2 * porcupineMs
    const wrong = verdict !== row.expected
    if (wrong || ms > goal) problems++
    const flags = `${wrong ? '  WRONG VERDICT' : ''}${ms > goal ? `  SLOW (goal ${goal} ms)` : ''}`
    const said = `linearizable: ${String(verdict).padEnd(7)} expected: ${String(row.expected).padEnd(5)}`
    console.log(`porcupine ${name.padEnd(20)} ${said} ${ms.toFixed(2).padStart(8)} ms${flags}`)
    results[`porcupineMs_${name}`] = ms
  }
  console.log(`porcupine: ${rows.length} histories, ${problems} problem(s)`)
  return results
}

function etcdRows(dir: string): Row[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => /^etcd_\d+\.log$/.test(f))
    .sort()
    .map((f) => ({
      file: join(dir, f),
      format: 'jepsen-log',
      expected: LINEARIZABLE_ETCD.has(Number(/\d+/.exec(f)![0])),
    }))
}

function kvRows(dir: string): Row[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => /^c\d+-(ok|bad)\.txt$/.test(f))
    .sort()
    .map((f) => ({ file: join(dir, f), format: 'edn', expected: f.includes('-ok') }))
}

function bestOf<T>(check: () => T): { ms: number; verdict: T } {
  let verdict = check()
  let best = Infinity
  for (let i = 0; i < RUNS; i++) {
    const before = process.cpuUsage()
    verdict = check()
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return { ms: best, verdict }
}
