import { describe, expect, test } from 'vitest'
import { fixtureLookup, RAFT_FIXTURE } from '../test/spec-fixture'
import { loadScenario, migrate } from './migrate'
import { formatPath, parseScenario } from './validate'

const RAFT = RAFT_FIXTURE
const specLookup = fixtureLookup

/** The example from DESIGN.md, "Scenario format, version 1", verbatim. */
const EXAMPLE_JSON = `{
  "version": 1,
  "protocol": "raft",
  "nodes": 5,
  "seed": 42,
  "params": { "latencyMs": [10, 30], "lossRate": 0, "electionTimeoutMs": [150, 300], "heartbeatMs": 50 },
  "inputs": [
    { "at": 1000, "type": "crash", "node": "n1" },
    { "at": 1200, "type": "restart", "node": "n1" },
    { "at": 1500, "type": "partition", "groups": [["n1", "n2"], ["n3", "n4", "n5"]] },
    { "at": 2000, "type": "heal" },
    { "at": 2100, "type": "timeout", "node": "n3" },
    { "at": 2500, "type": "client", "op": "put", "key": "x", "value": "1" },
    { "at": 2600, "type": "client", "op": "get", "key": "x", "node": "n2" },
    { "at": 2700, "type": "drop", "message": 812 },
    { "at": 2700, "type": "duplicate", "message": 813 },
    { "at": 2700, "type": "delay", "message": 814, "byMs": 400 },
    { "at": 3000, "type": "link", "from": "n1", "to": "n2", "lossRate": 0.5, "latencyMs": [50, 80] }
  ]
}`

type Json = Record<string, any>

function example(): Json {
  return JSON.parse(EXAMPLE_JSON)
}

/** The example with its changes applied, parsed; the error, or 'ok'. */
function errorOf(change: (s: Json) => void): string {
  const scenario = example()
  change(scenario)
  const result = parseScenario(scenario, specLookup)
  return result.ok ? 'ok' : result.error
}

function withInputs(...inputs: Json[]) {
  return (s: Json) => {
    s.inputs = inputs
  }
}

const KNOWN_TYPES = 'crash, restart, timeout, partition, heal, client, drop, duplicate, delay, link'
const KNOWN_PARAMS =
  'latencyMs, lossRate, clientTimeoutMs, clientAttempts, electionTimeoutMs, heartbeatMs, leaderNoop'

describe('the DESIGN.md example', () => {
  test('validates into an equal, fresh scenario', () => {
    const raw = example()
    const result = parseScenario(raw, specLookup)
    expect(result).toEqual({ ok: true, scenario: raw })
    if (!result.ok) return
    expect(result.scenario).not.toBe(raw)
    expect(result.scenario.inputs).not.toBe(raw.inputs)
    expect(result.scenario.params).not.toBe(raw.params)
    expect(result.scenario.params['latencyMs']).not.toBe(raw.params.latencyMs)
  })

  test('names the unknown node exactly as DESIGN.md does', () => {
    const error = errorOf((s) => (s.inputs[3] = { at: 2000, type: 'crash', node: 'n9' }))
    expect(error).toBe('inputs[3].node: no node "n9" in a 5-node cluster')
  })

  test('is not mutated, even when frozen all the way down', () => {
    const raw = deepFreeze(example())
    const before = JSON.stringify(raw)
    expect(parseScenario(raw, specLookup).ok).toBe(true)
    expect(JSON.stringify(raw)).toBe(before)
  })

  test('loads through migrate unchanged', () => {
    const raw = example()
    expect(migrate(raw)).toBe(raw)
    expect(loadScenario(raw, specLookup)).toEqual({ ok: true, scenario: raw })
  })
})

