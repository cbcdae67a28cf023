/**
 * What every validation message shares: the path of the offending field, and quoting of
 * text from the input. A FieldError's message starts with that path, so the caller can stop
 * at the first problem and report it in one line.
 */

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
