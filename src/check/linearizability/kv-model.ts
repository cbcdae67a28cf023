/**
 * A key-value store of strings with get, put and append; every key starts as "". Keys are
 * independent, so the history is checked one key at a time and a state is one key's value.
 */

import { mix32 } from '../../sim/hash'
import { partitionBy } from './partition'
import type { Model, Operation } from './types'

export interface KvInput {
  readonly f: 'get' | 'put' | 'append'
  readonly key: string
  /** What put writes or append adds; null for get. */
  readonly value: string | null
}

/** get: the value read; put and append: null. */
export type KvOutput = string | null

/**
 * One key's value, with a hash of it that grows with it: appends make values hundreds of
 * characters long, and hashing each anew at every search step (flattening the string that
 * `+` built to read it, garbage the collector then had to clear) took about a quarter of a
 * 50-client check's time.
 */
export interface KvState {
  readonly text: string
  readonly hash: number
}

const EMPTY: KvState = { text: '', hash: 0 }

/** The state with `piece` appended; its hash is the text's polynomial hash. */
function extended(state: KvState, piece: string): KvState {
  let hash = state.hash
  for (let i = 0; i < piece.length; i++)
    hash = (Math.imul(hash, 0x01000193) + piece.charCodeAt(i)) | 0
  return { text: state.text + piece, hash }
}

export const kvModel: Model<KvState, KvInput, KvOutput> = {
  name: 'kv',
  init: () => EMPTY,
  step(state, input, output) {
    switch (input.f) {
      case 'get':
        return { ok: output === undefined || output === state.text, state }
      case 'put':
        return { ok: true, state: extended(EMPTY, input.value ?? '') }
      case 'append':
        return { ok: true, state: extended(state, input.value ?? '') }
    }
  },
  equal: (a, b) => a.hash === b.hash && a.text === b.text,
  hash: (state) => mix32(state.hash),
  partition: (ops) => partitionBy(ops, (input) => input.key),
  prune: unreadWritesDropped,
  describe(input, output) {
    const outcome = output === undefined ? ' (outcome unknown)' : ''
    const key = JSON.stringify(input.key)
    if (input.f === 'get') {
      return output === undefined
        ? `get ${key}${outcome}`
        : `get ${key} → ${JSON.stringify(output)}`
    }
    return `${input.f} ${key} ${JSON.stringify(input.value ?? '')}${outcome}`
  },
}

/**
 * An unknown get changes nothing, so it is never needed. An unknown put or append of v is
 * needed only if a completed get read v: every value from its effect until the next put
 * holds v, so if no get saw v, no get ran in that stretch, and leaving it out changes no
 * value any get read.
 */
function unreadWritesDropped(
  ops: readonly Operation<KvInput, KvOutput>[],
): readonly Operation<KvInput, KvOutput>[] {
  const reads = ops.filter((op) => op.input.f === 'get' && op.return !== Infinity)
  const seen = (value: string) => reads.some((read) => (read.output ?? '').includes(value))
  return ops.filter(
    (op) => op.return !== Infinity || (op.input.f !== 'get' && seen(op.input.value ?? '')),
  )
}