describe('top level', () => {
  test.each([[null], [[]], ['raft'], [42], [true], [undefined]])('rejects %j', (raw) => {
    expect(parseScenario(raw, specLookup)).toEqual({
      ok: false,
      error: 'scenario: must be a JSON object with version, protocol, nodes, …',
    })
  })

  test.each(
    cases([
      [(s: Json) => delete s.version, 'version: required (this build reads version 1)'],
      [(s: Json) => (s.version = 7), 'version: 7 is not supported (this build reads version 1)'],
      [(s: Json) => (s.version = 0), 'version: 0 is not supported (this build reads version 1)'],
      [(s: Json) => (s.version = '1'), 'version: must be a number (this build reads version 1)'],
      [
        (s: Json) => (s.foo = 1),
        'foo: unknown field (known: version, protocol, variant, nodes, seed, params, inputs)',
      ],
      [
        (s: Json) => (s['a b'] = 1),
        '["a b"]: unknown field (known: version, protocol, variant, nodes, seed, params, inputs)',
      ],
      [(s: Json) => delete s.protocol, 'protocol: required, a protocol name such as "raft"'],
      [(s: Json) => (s.protocol = 3), 'protocol: must be a protocol name such as "raft"'],
      [(s: Json) => (s.protocol = 'paxos'), 'protocol: unknown protocol "paxos"'],
      [(s: Json) => (s.variant = 'vote-twice'), 'ok'],
      [
        (s: Json) => (s.variant = 'nope'),
        'variant: unknown variant "nope" of raft (known: vote-twice)',
      ],
      [(s: Json) => (s.variant = 1), 'variant: must be a variant name (known: vote-twice)'],
      [(s: Json) => delete s.nodes, 'nodes: required, an integer from 1 to 25'],
      [(s: Json) => (s.nodes = 0), 'nodes: must be an integer from 1 to 25'],
      [(s: Json) => (s.nodes = 26), 'nodes: must be an integer from 1 to 25'],
      [(s: Json) => (s.nodes = 4.5), 'nodes: must be an integer from 1 to 25'],
      [(s: Json) => (s.nodes = '5'), 'nodes: must be an integer from 1 to 25'],
      [(s: Json) => delete s.seed, 'seed: required, an integer from 0 to 4294967295'],
      [(s: Json) => (s.seed = -1), 'seed: must be an integer from 0 to 4294967295'],
      [(s: Json) => (s.seed = 2 ** 32), 'seed: must be an integer from 0 to 4294967295'],
      [(s: Json) => (s.seed = 1.5), 'seed: must be an integer from 0 to 4294967295'],
      [(s: Json) => (s.seed = 0), 'ok'],
      [(s: Json) => (s.seed = 2 ** 32 - 1), 'ok'],
    ]),
  )('%s', (error, change) => {
    expect(errorOf(change)).toBe(error)
  })

  test('checks nodes against the cluster size the scenario declares', () => {
    expect(errorOf((s) => (s.nodes = 4))).toBe(
      'inputs[2].groups[1][2]: no node "n5" in a 4-node cluster',
    )
  })

  test('asks the lookup only for what it names, and trusts only a spec that matches', () => {
    const raw = { ...example(), protocol: 'constructor' }
    expect(parseScenario(raw, objectLookup)).toEqual({
      ok: false,
      error: 'protocol: unknown protocol "constructor"',
    })
  })

  test('rejects __proto__ and constructor keys anywhere, without polluting', () => {
    const polluters = [
      [
        '{"__proto__": {"polluted": 1}}',
        '__proto__: unknown field (known: version, protocol, variant, nodes, seed, params, inputs)',
      ],
      [
        '{"params": {"__proto__": {"polluted": 1}}}',
        `params.__proto__: unknown parameter (known: ${KNOWN_PARAMS})`,
      ],
      [
        '{"params": {"constructor": 1}}',
        `params.constructor: unknown parameter (known: ${KNOWN_PARAMS})`,
      ],
      [
        '{"inputs": [{"at": 0, "type": "heal", "__proto__": {"polluted": 1}}]}',
        'inputs[0].__proto__: unknown field for a "heal" input (known: at, type)',
      ],
    ] as const
    for (const [extra, error] of polluters) {
      // Spreading defines `__proto__` as an own key, as JSON.parse does.
      const raw = { ...example(), ...JSON.parse(extra) }
      expect(parseScenario(raw, specLookup)).toEqual({ ok: false, error })
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    }
  })

  test('turns an exception from the input itself into an error', () => {
    const hostile = new Proxy(example(), {
      get() {
        throw new Error('boom\nsecond line')
      },
    })
    expect(parseScenario(hostile, specLookup)).toEqual({
      ok: false,
      error: 'scenario: could not be read (Error: boom second line)',
    })
  })
})

