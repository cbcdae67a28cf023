import { describe, expect, it } from 'vitest'
import { sim, simProcess, tempFile } from '../test/cli'

const EXAMPLE = 'examples/design.json'

describe('npm run sim', () => {
  it('run --json prints exactly one JSON object with every DESIGN.md field', () => {
    const { status, stdout, stderr } = sim('run', EXAMPLE, '--until', '4000', '--json')
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const out = JSON.parse(lines[0]!)
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'protocol',
        'seed',
        'until',
        'events',
        'traceHash',
        'nodes',
        'history',
        'violations',
        'linearizable',
      ]),
    )
    expect(out).toMatchObject({ protocol: 'raft', seed: 42, until: 4000, violations: [] })
    // The example's put and get are checked: Raft's history is linearizable.
    expect(out.history.length).toBeGreaterThan(0)
    expect(out.linearizable).toBe(true)
    expect(out.traceHash).toMatch(/^[0-9a-f]{16}$/)
    expect(out.events).toBeGreaterThan(100)
    expect(out.nodes).toHaveLength(5)
    for (const n of out.nodes) {
      expect(Object.keys(n)).toEqual(
        expect.arrayContaining([
          'id',
          'up',
          'role',
          'term',
          'votedFor',
          'commitIndex',
          'log',
          'store',
        ]),
      )
    }
    expect(out.nodes.filter((n: { role: string }) => n.role === 'leader')).toHaveLength(1)
    expect(out.history).toEqual([
      expect.objectContaining({ op: 'put', key: 'x', value: '1', invokedAt: 2500, ok: true }),
      expect.objectContaining({ op: 'get', key: 'x', invokedAt: 2600, ok: true, output: '1' }),
    ])
    for (const h of out.history) expect(h.returnedAt).toBeGreaterThan(h.invokedAt)
  })

  it('shows a node crashed at --until as down, with its durable state', () => {
    const { stdout } = sim('run', EXAMPLE, '--until', '1100', '--json')
    const n1 = JSON.parse(stdout).nodes[0]
    expect(n1).toMatchObject({ id: 'n1', up: false, role: 'crashed', commitIndex: 0, store: {} })
    expect(n1.term).toBeGreaterThan(0)
  })

  it('link prints a fragment that runs to the same trace hash as the file', () => {
    const link = sim('link', EXAMPLE)
    expect(link.status).toBe(0)
    expect(link.stdout.trim()).toMatch(/^#s=[A-Za-z0-9_-]+$/)
    const fromFile = JSON.parse(sim('run', EXAMPLE, '--json').stdout)
    const fromLink = JSON.parse(
      sim('run', `https://example.test/app/${link.stdout.trim()}`, '--json').stdout,
    )
    expect(fromLink.traceHash).toBe(fromFile.traceHash)
    expect(fromLink).toEqual(fromFile)
  })

  it('link --t and --view put the moment and the view in the fragment', () => {
    const link = sim('link', EXAMPLE, '--t', '2500', '--view', 'graph')
    expect(link.status).toBe(0)
    expect(link.stdout.trim()).toMatch(/^#s=[A-Za-z0-9_-]+&t=2500&view=graph$/)
    const bad = sim('link', EXAMPLE, '--view', 'a b')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--view: must be a view name')
  })

  it('prints a readable summary without --json', () => {
    const { status, stdout } = sim('run', EXAMPLE)
    expect(status).toBe(0)
    expect(stdout).toMatch(/^raft, seed 42, until 10000 ms: \d+ events, trace [0-9a-f]{16}$/m)
    expect(stdout).toMatch(/^ {2}n1 +(leader|follower)/m)
    expect(stdout).toContain('violations: none')
  })

  it.each([
    [['run', 'missing.json'], 'missing.json: no such file'],
    [['run', EXAMPLE, '--until', 'soon'], '--until: must be a whole number'],
    [['explode'], 'unknown command "explode"'],
    [['run', '#s=AAAA'], 'link: '],
  ])('exits 2 with one line on bad usage: %j', (args, message) => {
    const { status, stdout, stderr } = sim(...args)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain(message)
  })

  it('names the offending field of a bad scenario', () => {
    const bad = {
      version: 1,
      protocol: 'raft',
      nodes: 5,
      seed: 1,
      params: {},
      inputs: [0, 1, 2, 3].map((i) => ({
        at: i * 100,
        type: 'crash',
        node: i === 3 ? 'n9' : 'n1',
      })),
    }
    const { status, stderr } = sim('run', tempFile(JSON.stringify(bad)))
    expect(status).toBe(2)
    expect(stderr).toContain('inputs[3].node: no node "n9" in a 5-node cluster')
    expect(stderr).not.toContain('    at ')
  })
})

describe('the sim process', () => {
  it('prints the result on stdout with status 0, and bad usage on stderr with status 2', () => {
    const ok = simProcess('link', EXAMPLE)
    expect(ok.status).toBe(0)
    expect(ok.stdout).toBe(sim('link', EXAMPLE).stdout)
    expect(ok.stdout).toMatch(/^#s=/)
    const bad = simProcess('run', 'no-such-file.json')
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toMatch(/^sim: .*no-such-file\.json/)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })
})
