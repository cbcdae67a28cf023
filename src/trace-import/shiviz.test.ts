import { describe, expect, it } from 'vitest'
import {
  GOVECTOR_PATTERN,
  MAX_LOG_CHARS,
  parseShiviz,
  SHIVIZ_DEFAULT_PATTERN,
  shivizHappensBefore,
  type ShivizLog,
} from './shiviz'

/** a sends to b, b to c, c answers a; c also does something alone. */
const THREE_HOSTS = `a starts
a {"a":1}
a sends to b
a {"a":2}
b receives from a
b {"a":2, "b":1}
c works alone
c {"c":1}
b sends to c
b {"a":2, "b":2}
c receives from b
c {"a":2, "b":2, "c":2}
c replies to a
c {"a":2, "b":2, "c":3}
a receives from c
a {"a":3, "b":2, "c":3}
`

function parsed(text: string, pattern?: string): ShivizLog {
  const result = parseShiviz(text, pattern)
  if (!result.ok) throw new Error(result.error)
  return result.log
}

function error(text: string, pattern?: string): string {
  const result = parseShiviz(text, pattern)
  if (result.ok) throw new Error('expected an error')
  return result.error
}

describe('ShiViz logs that parse', () => {
  it('reads hosts, events and clocks with the default pattern', () => {
    expect(SHIVIZ_DEFAULT_PATTERN).toBe('(?<event>.*)\\n(?<host>\\S*) (?<clock>{.*})')
    const log = parsed(THREE_HOSTS)
    expect(log.hosts).toEqual(['a', 'b', 'c'])
    expect(log.events.map((e) => [e.host, e.time, e.line, e.text])).toEqual([
      ['a', 1, 1, 'a starts'],
      ['a', 2, 3, 'a sends to b'],
      ['b', 1, 5, 'b receives from a'],
      ['c', 1, 7, 'c works alone'],
      ['b', 2, 9, 'b sends to c'],
      ['c', 2, 11, 'c receives from b'],
      ['c', 3, 13, 'c replies to a'],
      ['a', 3, 15, 'a receives from c'],
    ])
    expect(log.events[5]!.clock).toEqual({ a: 2, b: 2, c: 2 })
    expect(parsed(THREE_HOSTS.replaceAll('\n', '\r\n'))).toEqual(log)
    expect([...log.byHost]).toEqual([
      ['a', [0, 1, 7]],
      ['b', [2, 4]],
      ['c', [3, 5, 6]],
    ])
  })

  it('infers only the direct messages from the clocks, as ShiViz does', () => {
    // c's receive also raises a (to 2), but b's send already knew a at 2: no arrow a → c.
    expect(parsed(THREE_HOSTS).messages).toEqual([
      { from: 'a', to: 'b', send: 1, receive: 2 },
      { from: 'b', to: 'c', send: 4, receive: 5 },
      { from: 'c', to: 'a', send: 6, receive: 7 },
    ])
  })

  it('orders events by happens-before from the clocks', () => {
    const log = parsed(THREE_HOSTS)
    expect(shivizHappensBefore(log, 0, 5)).toBe(true)
    expect(shivizHappensBefore(log, 5, 0)).toBe(false)
    expect(shivizHappensBefore(log, 3, 7)).toBe(true)
    // c's lone event and a's send know nothing of each other.
    expect(shivizHappensBefore(log, 3, 1) || shivizHappensBefore(log, 1, 3)).toBe(false)
  })

  it('reads a host order other than line order, GoVector layout, and extra fields', () => {
    const govector = `b {"b":1}\nfirst on b\na {"a":2, "b":1}\nsecond on a\na {"a":1}\nfirst on a\n`
    const log = parsed(govector, GOVECTOR_PATTERN)
    expect(log.hosts).toEqual(['b', 'a'])
    expect([...log.byHost]).toEqual([
      ['b', [0]],
      ['a', [2, 1]],
    ])
    expect(log.messages).toEqual([{ from: 'b', to: 'a', send: 0, receive: 1 }])
    const dated = parsed(
      '10:01 boot\nn1 {"n1":1}\n\n10:02 ping\nn1 {"n1":2}\n',
      String.raw`(?<date>\d\d:\d\d) (?<event>.*)\n(?<host>\S*) (?<clock>{.*})`,
    )
    expect(dated.events.map((e) => [e.fields, e.line])).toEqual([
      [{ date: '10:01' }, 1],
      [{ date: '10:02' }, 4],
    ])
  })

  it('takes any host name, even one an object already has', () => {
    const log = parsed(
      'boot\ntoString {"toString":1}\nhello\n__proto__ {"__proto__":1, "toString":1}\n',
    )
    expect(log.hosts).toEqual(['toString', '__proto__'])
    expect(log.messages).toEqual([{ from: 'toString', to: '__proto__', send: 0, receive: 1 }])
    expect(error('boot\nconstructor {"toString":1}\n')).toBe(
      'line 2: the clock has no entry for its own host "constructor"',
    )
  })
})

