/**
 * The explorer's tests every protocol shares: each broken variant fails at its pinned seed
 * and shrinks to at most 12 inputs that replay the same failure (and pass without the
 * variant), and the correct protocol survives a batch of seeds. Seeds are measured from
 * seed 1 over 3,000 and pinned, so a test runs one seed per variant only.
 */

import { describe, expect, it } from 'vitest'
import { explore } from '../check/explore'
import { checkClientHistory } from '../check/client-history'
import { protocolLookup, specLookup } from '../protocols/registry'
import { parseScenario } from '../scenario/validate'
import { runScenario, type HistoryEntry } from '../sim/summary'
import { KERNEL_PARAMS, resolveParams } from '../sim/params'
import type { ExploreResult } from '../check/explore/types'

const RUN_MS = 10_000

/** Where a search from seed 1 first fails a variant, and what it breaks. */
export interface Pinned {
  readonly seed: number
  readonly kind: 'invariant' | 'linearizability'
  /** The invariant's name (`Linearizability` for a history that is not linearizable). */
  readonly invariant: string
}

const linearizable = (history: readonly HistoryEntry[]) =>
  // An empty history is trivially linearizable.
  checkClientHistory(history)?.result.linearizable ?? true

export function describeExploration(
  protocol: string,
  pinned: Readonly<Record<string, Pinned>>,
  options: { readonly cleanRuns: number; readonly timeoutMs: number; readonly note?: string },
): void {
  const kernel = protocolLookup.get(protocol)!

  describe.each(Object.entries(pinned))('exploring the %s variant', (variant, pin) => {
    let explored: ExploreResult | undefined
    const result = () => (explored ??= explore({ protocol, variant, fromSeed: pin.seed, seeds: 1 }))

    it(
      `fails at seed ${pin.seed}, breaking ${pin.invariant}, shrunk to at most 12 inputs`,
      () => {
        const found = result().found!
        expect(found).toMatchObject({ seed: pin.seed, kind: pin.kind, invariant: pin.invariant })
        expect(found.inputsBefore).toBeGreaterThan(found.inputsAfter)
        expect(found.inputsAfter).toBe(found.scenario.inputs.length)
        expect(found.inputsAfter).toBeLessThanOrEqual(12)
        expect(parseScenario(found.scenario, specLookup)).toEqual({
          ok: true,
          scenario: found.scenario,
        })
      },
      options.timeoutMs,
    )

    it(
      'fails the same way when the shrunk scenario is replayed, and not without the variant',
      () => {
        const found = result().found!
        const replay = runScenario(found.scenario, kernel, RUN_MS)
        // A broken invariant replays as the same violation; a history that is not
        // linearizable replays as one again, with no invariant broken.
        const [first] = replay.violations
        const replayed =
          first === undefined
            ? { kind: linearizable(replay.history) ? 'none' : 'linearizability' }
            : {
                kind: 'invariant',
                invariant: first.invariant,
                at: first.at,
                message: first.message,
              }
        const { kind, invariant, at, message } = found
        expect(replayed).toEqual(
          kind === 'invariant' ? { kind, invariant, at, message } : { kind: 'linearizability' },
        )
        const { variant: _, ...correct } = found.scenario
        const clean = runScenario(correct, kernel, RUN_MS)
        expect(clean.violations).toEqual([])
        // Where the protocol promises linearizability with these parameters, it keeps it.
        const params = resolveParams({ ...KERNEL_PARAMS, ...kernel.spec.params }, correct.params)
        const promised = kernel.spec.linearizable?.(params) ?? true
        expect(!promised || linearizable(clean.history)).toBe(true)
      },
      options.timeoutMs,
    )
  })

  describe(`exploring the correct ${protocol}`, () => {
    const runs = options.cleanRuns
    it(
      `finds nothing in ${runs} runs${options.note ?? ''} (2,000 are measured outside the unit tests)`,
      () => {
        const result = explore({ protocol, seeds: runs })
        expect(result).toEqual({ protocol, variant: null, runs, found: null })
      },
      4 * options.timeoutMs,
    )
  })
}
