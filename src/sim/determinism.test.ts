import { describe, expect, it } from 'vitest'
import { createSimulation, nextEventTime, runUntil, stepEvent } from './kernel'
import { Recorder, type TraceEntry } from './trace'
import { cloneWorld } from './world'
import { protocolLookup } from '../protocols/registry'
import { DESIGN_EXAMPLE } from '../test/design-example'
import type { Input, Scenario } from '../scenario/types'

const raft = protocolLookup.get('raft')!
const UNTIL_MS = 4000
const FAULTS_AT = 2700

/** DESIGN.md's example with some loss, up to its client operations (the faults on messages
 * are added below, aimed at messages really in flight). */
const base: Scenario = {
  ...DESIGN_EXAMPLE,
  params: { ...DESIGN_EXAMPLE.params, lossRate: 0.05 },
  inputs: DESIGN_EXAMPLE.inputs.filter((i) => i.at <= 2600),
}

function run(scenario: Scenario, until = UNTIL_MS) {
  const { ctx, world } = createSimulation(scenario, raft)
  runUntil(ctx, world, until)
  return { hash: ctx.recorder!.hash(), trace: ctx.recorder!.entries!.slice(), world }
}

/** Messages between nodes still travelling at time t in a run of `scenario`. */
function inFlightAt(scenario: Scenario, t: number): number[] {
  const { world } = run(scenario, t)
  return world.queue
    .flatMap((e) => (e.k === 'deliver' && e.msg.to.startsWith('n') ? [e.msg.id] : []))
    .sort((a, b) => a - b)
}

/** The example scenario of DESIGN.md, with message faults aimed at real messages. */
function fullScenario(): Scenario {
  const [a, b, c] = inFlightAt(base, FAULTS_AT)
  const inputs: Input[] = [
    ...base.inputs,
    { at: FAULTS_AT, type: 'drop', message: a! },
    { at: FAULTS_AT, type: 'duplicate', message: b! },
    { at: FAULTS_AT, type: 'delay', message: c!, byMs: 400 },
    { at: 3000, type: 'link', from: 'n1', to: 'n2', lossRate: 0.5, latencyMs: [50, 80] },
  ]
  return { ...base, inputs }
}

const withoutInputs = (trace: readonly TraceEntry[]) => trace.filter((e) => e.kind !== 'input')

describe('determinism', () => {
  const scenario = fullScenario()

  it('takes every input of the example scenario into effect', () => {
    const { trace } = run(scenario)
    const inputs = trace.filter((e) => e.kind === 'input')
    expect(inputs.map((e) => e.kind === 'input' && e.index)).toEqual(
      scenario.inputs.map((_, i) => i),
    )
    expect(inputs.filter((e) => e.kind === 'input' && e.ignored !== undefined)).toEqual([])
  })

  it('gives the same trace and hash when the same scenario runs twice', () => {
    const first = run(scenario)
    const second = run(structuredClone(scenario))
    expect(first.hash).toMatch(/^[0-9a-f]{16}$/)
    expect(second.hash).toBe(first.hash)
    expect(second.trace).toEqual(first.trace)
    expect(first.trace.length).toBeGreaterThan(1000)
  })

  it('gives a different hash for a different seed', () => {
    const hashes = [42, 43, 0, 2 ** 32 - 1].map((seed) => run({ ...scenario, seed }).hash)
    expect(new Set(hashes).size).toBe(hashes.length)
  })

  it('gives a different hash, and a different run, without any one input', () => {
    const full = run(scenario)
    scenario.inputs.forEach((input, i) => {
      const inputs = scenario.inputs.filter((_, j) => j !== i)
      const less = run({ ...scenario, inputs })
      expect(less.hash, `without inputs[${i}] (${input.type})`).not.toBe(full.hash)
      // Not only the record of the input is gone: what it caused differs too.
      expect(withoutInputs(less.trace), `without inputs[${i}]`).not.toEqual(
        withoutInputs(full.trace),
      )
    })
  })

  it('sees a one-millisecond change to one input', () => {
    const inputs = scenario.inputs.map((input) =>
      input.type === 'delay' ? { ...input, byMs: input.byMs + 1 } : input,
    )
    expect(run({ ...scenario, inputs }).hash).not.toBe(run(scenario).hash)
  })

  it('does not depend on how the run is sliced', () => {
    const whole = run(scenario)
    const { ctx, world } = createSimulation(scenario, raft)
    for (let t = 0; t <= UNTIL_MS; t += 7) runUntil(ctx, world, t)
    runUntil(ctx, world, UNTIL_MS)
    expect(ctx.recorder!.hash()).toBe(whole.hash)
    const stepped = createSimulation(scenario, raft)
    while (nextEventTime(stepped.ctx, stepped.world) <= UNTIL_MS) {
      stepEvent(stepped.ctx, stepped.world)
    }
    expect(stepped.ctx.recorder!.hash()).toBe(whole.hash)
  })

  it('hashes the same whether or not the entries are kept', () => {
    const kept = run(scenario)
    const { ctx, world } = createSimulation(scenario, raft, { keepTrace: false })
    runUntil(ctx, world, UNTIL_MS)
    expect(ctx.recorder!.entries).toBeNull()
    expect(ctx.recorder!.hash()).toBe(kept.hash)
    expect(ctx.recorder!.count).toBe(kept.trace.length)
  })

  it('resumes from a copied world to the same hash', () => {
    const whole = run(scenario)
    const { ctx, world } = createSimulation(scenario, raft)
    runUntil(ctx, world, 1800)
    const copy = cloneWorld(world, raft.invariants.clone)
    const from = ctx.recorder!.state()
    const resumed = { ...ctx, recorder: new Recorder(true, from) }
    // The original runs on first, to show that the copy shares nothing it could disturb.
    runUntil(ctx, world, UNTIL_MS)
    runUntil(resumed, copy, UNTIL_MS)
    expect(resumed.recorder.hash()).toBe(whole.hash)
    expect(resumed.recorder.entries!.slice()).toEqual(whole.trace.slice(from.count))
    expect(ctx.recorder!.hash()).toBe(whole.hash)
  })
})
