import { describe, expect, it } from 'vitest'
import { sim, tempFile } from '../test/cli'
import { HISTORY_FIXTURES, historyFixturePath } from '../test/history-fixtures'

const ETCD_BAD = historyFixturePath('etcd_000.log')
const ETCD_OK = historyFixturePath('etcd_002.log')

describe('npm run sim -- check-history', () => {
  it('--json prints one object per file with the verdict the fixtures README gives', () => {
    for (const format of ['jepsen-log', 'edn']) {
      const fixtures = HISTORY_FIXTURES.filter((f) => f.format === format)
      const files = fixtures.map((f) => historyFixturePath(f.file))
      const { status, stdout, stderr } = sim(
        'check-history',
        '--format',
        format,
        ...files,
        '--json',
      )
      expect(stderr).toBe('')
      expect(status).toBe(0)
      const lines = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(lines).toEqual(
        fixtures.map((f, i) => ({
          file: files[i],
          format,
          model: f.model,
          ops: expect.any(Number),
          linearizable: f.linearizable,
          ms: expect.any(Number),
        })),
      )
      for (const line of lines) expect(Object.keys(line)).toHaveLength(6)
    }
  })

  it('counts operations: one per invocation', () => {
    const { stdout } = sim('check-history', '--format', 'jepsen-log', ETCD_BAD, '--json')
    expect(JSON.parse(stdout).ops).toBe(85)
  })

  it('prints a readable line per file, and explains a violation', () => {
    const { status, stdout } = sim('check-history', '--format', 'jepsen-log', ETCD_OK, ETCD_BAD)
    expect(status).toBe(0)
    expect(stdout).toMatch(
      /etcd_002\.log: linearizable \(register model, 77 operations, [\d.]+ ms\)\n/,
    )
    expect(stdout).toMatch(/etcd_000\.log: not linearizable \(register model, 85 operations/)
    expect(stdout).toMatch(
      /the longest linearizable prefix has \d+ operations, ending with line \d+/,
    )
    expect(stdout).toContain('    line 85, process 11: read → 2')
  })

  it("says 'unknown' when --timeout-ms is too short, and exits 0", () => {
    const writes = Array.from(
      { length: 24 },
      (_, p) => `INFO  jepsen.util - ${p} :invoke :write ${p}`,
    )
    const reads = [
      'INFO  jepsen.util - 99 :invoke :read nil',
      'INFO  jepsen.util - 99 :ok :read 99',
    ]
    const oks = writes.map((w) => w.replace(':invoke', ':ok'))
    const file = tempFile([...writes, ...reads, ...oks].join('\n'), 'hard.log')
    const json = sim(
      'check-history',
      '--format',
      'jepsen-log',
      file,
      '--timeout-ms',
      '50',
      '--json',
    )
    expect(json.status).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ linearizable: 'unknown', ops: 25 })
    const text = sim('check-history', '--format', 'jepsen-log', file, '--timeout-ms', '50')
    expect(text.stdout).toContain('hard.log: unknown, gave up after the 50 ms budget')
  })

  it.each([
    [['check-history', ETCD_OK], '--format is required ("jepsen-log" or "edn")'],
    [
      ['check-history', '--format', 'csv', ETCD_OK],
      '--format: expected "jepsen-log" or "edn", got "csv"',
    ],
    [['check-history', '--format', 'edn'], 'check-history: expected a history file'],
    [['check-history', '--format', 'edn', 'missing.txt'], 'missing.txt: no such file'],
    [['check-history', '--format', 'edn', ETCD_OK], 'etcd_002.log: line 1: expected "{"'],
    [
      ['check-history', '--format', 'jepsen-log', ETCD_OK, '--timeout-ms', 'soon'],
      '--timeout-ms: must be',
    ],
    [
      ['check-history', '--format', 'jepsen-log', ETCD_OK, '--until', '5'],
      'unknown option --until',
    ],
  ])('exits 2 with one line on bad usage: %j', (args, message) => {
    const { status, stdout, stderr } = sim(...args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain(message)
  })

  it('names the file and line of a malformed history, and prints nothing for the good ones', () => {
    const bad = tempFile(
      'INFO  jepsen.util - 0 :invoke :read nil\nINFO  jepsen.util - 0 :foo :read nil\n',
      'bad.log',
    )
    const { status, stdout, stderr } = sim('check-history', '--format', 'jepsen-log', ETCD_OK, bad)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `sim: ${bad}: line 2: expected ":invoke", ":ok", ":fail" or ":info", got ":foo"\n`,
    )
  })
})