describe('params', () => {
  test.each(
    cases([
      [
        (s: Json) => delete s.params,
        'params: required, an object of parameters (use {} for the defaults)',
      ],
      [
        (s: Json) => (s.params = []),
        'params: must be an object of parameters (use {} for the defaults)',
      ],
      [(s: Json) => (s.params = {}), 'ok'],
      [(s: Json) => (s.params = { heartbeatMs: 10 }), 'ok'],
      [
        (s: Json) => (s.params.fooMs = 1),
        `params.fooMs: unknown parameter (known: ${KNOWN_PARAMS})`,
      ],
      [(s: Json) => (s.params.lossRate = 2), 'params.lossRate: must be a number from 0 to 1'],
      [(s: Json) => (s.params.lossRate = -0.1), 'params.lossRate: must be a number from 0 to 1'],
      [(s: Json) => (s.params.lossRate = '0'), 'params.lossRate: must be a number from 0 to 1'],
      [(s: Json) => (s.params.lossRate = null), 'params.lossRate: must be a number from 0 to 1'],
      [(s: Json) => (s.params.lossRate = 1), 'ok'],
      [
        (s: Json) => (s.params.heartbeatMs = 0),
        'params.heartbeatMs: must be a number from 1 to 600000',
      ],
      [(s: Json) => (s.params.heartbeatMs = 2.5), 'ok'],
      [
        (s: Json) => (s.params.clientAttempts = 2.5),
        'params.clientAttempts: must be an integer from 1 to 100',
      ],
      [(s: Json) => (s.params.clientAttempts = 3), 'ok'],
      [(s: Json) => (s.params.leaderNoop = false), 'ok'],
      [(s: Json) => (s.params.leaderNoop = 0), 'params.leaderNoop: must be true or false'],
      [(s: Json) => (s.params.leaderNoop = 'true'), 'params.leaderNoop: must be true or false'],
      [(s: Json) => (s.params.latencyMs = [0, 60_000]), 'ok'],
      [(s: Json) => (s.params.latencyMs = [20, 20]), 'ok'],
      [(s: Json) => (s.params.electionTimeoutMs = [0, 300]), range('params.electionTimeoutMs', 1)],
      ...[
        [30, 10],
        [10],
        [10, 20, 30],
        [-1, 5],
        [0, 60_001],
        [Number.NaN, 1],
        ['1', 2],
        '10-30',
        20,
      ].map(
        (value) =>
          [(s: Json) => (s.params.latencyMs = value), range('params.latencyMs', 0)] as const,
      ),
    ]),
  )('%s', (error, change) => {
    expect(errorOf(change)).toBe(error)
  })
})

describe('inputs', () => {
  test.each(
    cases([
      [(s: Json) => delete s.inputs, 'inputs: required, an array of inputs (use [] for none)'],
      [(s: Json) => (s.inputs = {}), 'inputs: must be an array of inputs (use [] for none)'],
      [(s: Json) => (s.inputs = []), 'ok'],
      [withInputs(null as never), 'inputs[0]: must be an object such as {"at": 0, "type": "heal"}'],
      [withInputs([] as never), 'inputs[0]: must be an object such as {"at": 0, "type": "heal"}'],
      [withInputs({ at: 0 }), `inputs[0].type: required (known: ${KNOWN_TYPES})`],
      [
        withInputs({ at: 0, type: 5 }),
        `inputs[0].type: must be an input type name (known: ${KNOWN_TYPES})`,
      ],
      [
        (s: Json) => (s.inputs[2] = { at: 1500, type: 'explode' }),
        `inputs[2].type: unknown input type "explode" (known: ${KNOWN_TYPES})`,
      ],
      [
        (s: Json) => (s.inputs[2] = { at: 1500, type: 'toString' }),
        `inputs[2].type: unknown input type "toString" (known: ${KNOWN_TYPES})`,
      ],
      [
        withInputs({ at: 0, type: 'crash', node: 'n1', extra: 1 }),
        'inputs[0].extra: unknown field for a "crash" input (known: at, type, node)',
      ],
      [
        withInputs({ at: 0, type: 'crash', nod: 'n1' }),
        'inputs[0].nod: unknown field for a "crash" input (known: at, type, node)',
      ],
      [
        withInputs({ at: 0, type: 'heal', node: 'n1' }),
        'inputs[0].node: unknown field for a "heal" input (known: at, type)',
      ],
      [withInputs({ type: 'heal' }), 'inputs[0].at: required, a number from 0 to 86400000'],
      ...[-1, 86_400_001, Number.NaN, Infinity, '5', null].map(
        (at) =>
          [
            withInputs({ at, type: 'heal' }),
            'inputs[0].at: must be a number from 0 to 86400000',
          ] as const,
      ),
      [withInputs({ at: 86_400_000, type: 'heal' }), 'ok'],
      [withInputs({ at: 0.5, type: 'heal' }), 'ok'],
      [
        withInputs(...[0, 0, 1000, 1000, 900].map((at, i) => ({ at, type: 'drop', message: i }))),
        'inputs[4].at: 900 is earlier than inputs[3].at (1000): inputs must be in time order',
      ],
      [withInputs({ at: 5, type: 'heal' }, { at: 5, type: 'heal' }), 'ok'],
    ]),
  )('%s', (error, change) => {
    expect(errorOf(change)).toBe(error)
  })

  test('allows at most 10,000 inputs', () => {
    expect(errorOf(withInputs(...heals(10_000)))).toBe('ok')
    expect(errorOf(withInputs(...heals(10_001)))).toBe(
      'inputs: 10001 inputs is too many (at most 10000)',
    )
  })

  test('reject deep nesting at the first level that is wrong, without recursing', () => {
    let deep: unknown = ['n1']
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(errorOf(withInputs({ at: 0, type: 'partition', groups: [deep] }))).toBe(
      'inputs[0].groups[0][0]: must be a node id from "n1" to "n5"',
    )
    expect(errorOf(withInputs(deep as never))).toBe(
      'inputs[0]: must be an object such as {"at": 0, "type": "heal"}',
    )
  })
})

