/**
 * Share links (DESIGN.md, "Share links"): the whole scenario travels in the URL fragment as
 * `s=<payload>[&t=<ms>][&view=<name>][&embed=1]`, payload = base64url (no padding) of raw DEFLATE of
 * the scenario's UTF-8 JSON. A link is untrusted: decoding is bounded at every step, never
 * throws, and ends in a one-line message that says what is wrong.
 */

import { Inflate, deflateSync } from 'fflate'
import { loadScenario } from './migrate'
import type { Scenario } from './types'
import { quote } from './validate-fields'
import type { SpecLookup } from './validate'

export const MAX_PAYLOAD_CHARS = 100_000
export const MAX_JSON_BYTES = 1024 * 1024
/** Room for the payload plus an address and the other fragment keys. */
const MAX_LINK_CHARS = MAX_PAYLOAD_CHARS + 10_000
/**
 * DEFLATE expands at most about 1032 times, so feeding the inflater this many bytes at a
 * time lets a zip bomb overshoot the output limit by half a megabyte at most before we stop.
 */
const INFLATE_STEP_BYTES = 512
export const VIEW_NAME = /^[\w-]{1,40}$/

export type DecodeResult = { ok: true; value: unknown } | { ok: false; error: string }

/** What a link says besides the scenario: where to put the cursor and how to show the run. */
export interface LinkOptions {
  /** The cursor time, in virtual milliseconds. */
  readonly t?: number
  readonly view?: string
  /** Show only the graph, the timeline and playback controls (for an iframe). */
  readonly embed?: boolean
}

export type FragmentResult =
  ({ ok: true; payload: string } & LinkOptions) | { ok: false; error: string }

export type LinkResult =
  ({ ok: true; scenario: Scenario } & LinkOptions) | { ok: false; error: string }

export interface LinkState extends LinkOptions {
  readonly scenario: Scenario
}

/** A problem with a link, already worded for the user. */
class LinkError extends Error {}

const DAMAGED = 'link: the scenario data is damaged or truncated'

/** Scenarios are immutable: one is encoded once however often its link is asked for. */
const encoded = new WeakMap<Scenario, string>()

export function encodeScenario(scenario: Scenario): string {
  let payload = encoded.get(scenario)
  if (payload === undefined) {
    payload = encodePayload(scenario)
    encoded.set(scenario, payload)
  }
  return payload
}

/** Any JSON value as a link payload: base64url of raw DEFLATE of its UTF-8 JSON. */
export function encodePayload(value: unknown): string {
  const json = new TextEncoder().encode(JSON.stringify(value))
  return toBase64Url(deflateSync(json, { level: 9 }))
}

/** Payload → parsed JSON, not yet validated. Never throws. */
export function decodePayload(payload: string): DecodeResult {
  return attempt(() => ({ ok: true, value: decodeJson(payload) }))
}

/**
 * Throws only on a programming error (a time or view name no link could carry); the app's
 * own cursor times and view names always fit.
 */
export function buildFragment({ scenario, t, view, embed }: LinkState): string {
  let fragment = `s=${encodeScenario(scenario)}`
  if (t !== undefined) {
    if (!Number.isFinite(t) || t < 0) throw new RangeError(`buildFragment: bad time ${t}`)
    fragment += `&t=${t}`
  }
  if (view !== undefined) {
    if (!VIEW_NAME.test(view)) throw new RangeError(`buildFragment: bad view name ${quote(view)}`)
    fragment += `&view=${view}`
  }
  if (embed === true) fragment += '&embed=1'
  return fragment
}

/** Accepts a full address, `#s=…`, or a bare `s=…&t=…`. Never throws. */
export function parseFragment(hashOrUrl: string): FragmentResult {
  return attempt(() => readFragment(hashOrUrl))
}

/** Link text → a validated scenario plus the optional cursor time and view. Never throws. */
export function decodeLink(text: string, specLookup: SpecLookup): LinkResult {
  return attempt(() => {
    const fragment = parseFragment(text)
    if (!fragment.ok) return fragment
    const decoded = decodePayload(fragment.payload)
    if (!decoded.ok) return decoded
    const loaded = loadScenario(decoded.value, specLookup)
    if (!loaded.ok) return loaded
    const { ok: _ok, payload: _payload, ...options } = fragment
    return { ok: true, scenario: loaded.scenario, ...options }
  })
}

function attempt<T extends { ok: true }>(run: () => T | { ok: false; error: string }) {
  try {
    return run()
  } catch (error) {
    const message = error instanceof LinkError ? error.message : 'link: could not be read'
    return { ok: false as const, error: message }
  }
}

/**
 * The fields of a link's fragment that are among `keys` (others are skipped, so links from
 * newer builds still open), for the other kinds of link (lessons). Never throws.
 */
export function linkFields(
  text: string,
  keys: ReadonlySet<string>,
): { ok: true; fields: Map<string, string> } | { ok: false; error: string } {
  return attempt(() => ({ ok: true as const, fields: fieldsOf(text, keys) }))
}

function fieldsOf(text: string, keys: ReadonlySet<string>): Map<string, string> {
  if (typeof text !== 'string') throw new LinkError('link: must be text')
  const trimmed = text.trim()
  if (trimmed.length > MAX_LINK_CHARS) {
    throw new LinkError(`link: too long (${trimmed.length} characters; at most ${MAX_LINK_CHARS})`)
  }
  return fragmentFields(fragmentOf(trimmed), keys)
}

