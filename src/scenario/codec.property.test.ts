import * as fc from 'fast-check'
import { deflateSync } from 'fflate'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, test } from 'vitest'
import { fixtureLookup } from '../test/spec-fixture'
import { buildFragment, decodeLink, encodeScenario } from './codec'
import type { Input, Scenario } from './types'
import { parseScenario } from './validate'

const specLookup = fixtureLookup

/** Generous for one decode of at most 100,000 characters; typical ones take microseconds. */
const MAX_DECODE_MS = 250

const BASE64URL = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_']
/** The alphabet of links, plus characters that turn up when links are mangled. */
const LINK_CHARS = [...BASE64URL, ...'#&=?:/.%+ \n\t=ä🔑']

/**
 * Decodes `text` and says what is wrong with the answer: it must come back in bounded time,
 * as a scenario that validation accepts unchanged, or as a one-line error. Null when fine.
 */
function decodeProblem(text: string): string | null {
  const started = performance.now()
  const result = decodeLink(text, specLookup)
  const elapsed = performance.now() - started
  if (elapsed > MAX_DECODE_MS) return `took ${elapsed} ms`
  if (result.ok) {
    const again = parseScenario(result.scenario, specLookup)
    return isDeepStrictEqual(again, result) ? null : `revalidates as ${JSON.stringify(again)}`
  }
  return /^[^\n]+$/.test(result.error) ? null : `error not one line: ${JSON.stringify(result)}`
}

const nodeOf = (nodes: number) => fc.integer({ min: 1, max: nodes }).map((n) => `n${n}`)

function inputArbitrary(nodes: number): fc.Arbitrary<Input> {
  const at = fc.integer({ min: 0, max: 86_400_000 })
  const node = nodeOf(nodes)
  return fc.oneof(
    fc.record({ at, type: fc.constantFrom('crash', 'restart', 'timeout'), node }),
    fc.record({ at, type: fc.constant('heal') }),
    fc.record({ at, type: fc.constant('partition'), groups: fc.constant([['n1']]) }),
    fc.record({
      at,
      type: fc.constant('client'),
      op: fc.constant('get'),
      key: fc.string({ minLength: 1, maxLength: 5 }),
    }),
    fc.record({
      at,
      type: fc.constant('client'),
      op: fc.constant('put'),
      key: fc.string({ minLength: 1, maxLength: 5 }),
      value: fc.string({ maxLength: 5 }),
    }),
    fc.record({ at, type: fc.constantFrom('drop', 'duplicate'), message: fc.nat() }),
    fc.record({
      at,
      type: fc.constant('delay'),
      message: fc.nat(),
      byMs: fc.integer({ min: 0, max: 3_600_000 }),
    }),
  ) as fc.Arbitrary<Input>
}

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.integer({ min: 1, max: 25 }).chain((nodes) =>
  fc.record({
    version: fc.constant(1 as const),
    protocol: fc.constant('raft'),
    nodes: fc.constant(nodes),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    params: fc.record(
      {
        lossRate: fc.double({ min: 0, max: 1, noNaN: true }),
        heartbeatMs: fc.integer({ min: 1, max: 60_000 }),
      },
      { requiredKeys: [] },
    ),
    inputs: fc
      .array(inputArbitrary(nodes), { maxLength: 30 })
      .map((inputs) => [...inputs].sort((a, b) => a.at - b.at)),
  }),
)

type Mutation =
  | { kind: 'replace'; at: number; char: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'repeat'; at: number; length: number }

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    char: fc.constantFrom(...LINK_CHARS),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: 1, maxLength: 20 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
)

function mutate(text: string, mutation: Mutation): string {
  const at = mutation.at % (text.length + 1)
  switch (mutation.kind) {
    case 'replace':
      return text.slice(0, at) + mutation.char + text.slice(at + 1)
    case 'delete':
      return text.slice(0, at) + text.slice(at + mutation.length)
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at)
    case 'truncate':
      return text.slice(0, at)
    case 'repeat':
      return text.slice(0, at + mutation.length) + text.slice(at)
  }
}

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url')
}

describe('decodeLink never throws and answers in bounded time', () => {
  test('random text of any characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('', '#', '#s=', 's='),
        (text, prefix) => {
          expect(decodeProblem(prefix + text)).toBeNull()
        },
      ),
      { numRuns: 3000 },
    )
  })

  test('random text in the characters of links', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...LINK_CHARS), maxLength: 400 }), (text) => {
        expect(decodeProblem(`s=${text}`)).toBeNull()
      }),
      { numRuns: 3000 },
    )
  })

  test('valid links round-trip', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        expect(decodeLink(buildFragment({ scenario }), specLookup)).toEqual({ ok: true, scenario })
      }),
      { numRuns: 500 },
    )
  })

  test('random mutations of valid payloads', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.array(mutationArbitrary, { minLength: 1, maxLength: 5 }),
        (scenario, mutations) => {
          expect(
            decodeProblem(`#s=${mutations.reduce(mutate, encodeScenario(scenario))}`),
          ).toBeNull()
        },
      ),
      { numRuns: 3000 },
    )
  })

  test('valid compression of random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(decodeProblem(`s=${base64url(deflateSync(bytes))}`)).toBeNull()
      }),
      { numRuns: 1000 },
    )
  })

  test('valid compression of random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = new TextEncoder().encode(JSON.stringify(value) ?? 'null')
        expect(decodeProblem(`s=${base64url(deflateSync(json))}`)).toBeNull()
      }),
      { numRuns: 1000 },
    )
  })

  test('valid scenarios with one field replaced by random JSON', () => {
    const key = fc.constantFrom(
      'version',
      'nodes',
      'seed',
      'params',
      'inputs',
      'variant',
      'protocol',
      '__proto__',
      'extra',
    )
    fc.assert(
      fc.property(scenarioArbitrary, key, fc.jsonValue(), (scenario, field, value) => {
        const changed: Record<string, unknown> = { ...scenario }
        Object.defineProperty(changed, field, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        })
        const json = new TextEncoder().encode(JSON.stringify(changed))
        expect(decodeProblem(`s=${base64url(deflateSync(json))}`)).toBeNull()
      }),
      { numRuns: 1000 },
    )
  })
})

describe('parseScenario never throws', () => {
  test('on anything at all, null prototypes and hostile keys included', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'version', 'inputs', 'params'),
    )
    fc.assert(
      fc.property(
        fc.anything({
          key,
          withNullPrototype: true,
          withMap: true,
          withSet: true,
          withBigInt: true,
        }),
        (raw) => {
          expect(typeof parseScenario(raw, specLookup).ok).toBe('boolean')
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
        },
      ),
      { numRuns: 2000 },
    )
  })
})