describe('node inputs: crash, restart, timeout', () => {
  test.each(['crash', 'restart', 'timeout'])('%s needs a known node', (type) => {
    expect(errorOf(withInputs({ at: 0, type, node: 'n5' }))).toBe('ok')
    expect(errorOf(withInputs({ at: 0, type }))).toBe(
      'inputs[0].node: required, a node id from "n1" to "n5"',
    )
    expect(errorOf(withInputs({ at: 0, type, node: 1 }))).toBe(
      'inputs[0].node: must be a node id from "n1" to "n5"',
    )
    for (const node of ['n6', 'n0', 'n01', 'N1', '', 'n1 ', 'n99999999999']) {
      expect(errorOf(withInputs({ at: 0, type, node }))).toBe(
        `inputs[0].node: no node ${JSON.stringify(node)} in a 5-node cluster`,
      )
    }
  })
})

describe('partition', () => {
  const groups = (value: unknown) => withInputs({ at: 0, type: 'partition', groups: value })
  const expected = 'a non-empty array of node groups, such as [["n1"], ["n2", "n3"]]'

  test.each(
    cases([
      [groups([['n1']]), 'ok'],
      [groups([['n1', 'n2', 'n3', 'n4', 'n5']]), 'ok'],
      [withInputs({ at: 0, type: 'partition' }), `inputs[0].groups: required, ${expected}`],
      [groups([]), `inputs[0].groups: must be ${expected}`],
      [groups('n1'), `inputs[0].groups: must be ${expected}`],
      [groups([[]]), 'inputs[0].groups[0]: must be a non-empty array of node ids'],
      [groups(['n1']), 'inputs[0].groups[0]: must be a non-empty array of node ids'],
      [groups([['n9']]), 'inputs[0].groups[0][0]: no node "n9" in a 5-node cluster'],
      [
        groups([['n1'], ['n2', 'n1']]),
        'inputs[0].groups[1][1]: node "n1" is already in inputs[0].groups[0]',
      ],
      [
        groups([['n1', 'n1']]),
        'inputs[0].groups[0][1]: node "n1" is already in inputs[0].groups[0]',
      ],
    ]),
  )('%s', (error, change) => {
    expect(errorOf(change)).toBe(error)
  })
})

describe('client', () => {
  test.each(
    cases([
      [client({ op: 'get', key: 'x' }), 'ok'],
      [client({ op: 'put', key: 'x', value: '' }), 'ok'],
      [client({ op: 'get', key: 'k'.repeat(100), node: 'n5' }), 'ok'],
      [client({ op: 'put', key: 'x', value: 'v'.repeat(1000) }), 'ok'],
      [client({ key: 'x' }), 'inputs[0].op: required (known: get, put)'],
      [
        client({ op: 1, key: 'x' }),
        'inputs[0].op: must be a client operation name (known: get, put)',
      ],
      [
        client({ op: 'cas', key: 'x' }),
        'inputs[0].op: unknown client operation "cas" for raft (known: get, put)',
      ],
      [
        client({ op: 'get' }),
        'inputs[0].key: required, a non-empty string of at most 100 characters',
      ],
      ...['', 'k'.repeat(101), 5, null].map(
        (key) =>
          [
            client({ op: 'get', key }),
            'inputs[0].key: must be a non-empty string of at most 100 characters',
          ] as const,
      ),
      [
        client({ op: 'put', key: 'x' }),
        'inputs[0].value: required: "put" takes a value, a string of at most 1000 characters',
      ],
      [
        client({ op: 'put', key: 'x', value: 'v'.repeat(1001) }),
        'inputs[0].value: must be a string of at most 1000 characters',
      ],
      [
        client({ op: 'put', key: 'x', value: 1 }),
        'inputs[0].value: must be a string of at most 1000 characters',
      ],
      [
        client({ op: 'get', key: 'x', value: '1' }),
        'inputs[0].value: not allowed: "get" takes no value',
      ],
      [
        client({ op: 'get', key: 'x', node: 'n9' }),
        'inputs[0].node: no node "n9" in a 5-node cluster',
      ],
      [
        client({ op: 'get', key: 'x', retries: 3 }),
        'inputs[0].retries: unknown field for a "client" input (known: at, type, op, key, value, node)',
      ],
    ]),
  )('%s', (error, change) => {
    expect(errorOf(change)).toBe(error)
  })
})

