import { describe, expect, it } from 'vitest'
import { parseEdnHistory } from './edn'

const edn = (v: string | null) => (v === null ? 'nil' : JSON.stringify(v))
const row = (process: number, type: string, f: string, key: string, value: string | null) =>
  `{:process ${process}, :type :${type}, :f :${f}, :key ${edn(key)}, :value ${edn(value)}}`

describe('edn: good input', () => {
  it('reads get, put and append, pairing by process; ids are invocation lines', () => {
    const text = [
      row(0, 'invoke', 'append', 'k', 'a'),
      row(1, 'invoke', 'get', 'k', null),
      row(0, 'ok', 'append', 'k', 'a'),
      row(1, 'ok', 'get', 'k', 'a'),
      row(0, 'invoke', 'put', 'j', 'z'),
      row(0, 'ok', 'put', 'j', 'z'),
    ].join('\n')
    expect(parseEdnHistory(text)).toEqual({
      ok: true,
      ops: [
        {
          id: 1,
          client: '0',
          input: { f: 'append', key: 'k', value: 'a' },
          output: null,
          call: 1,
          return: 3,
        },
        {
          id: 2,
          client: '1',
          input: { f: 'get', key: 'k', value: null },
          output: 'a',
          call: 2,
          return: 4,
        },
        {
          id: 5,
          client: '0',
          input: { f: 'put', key: 'j', value: 'z' },
          output: null,
          call: 5,
          return: 6,
        },
      ],
    })
  })

  it('accepts keys in any order, extra keys, no commas, and escapes in strings', () => {
    const text = [
      '{:f :append :type :invoke :time 12 :key "k" :process 3 :value "say \\"hi\\"\\n"}',
      '{:type :ok, :process 3, :f :append, :key "k", :value nil, :index 7}',
    ].join('\n')
    const parsed = parseEdnHistory(text)
    expect(parsed.ok && parsed.ops[0]!.input).toEqual({
      f: 'append',
      key: 'k',
      value: 'say "hi"\n',
    })
  })

  it('reads a get of nil as the empty string, :info as unknown, and drops :fail', () => {
    const text = [
      row(0, 'invoke', 'get', 'k', null),
      row(0, 'ok', 'get', 'k', null),
      row(1, 'invoke', 'put', 'k', 'v'),
      row(1, 'info', 'put', 'k', 'v'),
      row(2, 'invoke', 'append', 'k', 'w'),
      row(2, 'fail', 'append', 'k', 'w'),
    ].join('\n')
    const parsed = parseEdnHistory(text)
    expect(parsed.ok && parsed.ops.map((op) => [op.id, op.output, op.return])).toEqual([
      [1, '', 2],
      [3, undefined, Infinity],
    ])
  })
})

describe('edn: bad input names the line and what was expected', () => {
  it.each([
    ['(:process 0)', 'line 1: expected "{", got "(:process 0)"'],
    [
      '{:process 0, :type :invoke',
      'line 1: expected "}" to close the map, got the end of the line',
    ],
    ['{:process 0 :type}', 'line 1: expected a value for :type, got "}"'],
    ['{process 0}', 'line 1: expected a keyword key, got "process 0}"'],
    ['{:process 0 :process 1}', 'line 1: key :process appears twice'],
    ['{:process 0} x', 'line 1: expected the end of the line after "}", got "x"'],
    ['{:value "abc}', 'line 1: expected a value for :value, got "\\"abc}"'],
    [
      `${row(0, 'invoke', 'get', 'k', null)}\n${row(0, 'foo', 'get', 'k', null)}`,
      'line 2: expected :type :invoke, :ok, :fail or :info, got :foo',
    ],
    [row(0, 'invoke', 'cas', 'k', null), 'line 1: expected :f :get, :put or :append, got :cas'],
    [
      '{:process "a", :type :invoke, :f :get, :key "k", :value nil}',
      'line 1: expected :process to be a number, got "a"',
    ],
    [
      '{:process 0, :type :invoke, :f :get, :value nil}',
      'line 1: expected :key to be a string, got nothing',
    ],
    [
      '{:process 0, :type :invoke, :f :put, :key "k", :value 5}',
      'line 1: expected :value to be nil or a string, got 5',
    ],
    [row(0, 'invoke', 'put', 'k', null), 'line 1: expected a string :value for :put, got nil'],
    [row(0, 'ok', 'get', 'k', ''), 'line 1: process 0 has no operation in progress'],
    [
      `${row(0, 'invoke', 'get', 'k', null)}\n\n${row(0, 'ok', 'get', 'j', '')}`,
      'line 3: expected key "k" as invoked on line 1, got "j"',
    ],
  ])('%j', (text, error) => {
    expect(parseEdnHistory(text)).toEqual({ ok: false, error })
  })
})
