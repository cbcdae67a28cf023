/**
 * Jepsen's log lines for a register (the etcd histories), as the fixtures README describes:
 * `INFO  jepsen.util - <process>  :<type>  :<f>  <value>`, tab or space separated.
 */

import { Pairing, type Completion } from './pairing'
import { lines, quote, tooLarge, type ParseResult } from './parse-result'
import type {
  RegisterInput,
  RegisterOutput,
  RegisterValue,
} from '../linearizability/register-model'

const LINE = /^INFO\s+jepsen\.util\s+-\s+(\S+)\s+(\S+)\s+(\S+)(?:\s+(.*?))?\s*$/
const TYPES = [':invoke', ':ok', ':fail', ':info']
const FUNCTIONS = [':read', ':write', ':cas']

type Fields = { process: string; type: string; f: string; value: string }

export function parseJepsenLog(text: string): ParseResult<RegisterInput, RegisterOutput> {
  const large = tooLarge(text)
  if (large !== undefined) return { ok: false, error: large }
  const pairing = new Pairing<RegisterInput, RegisterOutput>()
  const all = lines(text)
  for (let i = 0; i < all.length; i++) {
    const raw = all[i]!
    if (raw.trim() === '') continue
    const error = parseLine(pairing, raw, i + 1)
    if (error !== undefined) return { ok: false, error: `line ${i + 1}: ${error}` }
  }
  return { ok: true, ops: pairing.finish() }
}

function parseLine(pairing: Pairing<RegisterInput, RegisterOutput>, raw: string, line: number) {
  const fields = splitLine(raw)
  if (typeof fields === 'string') return fields
  const { process, type, f, value } = fields
  if (type === ':invoke') {
    const input = parseInput(f, value)
    if (typeof input === 'string') return input
    return pairing.invoke(process, line, f.slice(1), 'register', input)
  }
  const mismatch = pairing.mismatch(process, f.slice(1), 'register')
  if (mismatch !== undefined) return mismatch
  const completion = parseCompletion(type, f, value)
  if (typeof completion === 'string') return completion
  pairing.complete(process, line, completion)
  return undefined
}

function splitLine(raw: string): Fields | string {
  const m = LINE.exec(raw)
  if (m === null)
    return `expected "INFO jepsen.util - <process> <type> <f> <value>", got ${quote(raw)}`
  const [, process, type, f, value = ''] = m as unknown as [string, string, string, string, string?]
  if (!/^\d+$/.test(process)) return `expected a process number, got ${quote(process)}`
  if (!TYPES.includes(type)) {
    return `expected ":invoke", ":ok", ":fail" or ":info", got ${quote(type)}`
  }
  if (!FUNCTIONS.includes(f)) return `expected ":read", ":write" or ":cas", got ${quote(f)}`
  return { process, type, f, value }
}

function parseInput(f: string, value: string): RegisterInput | string {
  if (f === ':read') return { f: 'read' }
  if (f === ':write') {
    const v = parseValue(value)
    return v === undefined
      ? `expected the value to write, got ${quote(value)}`
      : { f: 'write', value: v }
  }
  const pair = /^\[\s*(\S+)\s+(\S+)\s*\]$/.exec(value)
  const from = pair ? parseValue(pair[1]!) : undefined
  const to = pair ? parseValue(pair[2]!) : undefined
  if (from === undefined || to === undefined) return `expected "[from to]", got ${quote(value)}`
  return { f: 'cas', from, to }
}

function parseCompletion(
  type: string,
  f: string,
  value: string,
): Completion<RegisterOutput> | string {
  if (type === ':info') return { kind: 'unknown' }
  if (f === ':read') {
    // A failed read (timed out) observed nothing: always legal, no effect.
    if (type === ':fail') return { kind: 'unknown' }
    const v = parseValue(value)
    return v === undefined
      ? `expected nil or a number, got ${quote(value)}`
      : { kind: 'ok', output: v }
  }
  if (f === ':cas') return { kind: 'ok', output: type === ':ok' }
  return type === ':ok' ? { kind: 'ok', output: true } : { kind: 'failed' }
}

/** nil or a whole number; undefined for anything else. */
function parseValue(text: string): RegisterValue | undefined {
  if (text === 'nil') return null
  if (!/^-?\d+$/.test(text)) return undefined
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : undefined
}