describe('message inputs: drop, duplicate, delay', () => {
  test.each(['drop', 'duplicate', 'delay'])('%s needs a message id', (type) => {
    const extra = type === 'delay' ? { byMs: 1 } : {}
    expect(errorOf(withInputs({ at: 0, type, message: 0, ...extra }))).toBe('ok')
    expect(errorOf(withInputs({ at: 0, type, ...extra }))).toBe(
      'inputs[0].message: required, a message id, an integer from 0',
    )
    for (const message of [-1, 1.5, '3', null, 2 ** 53]) {
      expect(errorOf(withInputs({ at: 0, type, message, ...extra }))).toBe(
        'inputs[0].message: must be a message id, an integer from 0',
      )
    }
  })

  test('delay needs byMs from 0 to an hour', () => {
    expect(errorOf(delay({ byMs: 3_600_000 }))).toBe('ok')
    expect(errorOf(delay({}))).toBe('inputs[0].byMs: required, a number from 0 to 3600000')
    for (const byMs of [-1, 3_600_001, Number.NaN, '4']) {
      expect(errorOf(delay({ byMs }))).toBe('inputs[0].byMs: must be a number from 0 to 3600000')
    }
  })
})

describe('link', () => {
  test.each(
    cases([
      [link({}), 'ok'],
      [link({ lossRate: 1 }), 'ok'],
      [link({ latencyMs: [0, 60_000] }), 'ok'],
      [link({ from: undefined }), 'inputs[0].from: required, a node id from "n1" to "n5"'],
      [link({ to: 'n9' }), 'inputs[0].to: no node "n9" in a 5-node cluster'],
      [link({ to: 'n1' }), 'inputs[0].to: must differ from "from" (both are "n1")'],
      [link({ lossRate: 1.5 }), 'inputs[0].lossRate: must be a number from 0 to 1'],
      [link({ lossRate: null }), 'inputs[0].lossRate: must be a number from 0 to 1'],
      [
        link({ latencyMs: [0, 60_001] }),
        'inputs[0].latencyMs: must be a range [low, high] of numbers with 0 <= low <= high <= 60000',
      ],
      [
        link({ latencyMs: 50 }),
        'inputs[0].latencyMs: must be a range [low, high] of numbers with 0 <= low <= high <= 60000',
      ],
    ]),
  )('%s', (error, change) => {
    expect(errorOf(change)).toBe(error)
  })

  test('omits optional fields that are absent rather than writing undefined', () => {
    const result = parseScenario(
      { ...example(), inputs: [{ at: 0, type: 'link', from: 'n1', to: 'n2' }] },
      specLookup,
    )
    expect(result.ok && Object.keys(result.scenario.inputs[0]!)).toEqual([
      'at',
      'type',
      'from',
      'to',
    ])
  })
})

describe('formatPath', () => {
  test.each([
    [[], 'scenario'],
    [['version'], 'version'],
    [['inputs', 3, 'node'], 'inputs[3].node'],
    [['inputs', 0, 'groups', 1, 2], 'inputs[0].groups[1][2]'],
    [['params', 'a.b'], 'params["a.b"]'],
    [['params', 'line\nbreak'], 'params["line\\nbreak"]'],
  ] as const)('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text)
  })
})

/** A lookup over a plain object, which answers inherited names such as `constructor` too. */
function objectLookup(name: string) {
  return ({ raft: RAFT } as Record<string, any>)[name]
}

function range(path: string, min: number, max = path.includes('latency') ? 60000 : 600000) {
  return `${path}: must be a range [low, high] of numbers with ${min} <= low <= high <= ${max}`
}

function heals(count: number) {
  return Array.from({ length: count }, (_, i) => ({ at: i, type: 'heal' }))
}

function client(fields: Json) {
  return withInputs({ at: 0, type: 'client', ...fields })
}

function delay(fields: Json) {
  return withInputs({ at: 0, type: 'delay', message: 3, ...fields })
}

function link(fields: Json) {
  return withInputs({ at: 0, type: 'link', from: 'n1', to: 'n2', ...fields })
}

/** Names each case by its expected error, which reads better than the change's source. */
function cases(table: readonly (readonly [(s: Json) => unknown, string])[]) {
  return table.map(([change, error]) => [error, change] as const)
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
