import { describe, expect, it } from 'vitest'
import { nakamotoRun, testBlock } from './test-run'
import { afterOthersBlock, afterOwnBlock } from './selfish'
import { startMiner } from './context'
import { storeAdd } from './store'
import { GENESIS, type Block, type MinerContext } from './types'

/** Eyal & Sirer's revenue of a selfish pool of share α when a share γ of honest miners mine on its block in a race. */
const revenue = (a: number, g: number) =>
  (a * (1 - a) ** 2 * (4 * a + g * (1 - 2 * a)) - a ** 3) / (1 - a * (1 + (2 - a) * a))

const block = testBlock

/** n1 with a private branch of `lead` blocks over the genesis block, none published. */
function selfishWithLead(lead: number): MinerContext {
  let c = startMiner({
    id: 'n1',
    peers: ['n2', 'n3'],
    seed: 1,
    now: 0,
    durable: null,
    opts: { intervalMs: 1000, share: 0.4, confirmations: 3, selfish: true },
  })
  let parent = GENESIS.id
  for (let h = 1; h <= lead; h++) {
    const b = block(`n1.${h}`, parent, h)
    c = afterOwnBlock({ ...c, blocks: storeAdd(c.blocks, b), tip: b.id, height: h }, b).context
    parent = b.id
  }
  return c
}

const honest = (height: number) =>
  block(`n2.${height}`, height === 1 ? 'g' : `n2.${height - 1}`, height)
const sentIds = (effects: readonly { type: string; msg?: unknown }[]) => [
  ...new Set(effects.map((e) => (e.msg as { block: Block }).block.id)),
]

describe('selfish mining (Eyal & Sirer, Algorithm 1)', () => {
  it('withholds what it finds, and answers the others by its lead', () => {
    expect(selfishWithLead(3).withheld.map((b) => b.id)).toEqual(['n1.1', 'n1.2', 'n1.3'])
    // Lead 1, the others draw level: publish, and race.
    const race = afterOthersBlock(selfishWithLead(1), honest(1))
    expect(sentIds(race.effects)).toEqual(['n1.1'])
    expect(race.context).toMatchObject({ race: true, withheld: [], tip: 'n1.1' })
    // Lead 2, the others come within one: publish everything, and win.
    const win = afterOthersBlock(selfishWithLead(2), honest(1))
    expect(sentIds(win.effects)).toEqual(['n1.1', 'n1.2'])
    expect(win.context).toMatchObject({ race: false, withheld: [], publicHeight: 2 })
    // Lead 3: publish only up to their height.
    const ahead = afterOthersBlock(selfishWithLead(3), honest(1))
    expect(sentIds(ahead.effects)).toEqual(['n1.1'])
    expect(ahead.context.withheld.map((b) => b.id)).toEqual(['n1.2', 'n1.3'])
    // No lead, the others pull ahead: take their chain.
    const behind = afterOthersBlock(selfishWithLead(0), honest(1))
    expect(behind.effects).toEqual([])
    expect(behind.context).toMatchObject({ tip: 'n2.1', height: 1, withheld: [] })
  })

  it('publishes at once a block found during a race', () => {
    const race = afterOthersBlock(selfishWithLead(1), honest(1)).context
    const b = block('n1.2', 'n1.1', 2)
    const found = { ...race, blocks: storeAdd(race.blocks, b), tip: b.id, height: 2 }
    const out = afterOwnBlock(found, b)
    expect(sentIds(out.effects)).toEqual(['n1.2'])
    expect(out.context).toMatchObject({ race: false, withheld: [] })
  })

  it('earns more than its share of the chain above a third of the hash power, as the paper’s R(α, γ = 0)', () => {
    // Every message takes 20 ms, so the honest miners always hear their own block first (γ = 0).
    const params = { blockIntervalMs: 1000, latencyMs: [20, 20] as [number, number] }
    const strong = nakamotoRun({
      seed: 1,
      variant: 'selfish-mining',
      params: { ...params, n1Share: 0.4 },
      untilMs: 1_500_000,
    })
    const share = strong.measures.miners['n1']!.chainShare
    expect(share).toBeGreaterThan(0.44)
    expect(Math.abs(share - revenue(0.4, 0))).toBeLessThan(0.04)
    expect(strong.violations[0]).toBe('Found Blocks Published')

    const weak = nakamotoRun({
      seed: 1,
      variant: 'selfish-mining',
      params: { ...params, n1Share: 0.25 },
      untilMs: 800_000,
    })
    // Below a third it loses: R(0.25, 0) ≈ 0.195.
    expect(weak.measures.miners['n1']!.chainShare).toBeLessThan(0.23)
  }, 20_000)
})
