import { describe, expect, it } from 'vitest'
import { jsonSyntaxError } from './otel-json-syntax'

const at = (text: string) => {
  const e = jsonSyntaxError(text)
  return e === null ? null : `${e.line}:${e.column} ${e.reason}`
}

describe('finding where a text stops being JSON', () => {
  it('finds nothing wrong in JSON', () => {
    for (const ok of [
      '{}',
      ' [ ] ',
      '{"a":[1,-2.5e3,true,null,"x\\"\\u00e9"],"b":{}}',
      '"s"',
      '0',
    ]) {
      expect(at(ok), ok).toBeNull()
      expect(() => JSON.parse(ok)).not.toThrow()
    }
  })

  it('names the place and the problem, counting lines and columns from 1', () => {
    expect(at('{\n  "a": 1,\n}')).toBe('3:1 expected a property name in double quotes, found "}"')
    expect(at('{"a" 1}')).toBe(`1:6 expected ':' after the property name, found "1"`)
    expect(at('[1 2]')).toBe(`1:4 expected ',' or ']', found "2"`)
    expect(at('{"a":1]')).toBe(`1:7 expected ',' or '}', found "]"`)
    expect(at('[01]')).toBe(`1:3 expected ',' or ']', found "1"`)
    expect(at('[tru]')).toBe('1:2 expected a value, found "t"')
    expect(at('{} {}')).toBe('1:4 unexpected "{" after the JSON value')
    expect(at('')).toBe('1:1 the text ends too early')
    expect(at('["a\nb"]')).toBe('1:4 a string runs to the end of its line')
    expect(at('["a\\x"]')).toBe('1:4 a bad escape "\\\\x" in a string')
    expect(at('  ["abc')).toBe('1:4 a string is not closed')
  })

  it('agrees with JSON.parse', () => {
    for (const text of [
      '{"a":[1,{"b":[]}]}',
      '{"a":[1,{"b":[]]}',
      '[[[[[[',
      '{"a":1,"b":}',
      '[1,]',
    ]) {
      let parses = true
      try {
        JSON.parse(text)
      } catch {
        parses = false
      }
      expect(at(text) === null, text).toBe(parses)
    }
  })

  it('scans deep nesting without running out of stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999)
    expect(at(deep)).toBe('1:400000 the text ends too early')
  })
})
