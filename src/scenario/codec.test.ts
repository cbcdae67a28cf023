import { deflateSync, gzipSync, inflateSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { fixtureLookup } from '../test/spec-fixture'
import {
  buildFragment,
  decodeLink,
  decodePayload,
  encodeScenario,
  MAX_PAYLOAD_CHARS,
  parseFragment,
} from './codec'
import { DESIGN_EXAMPLE } from '../test/design-example'
import type { Input, Scenario } from './types'

const specLookup = fixtureLookup

const SCENARIO = DESIGN_EXAMPLE

/** Deflates text as the codec does and wraps it as a payload, for hand-made bad data. */
function payloadOf(bytes: Uint8Array, compress = true): string {
  return Buffer.from(compress ? deflateSync(bytes, { level: 9 }) : bytes).toString('base64url')
}

const DAMAGED = 'link: the scenario data is damaged or truncated'

describe('round trip', () => {
  test('a scenario survives encode and decode unchanged', () => {
    const decoded = decodePayload(encodeScenario(SCENARIO))
    expect(decoded).toEqual({ ok: true, value: SCENARIO })
  })

  test('the payload is base64url without padding of raw DEFLATE of the JSON', () => {
    const payload = encodeScenario(SCENARIO)
    expect(payload).toMatch(/^[\w-]+$/)
    const compressed = new Uint8Array(Buffer.from(payload, 'base64url'))
    expect(new TextDecoder().decode(inflateSync(compressed))).toBe(JSON.stringify(SCENARIO))
    expect(payload).toBe(payloadOf(new TextEncoder().encode(JSON.stringify(SCENARIO))))
  })

  test('a link carries the scenario, the time and the view', () => {
    const fragment = buildFragment({ scenario: SCENARIO, t: 1500, view: 'space-time' })
    expect(fragment).toMatch(/^s=[\w-]+&t=1500&view=space-time$/)
    expect(decodeLink(`https://example.org/app/#${fragment}`, specLookup)).toEqual({
      ok: true,
      scenario: SCENARIO,
      t: 1500,
      view: 'space-time',
    })
    expect(decodeLink(buildFragment({ scenario: SCENARIO }), specLookup)).toEqual({
      ok: true,
      scenario: SCENARIO,
    })
  })

  test('an embed link says so, and round-trips', () => {
    const fragment = buildFragment({ scenario: SCENARIO, t: 200, embed: true })
    expect(fragment).toMatch(/^s=[\w-]+&t=200&embed=1$/)
    expect(decodeLink(fragment, specLookup)).toEqual({
      ok: true,
      scenario: SCENARIO,
      t: 200,
      embed: true,
    })
  })

  test('non-ASCII keys and values survive', () => {
    const scenario: Scenario = {
      ...SCENARIO,
      inputs: [{ at: 0, type: 'client', op: 'put', key: 'ключ 🔑', value: '値\u0000"\\' }],
    }
    expect(decodeLink(buildFragment({ scenario }), specLookup)).toEqual({ ok: true, scenario })
  })

  test('a 50-input scenario fits in a link shorter than 2000 characters', () => {
    const scenario: Scenario = { ...SCENARIO, inputs: fiftyInputs() }
    const fragment = buildFragment({ scenario, t: 12_345 })
    console.log(
      `50-input scenario: JSON ${JSON.stringify(scenario).length} chars, fragment ${fragment.length} chars`,
    )
    expect(fragment.length).toBeLessThan(2000)
    expect(decodeLink(fragment, specLookup)).toEqual({ ok: true, scenario, t: 12_345 })
  })
})

describe('buildFragment', () => {
  test('refuses a time or view that no link could carry', () => {
    expect(() => buildFragment({ scenario: SCENARIO, t: -1 })).toThrow(RangeError)
    expect(() => buildFragment({ scenario: SCENARIO, t: Number.NaN })).toThrow(RangeError)
    expect(() => buildFragment({ scenario: SCENARIO, view: 'a&b' })).toThrow(RangeError)
  })
})

describe('parseFragment', () => {
  test.each([
    ['https://host/path/#s=abc', { ok: true, payload: 'abc' }],
    ['#s=abc', { ok: true, payload: 'abc' }],
    ['s=abc', { ok: true, payload: 'abc' }],
    ['  s=abc&t=1500\n', { ok: true, payload: 'abc', t: 1500 }],
    ['s=abc&t=0.5&view=graph', { ok: true, payload: 'abc', t: 0.5, view: 'graph' }],
    ['s=abc&t=1e-7', { ok: true, payload: 'abc', t: 1e-7 }],
    ['view=graph&s=abc', { ok: true, payload: 'abc', view: 'graph' }],
    ['s=abc&future=1&&x', { ok: true, payload: 'abc' }],
    ['s=abc&embed=1', { ok: true, payload: 'abc', embed: true }],
    ['s=abc&embed=0', { ok: true, payload: 'abc' }],
    ['s=abc&embed=yes', { ok: false, error: 'link: embed= must be 1 or 0 (got "yes")' }],
    ['https://host/?s=nope#s=abc', { ok: true, payload: 'abc' }],
    ['s=', { ok: true, payload: '' }],
    ['', { ok: false, error: 'link: no s= (the scenario data) in it' }],
    ['#t=5', { ok: false, error: 'link: no s= (the scenario data) in it' }],
    ['https://host/path/#', { ok: false, error: 'link: no s= (the scenario data) in it' }],
    [
      'https://host/path/?s=abc',
      { ok: false, error: 'link: this address has no #s=… part, so it holds no scenario' },
    ],
    ['s=abc&s=def', { ok: false, error: 'link: s= appears twice' }],
    [
      's=abc&t=soon',
      { ok: false, error: 'link: t= must be a time in milliseconds such as 1500 (got "soon")' },
    ],
    [
      's=abc&t=-5',
      { ok: false, error: 'link: t= must be a time in milliseconds such as 1500 (got "-5")' },
    ],
    [
      's=abc&t=1e400',
      { ok: false, error: 'link: t= must be a time in milliseconds such as 1500 (got "1e400")' },
    ],
    [
      's=abc&view=%3Cscript%3E',
      { ok: false, error: 'link: view= must be a view name (got "%3Cscript%3E")' },
    ],
  ])('%j', (text, result) => {
    expect(parseFragment(text)).toEqual(result)
  })

  test('refuses very long text before splitting it', () => {
    const result = parseFragment(`s=${'A'.repeat(200_000)}`)
    expect(result).toEqual({
      ok: false,
      error: 'link: too long (200002 characters; at most 110000)',
    })
  })
})

describe('bad payloads give errors, not exceptions', () => {
  const good = encodeScenario(SCENARIO)

  test.each([
    ['empty', '', 'link: the scenario data (s=) is empty'],
    [
      'truncated by half',
      good.slice(0, good.length >> 1),
      `${DAMAGED} (not valid compressed data)`,
    ],
    ['truncated by one', good.slice(0, -1), expect.stringContaining(DAMAGED)],
    ['truncated by two', good.slice(0, -2), expect.stringContaining(DAMAGED)],
    ['of impossible length', good.slice(0, 5), `${DAMAGED} (its length is impossible)`],
    [
      'not compressed',
      payloadOf(new TextEncoder().encode('{"a":1}'), false),
      `${DAMAGED} (not valid compressed data)`,
    ],
    [
      'gzip, not raw DEFLATE',
      Buffer.from(gzipSync(new TextEncoder().encode('{}'))).toString('base64url'),
      `${DAMAGED} (not valid compressed data)`,
    ],
    [
      'compressed, but not UTF-8',
      payloadOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])),
      `${DAMAGED} (not valid UTF-8 text)`,
    ],
    [
      'compressed UTF-8, but not JSON',
      payloadOf(new TextEncoder().encode('hello')),
      `${DAMAGED} (not valid JSON)`,
    ],
    ['compressed nothing', payloadOf(new Uint8Array(0)), `${DAMAGED} (not valid JSON)`],
  ])('%s', (_, payload, error) => {
    expect(decodePayload(payload)).toEqual({ ok: false, error })
  })

  test('names the first character that base64url has no place for', () => {
    expect(decodePayload(`${good.slice(0, 17)}%2B${good.slice(17)}`)).toEqual({
      ok: false,
      error:
        'link: character 18 of the scenario data is "%", which can\'t be in a share link (only A–Z, a–z, 0–9, - and _)',
    })
    expect(decodePayload('ab+c')).toMatchObject({
      error: expect.stringContaining('character 3 of the scenario data is "+"'),
    })
    expect(decodePayload('abc=')).toMatchObject({
      error: expect.stringContaining('character 4 of the scenario data is "="'),
    })
    expect(decodePayload('ab\nc')).toMatchObject({
      error: expect.stringContaining('character 3 of the scenario data is "\\n"'),
    })
    expect(decodePayload('a🔑')).toMatchObject({
      error: expect.stringContaining('character 2 of the scenario data is "🔑"'),
    })
  })

  test('refuses a payload over 100,000 characters without decoding it', () => {
    expect(decodePayload('A'.repeat(MAX_PAYLOAD_CHARS + 1))).toEqual({
      ok: false,
      error: 'link: the scenario data is too long (100001 characters; at most 100000)',
    })
  })

  test('damage anywhere in the middle is caught by some layer', () => {
    const results = [...good].map((char, i) => {
      const flipped = char === 'A' ? 'B' : 'A'
      return decodeLink(`s=${good.slice(0, i)}${flipped}${good.slice(i + 1)}`, specLookup)
    })
    const wellFormed = (result: (typeof results)[number]) =>
      result.ok ? result.scenario.version === 1 : /^[^\n]+$/.test(result.error)
    expect(results.filter((result) => !wellFormed(result))).toEqual([])
  })

  test('foreign JSON is reported by validation', () => {
    const foreign = payloadOf(new TextEncoder().encode('{"type":"FeatureCollection"}'))
    expect(decodeLink(`#s=${foreign}`, specLookup)).toEqual({
      ok: false,
      error: 'version: required (this build reads version 1)',
    })
    const unknownNode = encodeScenario({
      ...SCENARIO,
      inputs: [{ at: 0, type: 'crash', node: 'n9' }],
    })
    expect(decodeLink(`#s=${unknownNode}`, specLookup)).toEqual({
      ok: false,
      error: 'inputs[0].node: no node "n9" in a 5-node cluster',
    })
  })
})