function readFragment(text: string): FragmentResult {
  const fields = fieldsOf(text, FRAGMENT_KEYS)
  const payload = fields.get('s')
  if (payload === undefined) throw new LinkError('link: no s= (the scenario data) in it')
  const t = fields.get('t')
  const view = fields.get('view')
  const embed = fields.get('embed')
  return {
    ok: true,
    payload,
    ...(t === undefined ? {} : { t: readTime(t) }),
    ...(view === undefined ? {} : { view: readView(view) }),
    ...(embed === undefined || !readEmbed(embed) ? {} : { embed: true }),
  }
}

function fragmentOf(link: string): string {
  const hash = link.indexOf('#')
  // A doubled '#' (a fragment pasted after one already typed) is still the same fragment.
  if (hash >= 0) return link.slice(hash + 1).replace(/^#+/, '')
  if (/^[a-z][a-z\d+.-]*:/i.test(link)) {
    throw new LinkError('link: this address has no #s=… part, so it holds no scenario')
  }
  return link
}

const FRAGMENT_KEYS = new Set(['s', 't', 'view', 'embed'])

/** Keys this build doesn't know are skipped, so links from newer builds still open. */
function fragmentFields(fragment: string, keys: ReadonlySet<string>): Map<string, string> {
  const fields = new Map<string, string>()
  for (const part of fragment.split('&')) {
    const equals = part.indexOf('=')
    const key = equals < 0 ? part : part.slice(0, equals)
    if (!keys.has(key)) continue
    if (fields.has(key)) throw new LinkError(`link: ${key}= appears twice`)
    fields.set(key, equals < 0 ? '' : part.slice(equals + 1))
  }
  return fields
}

function readTime(text: string): number {
  const t = Number(text)
  // Plain decimals, plus the exponent form that String(t) gives very small times.
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) || !Number.isFinite(t)) {
    throw new LinkError(`link: t= must be a time in milliseconds such as 1500 (got ${quote(text)})`)
  }
  return t
}

function readEmbed(text: string): boolean {
  if (text === '1' || text === 'true') return true
  if (text === '0' || text === 'false') return false
  throw new LinkError(`link: embed= must be 1 or 0 (got ${quote(text)})`)
}

function readView(text: string): string {
  if (!VIEW_NAME.test(text)) {
    throw new LinkError(`link: view= must be a view name (got ${quote(text)})`)
  }
  return text
}

function decodeJson(payload: string): unknown {
  if (payload.length === 0) throw new LinkError('link: the scenario data (s=) is empty')
  if (payload.length > MAX_PAYLOAD_CHARS) {
    const size = `${payload.length} characters; at most ${MAX_PAYLOAD_CHARS}`
    throw new LinkError(`link: the scenario data is too long (${size})`)
  }
  const text = decodeUtf8(inflateBounded(fromBase64Url(payload)))
  try {
    return JSON.parse(text)
  } catch {
    throw new LinkError(`${DAMAGED} (not valid JSON)`)
  }
}

function inflateBounded(compressed: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = []
  let total = 0
  const inflater = new Inflate((chunk) => {
    total += chunk.length
    if (total <= MAX_JSON_BYTES) chunks.push(chunk.slice())
  })
  for (let start = 0; start < compressed.length; start += INFLATE_STEP_BYTES) {
    const end = start + INFLATE_STEP_BYTES
    try {
      inflater.push(compressed.subarray(start, end), end >= compressed.length)
    } catch {
      throw new LinkError(`${DAMAGED} (not valid compressed data)`)
    }
    if (total > MAX_JSON_BYTES) {
      throw new LinkError('link: the scenario data unpacks to more than 1 MB, too much to open')
    }
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new LinkError(`${DAMAGED} (not valid UTF-8 text)`)
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const SEXTETS = new Map([...ALPHABET].map((char, i) => [char.charCodeAt(0), i]))

function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const triple = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6))
    for (let c = 0; c < chars; c++) out += ALPHABET[(triple >> (18 - 6 * c)) & 63]
  }
  return out
}

function fromBase64Url(text: string): Uint8Array {
  for (let i = 0; i < text.length; i++) {
    if (!SEXTETS.has(text.charCodeAt(i))) {
      const char = String.fromCodePoint(text.codePointAt(i)!)
      const where = `character ${i + 1} of the scenario data is ${quote(char)}`
      throw new LinkError(
        `link: ${where}, which can't be in a share link (only A–Z, a–z, 0–9, - and _)`,
      )
    }
  }
  // Four characters carry three bytes; one left-over character can't carry any.
  if (text.length % 4 === 1) throw new LinkError(`${DAMAGED} (its length is impossible)`)
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8))
  let bits = 0
  let held = 0
  let next = 0
  for (let i = 0; i < text.length; i++) {
    bits = ((bits << 6) | SEXTETS.get(text.charCodeAt(i))!) & 0xffffff
    held += 6
    if (held >= 8) {
      held -= 8
      bytes[next++] = (bits >> held) & 0xff
    }
  }
  return bytes
}
