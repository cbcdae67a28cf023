import { describe, expect, it } from 'vitest'
import { worldDigest } from './digest'
import { createSimulation, runUntil } from './kernel'
import type { Action } from '../test/harness'
import { ping } from '../test/fake-protocols'
import type { Input, Scenario } from '../scenario/types'

/** Two pinging nodes and a 50 ms network; `act` adds an input at the current time. */
function story(preset: Input[] = []) {
  const inputs: Input[] = [...preset]
  const scenario: Scenario = {
    version: 1,
    protocol: 'ping',
    nodes: 2,
    seed: 1,
    params: { latencyMs: [50, 50] },
    inputs,
  }
  const { ctx, world } = createSimulation(scenario, ping)
  const s = {
    world,
    /** The trace so far, as objects. */
    get trace() {
      return ctx.recorder!.entries!.slice()
    },
    node: (id: string) => world.nodes[ctx.nodeLookup.get(id)!]!,
    runTo(t: number) {
      runUntil(ctx, world, t)
      return s
    },
    act(action: Action) {
      inputs.push({ ...action, at: world.time } as Input)
      runUntil(ctx, world, world.time)
      return s
    },
    /** The world as data, less the counters that any handled input moves. */
    digest() {
      const {
        events: _,
        nextInput: __,
        ...rest
      } = worldDigest(ctx, world) as Record<string, unknown>
      return rest
    },
    /** The id of the message sent from → to at time t. */
    sent(from: string, to: string, t: number) {
      const send = s.trace.find(
        (e) => e.kind === 'send' && e.from === from && e.to === to && e.t === t,
      )
      return send?.kind === 'send' ? send.id : -1
    },
    about: (id: number) => s.trace.filter((e) => 'id' in e && e.id === id),
    timers: (node: string) =>
      s.trace.filter((e) => e.kind === 'timer' && e.node === node).map((e) => e.t),
  }
  return s
}

describe('inputs that would change nothing', () => {
  const cases: { name: string; setup: Action[]; input: Action; ignored: string }[] = [
    {
      name: 'a crash of a node that is down',
      setup: [{ type: 'crash', node: 'n2' }],
      input: { type: 'crash', node: 'n2' },
      ignored: 'n2 is already down',
    },
    {
      name: 'a restart of a node that is up',
      setup: [],
      input: { type: 'restart', node: 'n1' },
      ignored: 'n1 is already up',
    },
    {
      name: 'a timeout of a node that is down',
      setup: [{ type: 'crash', node: 'n2' }],
      input: { type: 'timeout', node: 'n2' },
      ignored: 'n2 is down',
    },
    {
      name: 'a heal of a whole network',
      setup: [],
      input: { type: 'heal' },
      ignored: 'the network was not partitioned',
    },
    {
      name: 'a heal after a heal',
      setup: [{ type: 'partition', groups: [['n1'], ['n2']] }, { type: 'heal' }],
      input: { type: 'heal' },
      ignored: 'the network was not partitioned',
    },
    {
      name: 'a drop of a message that never existed',
      setup: [],
      input: { type: 'drop', message: 999 },
      ignored: 'message 999 is not in flight',
    },
    {
      name: 'a drop of a message already delivered',
      setup: [],
      input: { type: 'drop', message: 1 },
      ignored: 'message 1 is not in flight',
    },
    {
      name: 'a duplicate of a message already delivered',
      setup: [],
      input: { type: 'duplicate', message: 2 },
      ignored: 'message 2 is not in flight',
    },
    {
      name: 'a delay of a message already delivered',
      setup: [],
      input: { type: 'delay', message: 1, byMs: 100 },
      ignored: 'message 1 is not in flight',
    },
  ]

  for (const { name, setup, input, ignored } of cases) {
    it(`records ${name} as ignored and changes nothing`, () => {
      // At 170 the pings sent at 100 (messages 1 and 2) have arrived; none is in flight.
      const s = story().runTo(170)
      for (const action of setup) s.act(action)
      const before = s.digest()
      const recorded = s.trace.length
      s.act(input)
      expect(s.trace.slice(recorded)).toEqual([
        { t: 170, kind: 'input', index: setup.length, type: input.type, ignored },
      ])
      expect(s.digest()).toEqual(before)
    })
  }
})

