/**
 * Keys moved when one node joins: consistent hashing (with 1, 8 and 64 virtual nodes per
 * node) against `hash mod N`, for 10,000 keys at N = 4 … 64, beside Karger et al.'s
 * expectation K/(N+1) for the ring and K·N/(N+1) for mod N.
 */

import { createRing, joinRing, keysMoved, modNOwner, ownerOf } from '../src/protocols/dynamo/ring'
import { fmt } from './stats'

const KEYS = Array.from({ length: 10_000 }, (_, i) => `key-${i}`)
const VNODES = [1, 8, 64] as const
const SHOWN = new Set([4, 5, 6, 8, 12, 16, 24, 32, 48, 64])

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i + 1}`)

function movedOnJoin(n: number, vnodes: number): number {
  const before = createRing(ids(n), vnodes)
  const after = joinRing(before, `n${n + 1}`, vnodes)
  return keysMoved(
    KEYS,
    (k) => ownerOf(before, k),
    (k) => ownerOf(after, k),
  )
}

function movedModN(n: number): number {
  return keysMoved(
    KEYS,
    (k) => modNOwner(ids(n), k),
    (k) => modNOwner(ids(n + 1), k),
  )
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

export function benchRing(): Record<string, number> {
  const k = KEYS.length
  console.log(`\nring: keys moved when node N+1 joins, ${fmt(k)} keys`)
  console.log(
    `   N   K/(N+1)  ${VNODES.map((v) => `ring v=${v}`.padStart(10)).join('')}   mod N  K·N/(N+1)`,
  )
  const ratios: Record<number, number[]> = { 1: [], 8: [], 64: [] }
  const modRatios: number[] = []
  for (let n = 4; n <= 64; n++) {
    const ideal = k / (n + 1)
    const ring = VNODES.map((v) => movedOnJoin(n, v))
    ring.forEach((m, i) => ratios[VNODES[i]!]!.push(m / ideal))
    const naive = movedModN(n)
    const naiveIdeal = (k * n) / (n + 1)
    modRatios.push(naive / naiveIdeal)
    if (!SHOWN.has(n)) continue
    console.log(
      `${String(n).padStart(4)} ${fmt(ideal).padStart(9)}  ${ring.map((m) => fmt(m).padStart(10)).join('')} ${fmt(naive).padStart(7)} ${fmt(naiveIdeal).padStart(10)}`,
    )
  }
  const results: Record<string, number> = {}
  for (const v of VNODES) {
    const rs = ratios[v]!
    results[`ring.movedOverIdeal.v${v}.mean`] = mean(rs)
    results[`ring.movedOverIdeal.v${v}.max`] = Math.max(...rs)
    console.log(
      `ring v=${v}: moved / (K/(N+1)) over N = 4…64: mean ${fmt(mean(rs), 2)}, from ${fmt(Math.min(...rs), 2)} to ${fmt(Math.max(...rs), 2)}`,
    )
  }
  results['ring.modN.movedOverIdeal.mean'] = mean(modRatios)
  console.log(`mod N: moved / (K·N/(N+1)) over N = 4…64: mean ${fmt(mean(modRatios), 2)}`)
  return results
}
