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
 * typed array costs hundreds of bytes of overhead, and a hard search stores millions. The
 * hash table is open addressing over typed arrays too, one chain of configurations per
 * distinct hash, so a lookup allocates nothing.
 */

import type { Bitset } from './bitset'
import type { Model } from './types'

type StateEquality<S> = Pick<Model<S, never, never>, 'hash' | 'equal'>

/**
 * Past this many configurations, over all the partitions of one check, the caches stop
 * growing (about 100 MB for small histories). The search stays correct, only slower:
 * memoisation never decides a verdict.
 */
export const MAX_CONFIGS = 2_000_000

/** How many more configurations the caches of one check may store. */
export interface CacheRoom {
  left: number
}

export const cacheRoom = (): CacheRoom => ({ left: MAX_CONFIGS })

const EMPTY = -1
/** Tables start this small, so a check of many tiny keys costs little; they double. */
const INITIAL_SIZE = 64

export class ConfigCache<S> {
  /** Open addressing: for each slot, the newest configuration of its hash, or EMPTY. */
  private table = new Int32Array(INITIAL_SIZE).fill(EMPTY)
  /** The hash each slot holds, beside it, so a probe need not look up a configuration. */
  private tableKeys = new Int32Array(INITIAL_SIZE)
  private distinct = 0
  /** Per configuration: its hash, and the next (older) configuration of the same hash. */
  private keys = new Int32Array(INITIAL_SIZE)
  private chain = new Int32Array(INITIAL_SIZE)
  /** Configuration c's known bits, then its unknown bits, at c × stride. */
  private arena: Uint32Array
  private readonly states: S[] = []
  private readonly stride: number
  size = 0

  constructor(
    private readonly model: StateEquality<S>,
    private readonly knownWords: number,
    unknownWords: number,
    private readonly room: CacheRoom = cacheRoom(),
  ) {
    this.stride = knownWords + unknownWords
    this.arena = new Uint32Array(Math.max(1, INITIAL_SIZE * this.stride))
  }

  /** Records the configuration; false when it, or one that can do more, was seen before. */
  add(known: Bitset, unknown: Bitset, state: S): boolean {
    const key = known.hash ^ Math.imul(this.model.hash(state), 0x9e3779b1)
    const slot = this.slotOf(key)
    const head = this.table[slot]!
    for (let c = head; c >= 0; c = this.chain[c]!) {
      if (this.dominates(c, known, unknown) && this.model.equal(this.states[c]!, state)) {
        return false
      }
    }
    if (this.room.left <= 0) return true
    this.room.left--
    const c = this.store(known, unknown, state, key, head)
    this.table[slot] = c
    this.tableKeys[slot] = key
    if (head === EMPTY && ++this.distinct * 2 > this.table.length) this.growTable()
    return true
  }

  /** The slot that holds `key`'s chain, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.table.length - 1
    let slot = key & mask
    for (;;) {
      if (this.table[slot] === EMPTY || this.tableKeys[slot] === key) return slot
      slot = (slot + 1) & mask
    }
  }

  private growTable(): void {
    const old = this.table
    this.table = new Int32Array(old.length * 2).fill(EMPTY)
    this.tableKeys = new Int32Array(old.length * 2)
    for (const c of old) {
      if (c === EMPTY) continue
      const slot = this.slotOf(this.keys[c]!)
      this.table[slot] = c
      this.tableKeys[slot] = this.keys[c]!
    }
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

  private store(known: Bitset, unknown: Bitset, state: S, key: number, next: number): number {
    const c = this.size++
    if ((c + 1) * this.stride > this.arena.length) this.arena = grown(this.arena)
    if (c >= this.chain.length) {
      this.chain = grown(this.chain)
      this.keys = grown(this.keys)
    }
    // A loop, not `set`: the sets are a few words, and `set` costs more than copying them.
    const base = c * this.stride
    const arena = this.arena
    for (let i = 0; i < this.knownWords; i++) arena[base + i] = known.words[i]!
    for (let i = 0; i < unknown.words.length; i++)
      arena[base + this.knownWords + i] = unknown.words[i]!
    this.chain[c] = next
    this.keys[c] = key
    this.states.push(state)
    return c
  }
}

function grown<T extends Uint32Array | Int32Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(array.length * 2)
  bigger.set(array)
  return bigger
}
