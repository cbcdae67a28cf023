import { describe, expect, it } from 'vitest'
import { blockOf } from './chain'
import { storeAdd, storeForEach, storeGet, storeOf, type BlockStore } from './store'
import { nakamotoRun } from './test-run'
import { blockWithTx, chainTxIndex } from './tx-index'
import { GENESIS, type Block } from './types'

/** The walk the index replaces: down from `tip`, no lower than blocks mined at `since`. */
function walkForTx(blocks: BlockStore, tip: string, tx: string, since: number): Block | null {
  for (let b = blockOf(blocks, tip); b.id !== GENESIS.id && b.minedAt >= since;) {
    if (b.txs.some((t) => t.id === tx)) return b
    b = blockOf(blocks, b.parent)
  }
  return null
}

const block = (id: string, parent: Block, minedAt: number, txs: string[] = []): Block => ({
  id,
  parent: parent.id,
  height: parent.height + 1,
  miner: id.split('.')[0]!,
  minedAt,
  txs: txs.map((tx) => ({ id: tx, value: tx, at: minedAt })),
})

describe('the index of which block of a chain holds a transaction', () => {
  // g ← a (c1) ← b (c2) ← c (c1 again, as a miner that heard c1 late would put it) ← d
  //                     ↖ e (c3), a branch off b
  const a = block('n1.1', GENESIS, 10, ['c1'])
  const b = block('n2.1', a, 20, ['c2'])
  const c = block('n1.2', b, 30, ['c1'])
  const d = block('n3.1', c, 40)
  const e = block('n2.2', b, 35, ['c3'])
  const blocks = [a, b, c, d, e].reduce(storeAdd, storeOf(GENESIS))

  it('finds the highest block of the chain holding it, mined no earlier than asked', () => {
    const onD = chainTxIndex(blocks, d.id)
    expect(blockWithTx(onD, 'c1', 0)).toBe(c)
    expect(blockWithTx(onD, 'c2', 0)).toBe(b)
    expect(blockWithTx(onD, 'c2', 21)).toBeNull()
    expect(blockWithTx(onD, 'c1', 31)).toBeNull()
    expect(blockWithTx(onD, 'c3', 0)).toBeNull()
  })

  it('holds for each chain of a fork what that chain has, not the other branch', () => {
    const onE = chainTxIndex(blocks, e.id)
    expect(blockWithTx(onE, 'c3', 0)).toBe(e)
    expect(blockWithTx(onE, 'c1', 0)).toBe(a)
    expect(blockWithTx(chainTxIndex(blocks, b.id), 'c3', 0)).toBeNull()
    expect(blockWithTx(chainTxIndex(blocks, GENESIS.id), 'c1', 0)).toBeNull()
  })

  it('agrees with a walk down the chain for every block, transaction and time of a run', () => {
    // Clients on both sides of a long partition, and a crash: forks whose branches hold
    // different transactions, some of them mined twice.
    const txs = Array.from({ length: 24 }, (_, i) => ({
      at: 400 + i * 450,
      type: 'client' as const,
      op: 'tx',
      key: `k${i}`,
      value: `v${i}`,
      node: `n${(i % 5) + 1}`,
    }))
    const inputs = [
      ...txs.slice(0, 8),
      {
        at: 4000,
        type: 'partition' as const,
        groups: [
          ['n1', 'n2'],
          ['n3', 'n4', 'n5'],
        ],
      },
      ...txs.slice(8, 16),
      { at: 7600, type: 'heal' as const },
      { at: 7700, type: 'crash' as const, node: 'n2' },
      ...txs.slice(16),
      { at: 10_000, type: 'restart' as const, node: 'n2' },
    ].sort((x, y) => x.at - y.at)
    const params = { blockIntervalMs: 300, latencyMs: [20, 120] as [number, number] }
    const run = nakamotoRun({ seed: 4, params, inputs, untilMs: 16_000 })
    let found = 0
    let missing = 0
    for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
      const store = run.miner(id)!.blocks
      const tips: string[] = []
      storeForEach(store, (tip) => tips.push(tip.id))
      for (const tip of tips) {
        const index = chainTxIndex(store, tip)
        for (let i = 1; i <= txs.length; i++) {
          for (const since of [0, storeGet(store, tip)!.minedAt - 600]) {
            const want = walkForTx(store, tip, `c${i}`, since)
            expect(blockWithTx(index, `c${i}`, since)).toBe(want)
            if (want === null) missing++
            else found++
          }
        }
      }
    }
    // Both answers came up often: the comparison covered chains with and without each.
    expect(found).toBeGreaterThan(1000)
    expect(missing).toBeGreaterThan(1000)
  })
})