describe('zip bombs', () => {
  test('20 MB of zeros in a short payload is refused, quickly', () => {
    const payload = payloadOf(new Uint8Array(20_000_000))
    expect(payload.length).toBeLessThan(MAX_PAYLOAD_CHARS)
    const started = performance.now()
    expect(decodePayload(payload)).toEqual({
      ok: false,
      error: 'link: the scenario data unpacks to more than 1 MB, too much to open',
    })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  test('JSON just over 1 MB is refused, and just under is read', () => {
    const over = JSON.stringify('x'.repeat(1024 * 1024))
    expect(decodePayload(payloadOf(new TextEncoder().encode(over)))).toMatchObject({ ok: false })
    const under = JSON.stringify('x'.repeat(1024 * 1024 - 2))
    expect(decodePayload(payloadOf(new TextEncoder().encode(under)))).toMatchObject({ ok: true })
  })
})

/** Fifty inputs of every kind, the way a user's session would build them up. */
function fiftyInputs(): Input[] {
  const nodes = ['n1', 'n2', 'n3', 'n4', 'n5']
  return Array.from({ length: 50 }, (_, i): Input => {
    const at = 500 + i * 137
    const node = nodes[i % 5]!
    switch (i % 10) {
      case 0:
        return { at, type: 'crash', node }
      case 1:
        return { at, type: 'restart', node: nodes[(i - 1) % 5]! }
      case 2:
        return { at, type: 'partition', groups: [[node, nodes[(i + 1) % 5]!]] }
      case 3:
        return { at, type: 'heal' }
      case 4:
        return { at, type: 'client', op: 'put', key: `k${i % 7}`, value: `${i * 31}` }
      case 5:
        return { at, type: 'client', op: 'get', key: `k${i % 7}`, node }
      case 6:
        return { at, type: 'timeout', node }
      case 7:
        return { at, type: 'drop', message: 100 + i * 13 }
      case 8:
        return { at, type: 'delay', message: 101 + i * 13, byMs: 250 }
      default:
        return { at, type: 'link', from: node, to: nodes[(i + 2) % 5]!, lossRate: 0.3 }
    }
  })
}
