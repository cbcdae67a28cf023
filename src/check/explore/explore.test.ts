import { describe, expect, it } from 'vitest'
import { explore } from './explore'
import { LINEARIZABILITY } from './history-check'
import { checkClientHistory } from '../client-history'
import { RAFT_VARIANT_IDS } from '../../protocols/raft/variants'
import { protocolLookup, specLookup } from '../../protocols/registry'
import { parseScenario } from '../../scenario/validate'
import { runScenario, type HistoryEntry } from '../../sim/summary'
import type { ExploreProgress, ExploreResult } from './types'

const raft = protocolLookup.get('raft')!
const RUN_MS = 10_000
const SEEDS = 200

const linearizable = (history: readonly HistoryEntry[]) =>
  // An empty history is trivially linearizable.
  checkClientHistory(history)?.result.linearizable ?? true

describe.each(RAFT_VARIANT_IDS.map((v) => [v]))('exploring the %s variant', (variant) => {
  // Explored once, by whichever test asks first.
  let explored: ExploreResult | undefined
  const result = () => (explored ??= explore({ protocol: 'raft', variant, seeds: SEEDS }))

  it(`finds a failure within seeds 1 to ${SEEDS} and shrinks it to at most 12 inputs`, () => {
    const found = result().found!
    expect(result()).toMatchObject({ protocol: 'raft', variant, runs: found.seed })
    expect(found.inputsBefore).toBeGreaterThan(found.inputsAfter)
    expect(found.inputsAfter).toBe(found.scenario.inputs.length)
    expect(found.inputsAfter).toBeLessThanOrEqual(12)
    expect(found.scenario.variant).toBe(variant)
    expect(parseScenario(found.scenario, specLookup)).toEqual({
      ok: true,
      scenario: found.scenario,
    })
  })

  it('fails the same way when the shrunk scenario is replayed with runScenario', () => {
    const found = result().found!
    const replay = runScenario(found.scenario, raft, RUN_MS)
    const first = replay.violations[0]
    // With no invariant broken, the failure must be in the history.
    const shown =
      first === undefined
        ? {
            kind: linearizable(replay.history) === false ? 'linearizability' : 'none',
            invariant: LINEARIZABILITY,
            at: found.at,
            message: found.message,
          }
        : { kind: 'invariant', invariant: first.invariant, at: first.at, message: first.message }
    expect(shown).toEqual({
      kind: variant === 'stale-read' ? 'linearizability' : 'invariant',
      invariant: found.invariant,
      at: found.at,
      message: found.message,
    })
  })

  it('fails because of the variant: the correct Raft runs the same scenario cleanly', () => {
    const { variant: _, ...correct } = result().found!.scenario
    const replay = runScenario(correct, raft, RUN_MS)
    expect(replay.violations).toEqual([])
    expect(linearizable(replay.history)).toBe(true)
  })
})

describe('exploring the correct Raft', () => {
  it('finds nothing in 300 runs', () => {
    let reported = 0
    const result = explore({
      protocol: 'raft',
      seeds: 300,
      onProgress: (p) => {
        reported++
        expect(p).toMatchObject({ phase: 'explore', runs: reported, seed: reported })
      },
    })
    expect(result).toEqual({ protocol: 'raft', variant: null, runs: 300, found: null })
    expect(reported).toBe(300)
  }, 60_000)
})

describe('the explorer', () => {
  it('gives the same answer every time', () => {
    const options = { protocol: 'raft', variant: 'no-up-to-date-check', seeds: 20 }
    const once = explore(options)
    const again = explore(options)
    expect(once.found).not.toBeNull()
    expect(again).toEqual(once)
  })

  it('stops between runs when asked, or when its budget is spent', () => {
    let asked = 0
    const stopped = explore({ protocol: 'raft', seeds: 100, shouldStop: () => ++asked > 3 })
    expect(stopped.runs).toBe(3)
    let now = 0
    const clock = () => (now += 10)
    const budgeted = explore({ protocol: 'raft', seeds: 100, budgetMs: 45, clock })
    expect(budgeted.runs).toBeLessThan(5)
  })

  it('reports its shrinking, which a stop request cuts short', () => {
    const phases: ExploreProgress[] = []
    let shrinking = 0
    const result = explore({
      protocol: 'raft',
      variant: 'no-up-to-date-check',
      seeds: 50,
      onProgress: (p) => phases.push(p),
      shouldStop: () => phases.at(-1)?.phase === 'shrink' && ++shrinking > 5,
    })
    const shrinks = phases.filter((p) => p.phase === 'shrink')
    expect(shrinks.length).toBeGreaterThan(0)
    expect(shrinks.length).toBeLessThan(20)
    // Cut short, it still returns a scenario that fails.
    expect(result.found!.inputsAfter).toBeLessThanOrEqual(result.found!.inputsBefore)
  })

  it('refuses an unknown protocol or variant', () => {
    expect(() => explore({ protocol: 'nope', seeds: 1 })).toThrow('unknown protocol "nope"')
    expect(() => explore({ protocol: 'raft', variant: 'nope', seeds: 1 })).toThrow(
      'unknown variant "nope" of raft',
    )
  })
})