describe('ShiViz logs that do not parse', () => {
  const lines = THREE_HOSTS.split('\n')
  const replace = (line: number, text: string) =>
    lines.map((l, i) => (i === line - 1 ? text : l)).join('\n')

  it.each([
    ['an empty file', '', undefined, 'the log is empty'],
    ['a blank file', '  \n\n', undefined, 'the log is empty'],
    [
      'a clock that is not JSON',
      replace(8, 'c {"c": 1,}'),
      undefined,
      'line 8: the clock is not valid JSON ({"c": 1,})',
    ],
    [
      'a line the pattern does not match',
      `${lines.slice(0, 2).join('\n')}\nstray text\n`,
      undefined,
      expect.stringMatching(
        /^line 3: no match for the log pattern \(expected an event as the pattern describes it, got ".+"\)$/,
      ),
    ],
    [
      'text before the first event',
      `# run 3\n\n${THREE_HOSTS}`,
      undefined,
      expect.stringMatching(/^line 1: no match for the log pattern \(expected .+, got ".*"\)$/),
    ],
    [
      'a host whose own entry skips',
      replace(4, 'a {"a":3}'),
      undefined,
      'line 4: host "a" goes from 1 to 3 (its own entry must increase by one per event)',
    ],
    [
      'a host whose own entry repeats',
      replace(10, 'b {"a":2, "b":1}'),
      undefined,
      'line 10: host "b" goes from 1 to 1 (its own entry must increase by one per event)',
    ],
    [
      'a host that starts at 2',
      'boot\nh {"h":2}\n',
      undefined,
      'line 2: host "h" starts its clock at 2 (a host\'s first event has 1)',
    ],
    [
      'a clock without its own host',
      replace(6, 'b {"a":2}'),
      undefined,
      'line 6: the clock has no entry for its own host "b"',
    ],
    [
      'a clock that names an unknown host',
      replace(8, 'c {"c":1, "z":1}'),
      undefined,
      'line 8: the clock names host "z", which logs no events',
    ],
    [
      'a clock ahead of its host',
      replace(6, 'b {"a":5, "b":1}'),
      undefined,
      'line 6: the clock has "a" at 5, but "a" logs only 3 events',
    ],
    [
      'a clock that forgets',
      replace(10, 'b {"a":1, "b":2}'),
      undefined,
      'line 10: the clock of "b" goes back for "a" (from 2 to 1)',
    ],
    [
      'a clock that knows an event but not its past',
      replace(16, 'a {"a":3, "c":3}'),
      undefined,
      'line 16: the clock has "c" at 3 but not what "c" knew then ("b" at 2)',
    ],
    [
      'clocks that know each other',
      replace(2, 'a {"a":1, "c":1}').replace('c {"c":1}', 'c {"c":1, "a":1}'),
      undefined,
      'line 2: the clock has "c" at 1, which already knew this event of "a" (the clocks form a cycle)',
    ],
    [
      'a counter that is not a whole number',
      replace(8, 'c {"c":1.5}'),
      undefined,
      'line 8: the clock\'s entry for "c" is not a whole number from 1 up (1.5)',
    ],
    [
      'a clock that is no object',
      'a [1] boot\n',
      String.raw`(?<host>\S+) (?<clock>\S+) (?<event>.*)`,
      'line 1: the clock is not a JSON object of host → counter ([1])',
    ],
    ['an empty host', replace(2, ' {"a":1}'), undefined, 'line 2: the host is empty'],
    [
      'a pattern without a clock group',
      THREE_HOSTS,
      String.raw`(?<event>.*)\n(?<host>\S*) (?<time>{.*})`,
      'the pattern has no named group "clock"',
    ],
  ])('%s', (_, text, pattern, expected) => {
    expect(error(text, pattern)).toEqual(expected)
  })

  it('names an invalid regular expression', () => {
    expect(error(THREE_HOSTS, '(?<event>.*')).toMatch(
      /^the pattern is not a valid regular expression: /,
    )
  })

  it('stops at a pattern that matches empty text instead of looping', () => {
    expect(error(THREE_HOSTS, '(?<host>)(?<clock>)(?<event>)')).toBe(
      'line 1: the pattern matches empty text',
    )
  })

  it('bounds the input', () => {
    expect(error('x'.repeat(MAX_LOG_CHARS + 1))).toBe(
      'the log is too large (5242881 characters; at most 5242880)',
    )
    expect(error(THREE_HOSTS, 'a'.repeat(5000))).toBe(
      'the pattern is too long (at most 2000 characters)',
    )
  })
})
