import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseEdnHistory } from './edn'
import { parseJepsenLog } from './jepsen-log'

/** Lines glued from the formats' own tokens, so the fuzz gets past the first check. */
const TOKENS = [
  'INFO  jepsen.util - ',
  '0',
  '1',
  '-3',
  ' ',
  '\t',
  ':invoke',
  ':ok',
  ':fail',
  ':info',
  ':read',
  ':write',
  ':cas',
  'nil',
  '[1 2]',
  '[',
  ']',
  ':timed-out',
  '{',
  '}',
  ':process',
  ':type',
  ':f',
  ':key',
  ':value',
  ':get',
  ':put',
  ':append',
  '"k"',
  '"',
  '\\',
  ',',
  '\n',
  '99999999999999999999',
]

const text = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
)

describe('parsers never throw', () => {
  it.each([
    ['jepsen-log', parseJepsenLog],
    ['edn', parseEdnHistory],
  ] as const)('%s: an error naming a line, or operations', (_name, parse) => {
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parse(input)
        const sane = (ops: typeof parsed & { ok: true }) =>
          ops.ops.every((op) => op.return > op.call) ? 'operations' : 'bad times'
        expect(parsed.ok ? sane(parsed) : parsed.error).toMatch(/^(operations$|line \d+: .)/)
      }),
      { numRuns: 2000 },
    )
  })
})
