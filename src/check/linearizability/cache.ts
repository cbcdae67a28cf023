/**
 * Lowe's memoisation: a configuration (which operations are linearized, model state) that
 * the search has already seen leads to the same outcome again, so it is visited once.
 *
 * Operations with unknown outcomes never have to be linearized, so a configuration that
 * has placed more of them, with the same known operations and the same state, can only do
 * less than one seen before: it is skipped too. Without this, a history with many timed-out
 * writes explores every subset of them (about 10× more work on the etcd fixtures).
 *
 * Bitsets are copied into one growing arena rather than kept as a typed array each: a
 * typed array costs hundreds of bytes of overhead, and a hard search stores millions.
 */

import type { Bitset } from './bitset'
import type { Model } from './types'

type StateEquality<S> = Pick<Model<S, never, never>, 'hash' | 'equal'>

/**
 * Past this many configurations the cache stops growing (about 100 MB for small
 * histories). The search stays correct, only slower: memoisation never decides a verdict.
 */
export const MAX_CONFIGS = 2_000_000

export class ConfigCache<S> {
  /** Head of each hash chain: configuration index. */
  private readonly heads = new Map<number, number>()
  private chain = new Int32Array(1024)
  /** Configuration c's known bits, then its unknown bits, at c × stride. */
  private arena: Uint32Array
  private readonly states: S[] = []
  private readonly stride: number
  size = 0

  constructor(
    private readonly model: StateEquality<S>,
    private readonly knownWords: number,
    unknownWords: number,
  ) {
    this.stride = knownWords + unknownWords
    this.arena = new Uint32Array(Math.max(1, 1024 * this.stride))
  }

  /** Records the configuration; false when it, or one that can do more, was seen before. */
  add(known: Bitset, unknown: Bitset, state: S): boolean {
    const key = (known.hash ^ Math.imul(this.model.hash(state), 0x9e3779b1)) >>> 0
    const head = this.heads.get(key) ?? -1
    for (let c = head; c >= 0; c = this.chain[c]!) {
      if (this.dominates(c, known, unknown) && this.model.equal(this.states[c]!, state)) {
        return false
      }
    }
    if (this.size >= MAX_CONFIGS) return true
    this.store(known, unknown, state, head)
    this.heads.set(key, this.size - 1)
    return true
  }

  /** Same known operations, and no unknown one that `unknown` lacks. */
  private dominates(c: number, known: Bitset, unknown: Bitset): boolean {
    const base = c * this.stride
    const k = this.knownWords
    for (let i = 0; i < k; i++) if (this.arena[base + i] !== known.words[i]) return false
    for (let i = 0; i < this.stride - k; i++) {
      if ((this.arena[base + k + i]! & ~unknown.words[i]!) !== 0) return false
    }
    return true
  }

  private store(known: Bitset, unknown: Bitset, state: S, next: number): void {
    const c = this.size++
    if ((c + 1) * this.stride > this.arena.length) {
      const grown = new Uint32Array(this.arena.length * 2)
      grown.set(this.arena)
      this.arena = grown
    }
    if (c >= this.chain.length) {
      const grown = new Int32Array(this.chain.length * 2)
      grown.set(this.chain)
      this.chain = grown
    }
    this.arena.set(known.words, c * this.stride)
    this.arena.set(unknown.words, c * this.stride + this.knownWords)
    this.chain[c] = next
    this.states.push(state)
  }
}
