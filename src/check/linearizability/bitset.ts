/**
 * The set of operations linearized so far, with a Zobrist hash kept up to date on every
 * change: each bit owns a fixed random-looking word, and the hash is the XOR of the words
 * of the bits that are set, so adding or removing an operation costs O(1). The words are
 * worked out once, when the set is made, not on every flip.
 */

import { mix32 } from '../../sim/hash'

export class Bitset {
  readonly words: Uint32Array
  private readonly zobrist: Int32Array
  hash = 0

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32))
    this.zobrist = new Int32Array(size)
    for (let i = 0; i < size; i++) this.zobrist[i] = mix32(i + 1) | 0
  }

  /** Flips bit i (set it if clear, clear it if set). */
  toggle(i: number): void {
    this.words[i >>> 5]! ^= 1 << (i & 31)
    this.hash ^= this.zobrist[i]!
  }
}
