/**
 * The checker against a brute-force search over all orders, on small random histories of
 * both models, with unknown outcomes. Histories are made linearizable by construction (each
 * operation takes effect at a random moment inside its interval) and then, often, one
 * output is corrupted, so both verdicts come up.
 */

import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bruteForceLinearizable } from './brute-force'
import { checkHistory } from './check'
import { kvModel, type KvInput, type KvOutput, type KvState } from './kv-model'
import { registerModel, type RegisterInput, type RegisterOutput } from './register-model'
import { verifyOrder } from './witness'
import type { Model, Operation } from './types'

const RUNS = 1000

interface Draft<I> {
  readonly input: I
  readonly call: number
  readonly durationMs: number
  readonly unknown: boolean
  /** Where in its interval (0..1) the operation takes effect; unknown ones may never. */
  readonly at: number
  readonly happens: boolean
}

function draft<I>(input: fc.Arbitrary<I>): fc.Arbitrary<Draft<I>> {
  return fc.record({
    input,
    call: fc.integer({ min: 0, max: 20 }),
    durationMs: fc.integer({ min: 0, max: 8 }),
    unknown: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    happens: fc.boolean(),
  })
}

/** Runs the drafts at their moments of effect to get true outputs, then builds operations. */
function realise<S, I, O>(
  drafts: readonly Draft<I>[],
  model: Model<S, I, O>,
  keyOf: (input: I) => string,
  outputOf: (input: I, before: S, after: S, ok: boolean) => O,
): Operation<I, O>[] {
  const moment = (d: Draft<I>) => d.call + d.at * (d.unknown ? 30 : d.durationMs)
  const order = drafts.map((_, i) => i).sort((a, b) => moment(drafts[a]!) - moment(drafts[b]!))
  const states = new Map<string, S>()
  const outputs = new Map<number, O>()
  for (const i of order) {
    const d = drafts[i]!
    if (d.unknown && !d.happens) continue
    const key = keyOf(d.input)
    const before = states.get(key) ?? model.init()
    // Run with the output unknown to learn whether it applies, as the object would.
    const next = model.step(before, d.input, undefined)
    states.set(key, next.ok ? next.state : before)
    outputs.set(i, outputOf(d.input, before, next.state, next.ok))
  }
  return drafts.map((d, id) => ({
    id,
    client: `c${id}`,
    input: d.input,
    output: d.unknown ? undefined : outputs.get(id),
    call: d.call,
    return: d.unknown ? Infinity : d.call + d.durationMs,
  }))
}

/** Replaces one known output (of a read, get or cas) with another value from its domain. */
function corrupt<I, O>(
  ops: Operation<I, O>[],
  pick: { index: number; value: number } | null,
  replace: (input: I, output: O, value: number) => O | undefined,
): Operation<I, O>[] {
  if (pick === null || ops.length === 0) return ops
  // The first operation from the picked one on whose output can be replaced.
  for (let k = 0; k < ops.length; k++) {
    const i = (pick.index + k) % ops.length
    const op = ops[i]!
    const output = op.output === undefined ? undefined : replace(op.input, op.output, pick.value)
    if (output === undefined) continue
    const copy = ops.slice()
    copy[i] = { ...op, output }
    return copy
  }
  return ops
}

const corruption = fc.option(fc.record({ index: fc.nat(), value: fc.nat() }), { freq: 3 })

const registerInput: fc.Arbitrary<RegisterInput> = fc.oneof(
  fc.constant({ f: 'read' as const }),
  fc.integer({ min: 0, max: 2 }).map((value) => ({ f: 'write' as const, value })),
  fc
    .tuple(fc.constantFrom(null, 0, 1, 2), fc.integer({ min: 0, max: 2 }))
    .map(([from, to]) => ({ f: 'cas' as const, from, to })),
)

const registerHistory = fc
  .tuple(fc.array(draft(registerInput), { maxLength: 7, size: 'max' }), corruption)
  .map(([drafts, pick]) => {
    const ops = realise<unknown, RegisterInput, RegisterOutput>(
      drafts,
      registerModel as Model<unknown, RegisterInput, RegisterOutput>,
      () => 'register',
      (input, before, _after, ok) =>
        input.f === 'read' ? (before as RegisterOutput) : input.f === 'write' ? true : ok,
    )
    return corrupt(ops, pick, (input, output, value) =>
      input.f === 'read' ? [null, 0, 1, 2][value % 4]! : input.f === 'cas' ? !output : undefined,
    )
  })

const kvInput: fc.Arbitrary<KvInput> = fc
  .tuple(
    fc.constantFrom('get', 'put', 'append'),
    fc.constantFrom('a', 'b'),
    fc.constantFrom('x', 'y'),
  )
  .map(([f, key, value]) => ({ f, key, value: f === 'get' ? null : value }))

const kvHistory = fc
  .tuple(fc.array(draft(kvInput), { maxLength: 7, size: 'max' }), corruption)
  .map(([drafts, pick]) => {
    const ops = realise<KvState, KvInput, KvOutput>(
      drafts,
      kvModel,
      (input) => input.key,
      (input, before) => (input.f === 'get' ? before.text : null),
    )
    return corrupt(ops, pick, (input, _output, value) =>
      input.f === 'get' ? ['', 'x', 'y', 'xy', 'yx', 'xx'][value % 6]! : undefined,
    )
  })

function agreesWithBruteForce<S, I, O>(
  arbitrary: fc.Arbitrary<Operation<I, O>[]>,
  model: Model<S, I, O>,
  keyOf: (input: I) => string,
) {
  const verdicts = { true: 0, false: 0 }
  fc.assert(
    fc.property(arbitrary, (ops) => {
      const expected = bruteForceLinearizable(ops, model, keyOf)
      const result = checkHistory(ops, model)
      expect(result.linearizable).toBe(expected)
      expect(result.order && verifyOrder(ops, model, result.order)).toBeUndefined()
      verdicts[String(expected) as 'true' | 'false']++
    }),
    { numRuns: RUNS },
  )
  return verdicts
}

describe('the checker agrees with brute force on small random histories', () => {
  it('register (read, write, cas), with unknown outcomes', () => {
    const verdicts = agreesWithBruteForce(registerHistory, registerModel, () => 'register')
    // Both verdicts must come up often, or the comparison proves little.
    expect(Math.min(verdicts.true, verdicts.false)).toBeGreaterThan(RUNS / 10)
  })

  it('key-value (get, put, append) over two keys, with unknown outcomes', () => {
    const verdicts = agreesWithBruteForce(kvHistory, kvModel, (input) => input.key)
    expect(Math.min(verdicts.true, verdicts.false)).toBeGreaterThan(RUNS / 10)
  })
})
