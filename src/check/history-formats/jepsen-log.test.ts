import { describe, expect, it } from 'vitest'
import { parseJepsenLog } from './jepsen-log'
import { MAX_HISTORY_CHARS } from './parse-result'

const log = (...rows: string[]) => rows.map((r) => `INFO  jepsen.util - ${r}`).join('\n')

describe('jepsen-log: good input', () => {
  it('pairs invocations with completions by process; times and ids are line numbers', () => {
    const text = log(
      '0\t:invoke\t:write\t3',
      '1 :invoke :read nil',
      '1  :ok  :read  nil',
      '0\t:ok\t:write\t3',
    )
    expect(parseJepsenLog(text)).toEqual({
      ok: true,
      ops: [
        { id: 1, client: '0', input: { f: 'write', value: 3 }, output: true, call: 1, return: 4 },
        { id: 2, client: '1', input: { f: 'read' }, output: null, call: 2, return: 3 },
      ],
    })
  })

  it('reads cas outcomes: :ok swapped, :fail did not', () => {
    const text = log(
      '0 :invoke :cas [1 2]',
      '0 :ok :cas [1 2]',
      '0 :invoke :cas [nil 4]',
      '0 :fail :cas [nil 4]',
    )
    const parsed = parseJepsenLog(text)
    expect(parsed.ok && parsed.ops.map((op) => [op.input, op.output])).toEqual([
      [{ f: 'cas', from: 1, to: 2 }, true],
      [{ f: 'cas', from: null, to: 4 }, false],
    ])
  })

  it('gives :info, a failed read and an unfinished invocation unknown outcomes', () => {
    const text = log(
      '0 :invoke :write 1',
      '0 :info :write :timed-out',
      '1 :invoke :read nil',
      '1 :fail :read :timed-out',
      '2 :invoke :cas [1 2]',
    )
    const parsed = parseJepsenLog(text)
    expect(parsed.ok && parsed.ops.map((op) => [op.id, op.output, op.return])).toEqual([
      [1, undefined, Infinity],
      [3, undefined, Infinity],
      [5, undefined, Infinity],
    ])
  })

  it('leaves out a write that failed: it did not happen', () => {
    const parsed = parseJepsenLog(log('0 :invoke :write 1', '0 :fail :write 1'))
    expect(parsed).toEqual({ ok: true, ops: [] })
  })

  it('skips blank lines and accepts CRLF line ends', () => {
    const parsed = parseJepsenLog(`\r\n${log('0 :invoke :read nil', '0 :ok :read 5')}\r\n\r\n`)
    expect(parsed.ok && parsed.ops[0]).toMatchObject({ call: 2, return: 3, output: 5 })
  })
})

describe('jepsen-log: bad input names the line and what was expected', () => {
  it.each([
    [
      log('0 :invoke :read nil', '0 :foo :read nil'),
      'line 2: expected ":invoke", ":ok", ":fail" or ":info", got ":foo"',
    ],
    ['hello', 'line 1: expected "INFO jepsen.util - <process> <type> <f> <value>", got "hello"'],
    [log('x :invoke :read nil'), 'line 1: expected a process number, got "x"'],
    [log('0 :invoke :delete 1'), 'line 1: expected ":read", ":write" or ":cas", got ":delete"'],
    [log('0 :invoke :write one'), 'line 1: expected the value to write, got "one"'],
    [log('0 :invoke :cas [1]'), 'line 1: expected "[from to]", got "[1]"'],
    [
      log('0 :invoke :read nil', '0 :ok :read maybe'),
      'line 2: expected nil or a number, got "maybe"',
    ],
    [log('0 :ok :read 1'), 'line 1: process 0 has no operation in progress'],
    [
      log('0 :invoke :read nil', '0 :ok :write 1'),
      'line 2: expected ":read" to complete line 1, got ":write"',
    ],
    [
      log('0 :invoke :read nil', '0 :invoke :read nil'),
      'line 2: process 0 invoked again before its invocation on line 1 completed',
    ],
  ])('%j', (text, error) => {
    expect(parseJepsenLog(text)).toEqual({ ok: false, error })
  })

  it('refuses input beyond the size bound without reading it', () => {
    const parsed = parseJepsenLog(' '.repeat(MAX_HISTORY_CHARS + 1))
    expect(parsed).toEqual({ ok: false, error: 'history larger than 16 MB' })
  })
})
