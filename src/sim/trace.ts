/**
 * The trace: an append-only list of everything that happened in a run. Its hash, taken
 * entry by entry, proves that two runs (in Node and in a browser) were the same. It is
 * kept in columns (trace-store.ts); an entry is made as an object when asked for.
 */

import { hashKey, hashValue, mix } from './hash'
import { COLUMN_SHAPES, Trace } from './trace-store'
import type { Payload } from './protocol'
import type { InputType } from '../scenario/types'

export type DropReason = 'loss' | 'partition' | 'crashed' | 'fault'

export type TraceEntry =
  | {
      readonly t: number
      readonly kind: 'send'
      readonly id: number
      readonly from: string
      readonly to: string
      readonly deliverAt: number
      readonly payload: Payload
      /** Set when the message is a copy made by a `duplicate` fault. */
      readonly copyOf?: number
    }
  | { readonly t: number; readonly kind: 'deliver'; readonly id: number }
  | { readonly t: number; readonly kind: 'drop'; readonly id: number; readonly reason: DropReason }
  | { readonly t: number; readonly kind: 'delay'; readonly id: number; readonly deliverAt: number }
  | { readonly t: number; readonly kind: 'timer'; readonly node: string; readonly name: string }
  | {
      readonly t: number
      readonly kind: 'state'
      readonly node: string
      readonly role: string
      readonly term: number | null
      readonly commit: number | null
    }
  | {
      readonly t: number
      readonly kind: 'input'
      readonly index: number
      readonly type: InputType
      /** Why the input changed nothing (the node was already down, the message gone). */
      readonly ignored?: string
    }
  | {
      readonly t: number
      readonly kind: 'invoke'
      readonly op: number
      readonly client: string
      readonly name: string
      readonly key: string
      readonly value: string | null
    }
  | {
      readonly t: number
      readonly kind: 'return'
      readonly op: number
      readonly outcome: 'ok' | 'timeout'
      readonly output: string | null
    }
  | {
      readonly t: number
      readonly kind: 'violation'
      readonly invariant: string
      readonly nodes: readonly string[]
      readonly message: string
    }

export type TraceKind = TraceEntry['kind']

export { Trace, type TraceView } from './trace-store'

/** Where the hash stands after some entries; a checkpoint keeps one to resume recording. */
export interface HashState {
  readonly count: number
  readonly h1: number
  readonly h2: number
}

export const EMPTY_HASH: HashState = { count: 0, h1: 0x811c9dc5, h2: 0x01000193 }

/**
 * Records entries and folds each one into a 64-bit hash (two 32-bit lanes over each
 * entry's structural hash). `entries` is null when only the hash is wanted (seeks).
 */
export class Recorder {
  entries: Trace | null
  private h1: number
  private h2: number
  count: number

  /** `keep`: record entries, onto the given trace if any (which `from` must cover). */
  constructor(keep: boolean | Trace, from: HashState = EMPTY_HASH) {
    this.entries = keep === false ? null : keep === true ? new Trace() : keep
    this.h1 = from.h1
    this.h2 = from.h2
    this.count = from.count
  }

  record(entry: TraceEntry): void {
    const h = hashEntry(entry)
    if (this.entries !== null) this.entries.append(entry, shape.fits, shape.payloadHash)
    this.h1 = Math.imul(this.h1 ^ h, 0x01000193) ^ this.count
    this.h2 = Math.imul(this.h2 ^ (h >>> 7), 0x5bd1e995) + (this.h1 >>> 13)
    this.count++
  }

  state(): HashState {
    return { count: this.count, h1: this.h1, h2: this.h2 }
  }

  /** 16 hex digits. */
  hash(): string {
    return hex(this.h2 ^ Math.imul(this.h1, 0x85ebca6b)) + hex(this.h1)
  }
}

/** The hash of each column's field name, by kind, as hashKey gives it. */
const COLUMN_KEY_HASHES: Readonly<Record<string, readonly number[]>> = Object.fromEntries(
  Object.entries(COLUMN_SHAPES).map(([kind, keys]) => [kind, keys.map(hashKey)]),
)

/** The payload hashed last and its hash: a broadcast sends one payload to every peer in a row. */
let lastPayload: unknown = Symbol('none')
let lastPayloadHash = 0

function payloadHash(payload: unknown): number {
  if (payload !== lastPayload) {
    lastPayloadHash = hashValue(payload, 1)
    lastPayload = payload
  }
  return lastPayloadHash
}

/** What hashEntry learnt of the entry it hashed last (a module's, not an object per entry). */
const shape = { fits: false, payloadHash: 0 }

/**
 * hashObject of an entry, field by field as it does, noting on the way whether the fields
 * are its kind's column shape (the trace can keep it in columns) and the hash of a send's
 * payload (by which the trace finds an equal payload it holds already).
 */
function hashEntry(entry: TraceEntry): number {
  const o = entry as unknown as Record<string, unknown>
  const keys = COLUMN_SHAPES[entry.kind]
  const keyHashes = COLUMN_KEY_HASHES[entry.kind]
  let fits = keys !== undefined
  let n = 0
  let h = 0x6f626a65
  for (const key in o) {
    const value = o[key]
    if (value === undefined) {
      fits = false
      continue
    }
    // A field in its column's place has its name's hash at hand.
    const inPlace = keys !== undefined && keys[n] === key
    n++
    if (!inPlace) fits = false
    const v = key === 'payload' ? payloadHash(value) : hashValue(value, 1)
    if (key === 'payload') shape.payloadHash = v
    h = mix(mix(h, inPlace ? keyHashes![n - 1]! : hashKey(key)), v)
  }
  // A send's copyOf is its only field that may be left out.
  shape.fits = fits && (n === keys!.length || (entry.kind === 'send' && n === keys!.length - 1))
  return h
}
function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0')
}
