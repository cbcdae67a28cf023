/**
 * Field checks shared by scenario validation. Each check returns a fresh, typed value or
 * throws a FieldError whose message starts with the offending field's path, so the caller
 * can stop at the first problem and report it in one line.
 */

import type { NodeId } from './types'

export type Path = readonly (string | number)[]

export class FieldError extends Error {}

export function fail(path: Path, problem: string): never {
  throw new FieldError(`${formatPath(path)}: ${problem}`)
}

/** `['inputs', 3, 'node']` → `inputs[3].node`; odd keys are quoted: `params["a b"]`. */
export function formatPath(path: Path): string {
  if (path.length === 0) return 'scenario'
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(part) && part.length <= 40) out += out ? `.${part}` : part
    else out += `[${quote(part)}]`
  }
  return out
}

/** Quotes text from the input for a message, short and on one line whatever it holds. */
export function quote(text: string, max = 40): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text
  return JSON.stringify(cut)
}

export function list(names: readonly string[]): string {
  return names.join(', ')
}

/** Plain objects only: JSON objects, never arrays, class instances or null. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Reads own properties only, so inherited names such as `constructor` never count. */
export function field(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

export function checkKeys(
  record: Readonly<Record<string, unknown>>,
  known: readonly string[],
  path: Path,
  what: string,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) fail([...path, key], `${what} (known: ${list(known)})`)
  }
}

export function requireRecord(
  value: unknown,
  path: Path,
  expected: string,
): Readonly<Record<string, unknown>> {
  if (value === undefined) fail(path, `required, ${expected}`)
  if (!isRecord(value)) fail(path, `must be ${expected}`)
  return value
}

export function requireArray(value: unknown, path: Path, expected: string): readonly unknown[] {
  if (value === undefined) fail(path, `required, ${expected}`)
  if (!Array.isArray(value)) fail(path, `must be ${expected}`)
  return value
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

export function numberIn(
  value: unknown,
  path: Path,
  min: number,
  max: number,
  integer = false,
): number {
  const expected = `${integer ? 'an integer' : 'a number'} from ${min} to ${max}`
  if (value === undefined) fail(path, `required, ${expected}`)
  const fits = isFiniteNumber(value) && value >= min && value <= max
  if (!fits || (integer && !Number.isInteger(value))) fail(path, `must be ${expected}`)
  return value
}

/** A `[low, high]` pair with min <= low <= high <= max, copied into a fresh array. */
export function rangeIn(value: unknown, path: Path, min: number, max: number): [number, number] {
  const expected = `a range [low, high] of numbers with ${min} <= low <= high <= ${max}`
  if (value === undefined) fail(path, `required, ${expected}`)
  if (!Array.isArray(value) || value.length !== 2) fail(path, `must be ${expected}`)
  const [low, high]: unknown[] = value
  const fits =
    isFiniteNumber(low) && isFiniteNumber(high) && min <= low && low <= high && high <= max
  if (!fits) fail(path, `must be ${expected}`)
  return [low, high]
}

/** JSON's own true or false: not 0 or 1, not "true", which a hand-written file might try. */
export function flagValue(value: unknown, path: Path): boolean {
  if (value === undefined) fail(path, 'required, true or false')
  if (typeof value !== 'boolean') fail(path, 'must be true or false')
  return value
}

export function stringUpTo(value: unknown, path: Path, max: number, nonEmpty: boolean): string {
  const expected = `${nonEmpty ? 'a non-empty string' : 'a string'} of at most ${max} characters`
  if (value === undefined) fail(path, `required, ${expected}`)
  const fits = typeof value === 'string' && value.length <= max && (value !== '' || !nonEmpty)
  if (!fits) fail(path, `must be ${expected}`)
  return value
}

/** Node ids are n1 … nN; anything else, `n0` and `n01` included, names no node. */
export function nodeIdIn(value: unknown, path: Path, nodes: number): NodeId {
  const expected = `a node id from "n1" to "n${nodes}"`
  if (value === undefined) fail(path, `required, ${expected}`)
  if (typeof value !== 'string') fail(path, `must be ${expected}`)
  const match = /^n([1-9]\d{0,8})$/.exec(value)
  if (!match || Number(match[1]) > nodes) {
    fail(path, `no node ${quote(value)} in a ${nodes}-node cluster`)
  }
  return value
}
