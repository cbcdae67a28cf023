/**
 * Reads one flat EDN map from a line, the subset Jepsen histories use: keyword keys and
 * values that are nil, true/false, integers, strings or keywords. Nested collections
 * are refused. Never throws: a problem comes back as a message saying what was expected.
 */

export type EdnValue = null | boolean | number | string | { readonly keyword: string }

const SYMBOL = /[^\s,{}[\]()"';]+/y
const INTEGER = /^-?\d+$/

export function readEdnMap(text: string): ReadonlyMap<string, EdnValue> | string {
  const map = new Map<string, EdnValue>()
  let at = skipSpace(text, 0)
  if (text[at] !== '{') return `expected "{", got ${shown(text, at)}`
  at = skipSpace(text, at + 1)
  while (text[at] !== '}') {
    if (at >= text.length) return 'expected "}" to close the map, got the end of the line'
    const key = readSymbol(text, at)
    if (key === undefined || !key.startsWith(':'))
      return `expected a keyword key, got ${shown(text, at)}`
    if (map.has(key.slice(1))) return `key ${key} appears twice`
    at = skipSpace(text, at + key.length)
    const value = readValue(text, at)
    if (value === undefined) return `expected a value for ${key}, got ${shown(text, at)}`
    map.set(key.slice(1), value.value)
    at = skipSpace(text, value.end)
  }
  at = skipSpace(text, at + 1)
  if (at < text.length) return `expected the end of the line after "}", got ${shown(text, at)}`
  return map
}

function readValue(text: string, at: number): { value: EdnValue; end: number } | undefined {
  if (text[at] === '"') return readString(text, at)
  const symbol = readSymbol(text, at)
  if (symbol === undefined) return undefined
  const end = at + symbol.length
  if (symbol === 'nil') return { value: null, end }
  if (symbol === 'true' || symbol === 'false') return { value: symbol === 'true', end }
  if (symbol.startsWith(':') && symbol.length > 1)
    return { value: { keyword: symbol.slice(1) }, end }
  if (INTEGER.test(symbol) && Number.isSafeInteger(Number(symbol))) {
    return { value: Number(symbol), end }
  }
  return undefined
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r' }

function readString(text: string, at: number): { value: string; end: number } | undefined {
  let out = ''
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i]!
    if (c === '"') return { value: out, end: i + 1 }
    if (c !== '\\') {
      out += c
      continue
    }
    const escaped = ESCAPES[text[++i] ?? '']
    if (escaped === undefined) return undefined
    out += escaped
  }
  return undefined
}

function readSymbol(text: string, at: number): string | undefined {
  SYMBOL.lastIndex = at
  return SYMBOL.exec(text)?.[0]
}

/** Commas are whitespace in EDN. */
function skipSpace(text: string, at: number): number {
  while (at < text.length && /[\s,]/.test(text[at]!)) at++
  return at
}

function shown(text: string, at: number): string {
  if (at >= text.length) return 'the end of the line'
  const rest = text.slice(at)
  return JSON.stringify(rest.length > 20 ? `${rest.slice(0, 20)}…` : rest)
}