describe('message faults', () => {
  it('drops a message in flight, with reason fault, so that it never arrives', () => {
    const s = story().runTo(120)
    const id = s.sent('n1', 'n2', 100)
    s.act({ type: 'drop', message: id }).runTo(400)
    expect(s.about(id).map(({ t, kind }) => ({ t, kind }))).toEqual([
      { t: 100, kind: 'send' },
      { t: 120, kind: 'drop' },
    ])
    expect(s.about(id)[1]).toMatchObject({ reason: 'fault' })
    expect(s.world.queue.some((e) => e.k === 'deliver' && e.msg.id === id)).toBe(false)
    // n2 heard from n1 at 250 and 350 only.
    expect(s.node('n2').state!.got).toEqual(['n1', 'n1'])
  })

  it('duplicates a message in flight as a new message that names the original', () => {
    const s = story().runTo(120)
    const id = s.sent('n1', 'n2', 100)
    const next = s.world.nextMsgId
    s.act({ type: 'duplicate', message: id }).runTo(190)
    const copy = s.trace.find((e) => e.kind === 'send' && e.copyOf === id)
    expect(copy).toEqual({
      t: 120,
      kind: 'send',
      id: next,
      from: 'n1',
      to: 'n2',
      deliverAt: 170,
      payload: { type: 'Ping' },
      copyOf: id,
    })
    expect(s.about(id).map((e) => e.kind)).toEqual(['send', 'deliver'])
    expect(s.about(next).map((e) => e.kind)).toEqual(['send', 'deliver'])
    expect(s.node('n2').state!.got).toEqual(['n1', 'n1'])
  })

  it('delays a message in flight by byMs from when it was due', () => {
    const s = story().runTo(120)
    const id = s.sent('n1', 'n2', 100)
    s.act({ type: 'delay', message: id, byMs: 400 }).runTo(600)
    expect(s.about(id)).toEqual([
      expect.objectContaining({ t: 100, kind: 'send', deliverAt: 150 }),
      { t: 120, kind: 'delay', id, deliverAt: 550 },
      { t: 550, kind: 'deliver', id },
    ])
  })
})

describe('input timing', () => {
  it('applies an input at time t after every queued event at t', () => {
    // n1's ping from 100 arrives at 150, the moment n2 crashes: it is delivered first.
    const s = story([{ at: 150, type: 'crash', node: 'n2' }]).runTo(150)
    const id = s.sent('n1', 'n2', 100)
    const at150 = s.trace.filter((e) => e.t === 150).map((e) => e.kind)
    expect(at150).toEqual(['deliver', 'deliver', 'input', 'state'])
    expect(s.about(id).at(-1)).toEqual({ t: 150, kind: 'deliver', id })
    expect(s.node('n2')).toMatchObject({ up: false, durable: ['n1'] })
  })

  it('fires a node timer due at t before a crash at t', () => {
    const s = story([{ at: 100, type: 'crash', node: 'n1' }]).runTo(100)
    const at100 = s.trace.filter((e) => e.t === 100).map((e) => `${e.kind}`)
    expect(at100).toEqual(['timer', 'send', 'timer', 'send', 'input', 'state'])
  })
})

describe('crash and restart', () => {
  it('keeps only the durable part and every timer is gone', () => {
    const s = story().runTo(160)
    expect(s.node('n2').state).toMatchObject({ got: ['n1'], ticks: 1 })
    s.act({ type: 'crash', node: 'n2' })
    expect(s.node('n2')).toMatchObject({ up: false, state: null, durable: ['n1'], timers: {} })
    expect(s.trace.at(-1)).toEqual({
      t: 160,
      kind: 'state',
      node: 'n2',
      role: 'crashed',
      term: null,
      commit: null,
    })
    s.runTo(450)
    expect(s.timers('n2')).toEqual([100])
    expect(s.trace.some((e) => e.kind === 'send' && e.from === 'n2' && e.t > 160)).toBe(false)
  })

  it('restarts from the initial state with the durable part, and old timers stay dead', () => {
    const s = story().runTo(160)
    s.act({ type: 'crash', node: 'n2' }).runTo(170)
    s.act({ type: 'restart', node: 'n2' })
    expect(s.node('n2')).toMatchObject({ up: true, state: { got: ['n1'], ticks: 0 } })
    expect(Object.keys(s.node('n2').timers)).toEqual(['tick'])
    s.runTo(400)
    // The tick due at 200 was armed before the crash; the restart armed one for 270.
    expect(s.timers('n2')).toEqual([100, 270, 370])
    expect(s.node('n2').state).toMatchObject({ got: ['n1', 'n1', 'n1'], ticks: 2 })
  })

  it('fires the timeout timer now, in place of the one that was due', () => {
    const s = story().runTo(130)
    s.act({ type: 'timeout', node: 'n1' }).runTo(400)
    expect(s.timers('n1')).toEqual([100, 130, 230, 330])
    expect(s.timers('n2')).toEqual([100, 200, 300, 400])
  })
})
