import { describe, expect, it } from 'vitest'
import { testBlock } from './test-run'
import { createNakamotoInvariants, LONGEST_CHAIN } from './invariants'
import { startMiner } from './context'
import { storeAdd } from './store'
import type { MinerContext } from './types'

const block = testBlock

/** n1 holding blocks n2.1 and n3.1, both at height 1 on the genesis block, its tip at `tip`. */
function holding(tip: string, added: readonly string[] = []): MinerContext {
  let c = startMiner({
    id: 'n1',
    peers: ['n2', 'n3'],
    seed: 1,
    now: 0,
    durable: null,
    opts: { intervalMs: 1000, share: 1 / 3, confirmations: 3, selfish: false },
  })
  for (const b of [block('n2.1', 'g', 1), block('n3.1', 'g', 1)]) {
    c = { ...c, blocks: storeAdd(c.blocks, b) }
  }
  return { ...c, tip, height: tip === 'g' ? 0 : 1, added }
}

const checker = createNakamotoInvariants((s) => s as MinerContext)
const check = (before: MinerContext, after: MinerContext) => {
  const ghost = checker.init(3)
  checker.check(ghost, 0, 'n1', null, before, [], [])
  return checker.check(ghost, 10, 'n1', before, after, [], []).map((v) => v.invariant)
}

describe('the Longest Chain check', () => {
  it('passes a move to a longer chain', () => {
    expect(check(holding('g'), holding('n2.1', ['n2.1']))).toEqual([])
  })

  it('reports a move to a chain no longer than the one held (first seen must stay)', () => {
    expect(check(holding('n2.1'), holding('n3.1'))).toEqual([LONGEST_CHAIN])
  })

  it('reports a miner that takes in a higher block and stays on a lower tip', () => {
    expect(check(holding('g'), holding('g', ['n2.1']))).toEqual([LONGEST_CHAIN])
  })
})
