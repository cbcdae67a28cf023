/**
 * Key-value histories as EDN maps, one per line, as the fixtures README describes:
 * `{:process 0, :type :invoke, :f :append, :key "0", :value "x 0 0 y"}`. Other keys
 * (Jepsen adds `:time`, `:index`) are ignored.
 */

import { readEdnMap, type EdnValue } from './edn-map'
import { Pairing, type Completion } from './pairing'
import { lines, quote, tooLarge, type ParseResult } from './parse-result'
import type { KvInput, KvOutput } from '../linearizability/kv-model'

interface Event {
  readonly process: string
  readonly type: string
  readonly f: KvInput['f']
  readonly key: string
  readonly value: string | null
}

export function parseEdnHistory(text: string): ParseResult<KvInput, KvOutput> {
  const large = tooLarge(text)
  if (large !== undefined) return { ok: false, error: large }
  const pairing = new Pairing<KvInput, KvOutput>()
  const all = lines(text)
  for (let i = 0; i < all.length; i++) {
    if (all[i]!.trim() === '') continue
    const error = parseLine(pairing, all[i]!, i + 1)
    if (error !== undefined) return { ok: false, error: `line ${i + 1}: ${error}` }
  }
  return { ok: true, ops: pairing.finish() }
}

function parseLine(pairing: Pairing<KvInput, KvOutput>, raw: string, line: number) {
  const map = readEdnMap(raw)
  if (typeof map === 'string') return map
  const event = readEvent(map)
  if (typeof event === 'string') return event
  const { process, type, f, key, value } = event
  if (type === 'invoke') {
    if (f !== 'get' && value === null) return `expected a string :value for :${f}, got nil`
    return pairing.invoke(process, line, f, key, { f, key, value: f === 'get' ? null : value })
  }
  const mismatch = pairing.mismatch(process, f, key)
  if (mismatch !== undefined) return mismatch
  pairing.complete(process, line, completion(type, f, value))
  return undefined
}

function completion(type: string, f: KvInput['f'], value: string | null): Completion<KvOutput> {
  if (type === 'info') return { kind: 'unknown' }
  if (type === 'fail') return { kind: 'failed' }
  // A get of a key never written may come back as nil: the model's "".
  return { kind: 'ok', output: f === 'get' ? (value ?? '') : null }
}

function readEvent(map: ReadonlyMap<string, EdnValue>): Event | string {
  const process = map.get('process')
  if (typeof process !== 'number') return `expected :process to be a number, got ${shown(process)}`
  const type = keyword(map.get('type'))
  if (type === undefined || !['invoke', 'ok', 'fail', 'info'].includes(type)) {
    return `expected :type :invoke, :ok, :fail or :info, got ${shown(map.get('type'))}`
  }
  const f = keyword(map.get('f'))
  if (f !== 'get' && f !== 'put' && f !== 'append') {
    return `expected :f :get, :put or :append, got ${shown(map.get('f'))}`
  }
  const key = map.get('key')
  if (typeof key !== 'string' && typeof key !== 'number') {
    return `expected :key to be a string, got ${shown(key)}`
  }
  const value = map.get('value')
  if (value !== null && typeof value !== 'string') {
    return `expected :value to be nil or a string, got ${shown(value)}`
  }
  return { process: String(process), type, f, key: String(key), value }
}

function keyword(v: EdnValue | undefined): string | undefined {
  return typeof v === 'object' && v !== null ? v.keyword : undefined
}

function shown(v: EdnValue | undefined): string {
  if (v === undefined) return 'nothing'
  if (v === null) return 'nil'
  if (typeof v === 'object') return `:${v.keyword}`
  return typeof v === 'string' ? quote(v) : String(v)
}
