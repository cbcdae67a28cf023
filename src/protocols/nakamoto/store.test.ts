import { describe, expect, it } from 'vitest'
import { ancestorAt, chainIds, forkPoint } from './chain'
import { blockWithTx, chainTxIndex } from './tx-index'
import { placeOf, storeAdd, storeForEach, storeGet, storeOf, type BlockStore } from './store'
import { GENESIS, type Block } from './types'

const block = (id: string, parent: Block, txs: string[] = []): Block => ({
  id,
  parent: parent.id,
  height: parent.height + 1,
  miner: id.split('.')[0]!,
  minedAt: parent.minedAt + 10,
  txs: txs.map((tx) => ({ id: tx, value: tx, at: 0 })),
})

const held = (s: BlockStore) => {
  const ids: string[] = []
  storeForEach(s, (b) => ids.push(b.id))
  return ids
}

describe('the block store', () => {
  const a = block('n1.1', GENESIS)
  const b = block('n2.1', GENESIS)

  it('keeps a branch from seeing the blocks another branch took in at the same place', () => {
    const start = storeOf(GENESIS)
    const one = storeAdd(start, a)
    const other = storeAdd(start, b)
    expect(held(one)).toEqual(['g', 'n1.1'])
    expect(held(other)).toEqual(['g', 'n2.1'])
    expect(storeGet(one, 'n2.1')).toBeUndefined()
    expect(storeGet(other, 'n1.1')).toBeUndefined()
    expect(storeGet(start, 'n1.1')).toBeUndefined()
    expect(placeOf(start, 'n2.1')).toBe(-1)
    // The first still grows where it was, unaware of the branch.
    const two = storeAdd(one, block('n1.2', a))
    expect(held(two)).toEqual(['g', 'n1.1', 'n1.2'])
    expect(held(storeAdd(other, block('n2.2', b)))).toEqual(['g', 'n2.1', 'n2.2'])
    expect(chainIds(two, 'n1.2')).toEqual(['g', 'n1.1', 'n1.2'])
  })

  it('shares its log with a replay that takes in the same blocks, copies of them included', () => {
    const start = storeOf(GENESIS)
    const one = storeAdd(start, a)
    const replay = storeAdd(start, { ...a, txs: [...a.txs] })
    expect(replay.log).toBe(one.log)
    expect(storeGet(replay, 'n1.1')).toEqual(a)
    // A block equal but for its transactions is another block.
    const differs = storeAdd(start, { ...a, txs: [{ id: 'c1', value: 'x', at: 0 }] })
    expect(differs.log).not.toBe(one.log)
    expect(blockWithTx(chainTxIndex(differs, 'n1.1'), 'c1', 0)?.id).toBe('n1.1')
    expect(blockWithTx(chainTxIndex(one, 'n1.1'), 'c1', 0)).toBeNull()
  })

  it('answers as a walk by ids does, for stores branched at random from each other', () => {
    // A block tree grown at random, and stores that each take in a random part of it
    // (parents first), many of them branching off earlier states of the others.
    let seed = 12345
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return (seed >>> 8) % n
    }
    const blocks: Block[] = [GENESIS]
    for (let i = 1; i <= 60; i++) {
      const parent = blocks[blocks.length - 1 - rand(Math.min(blocks.length, 4))]!
      blocks.push(block(`n${1 + rand(3)}.${i}`, parent, rand(3) === 0 ? [`c${rand(5)}`] : []))
    }
    const byId = new Map(blocks.map((x) => [x.id, x]))
    type Held = { store: BlockStore; ids: Set<string> }
    const states: Held[] = [{ store: storeOf(GENESIS), ids: new Set(['g']) }]
    for (let step = 0; step < 400; step++) {
      const from = states[rand(states.length)]!
      // Any block it can connect: two states of one log may take in different ones.
      const ready = blocks.filter((x) => !from.ids.has(x.id) && from.ids.has(x.parent))
      if (ready.length === 0) continue
      const next = ready[rand(Math.min(ready.length, 2))]!
      states.push({ store: storeAdd(from.store, next), ids: new Set([...from.ids, next.id]) })
    }

    const walk = (tip: string) => {
      const chain: Block[] = []
      for (let x = byId.get(tip); x !== undefined; x = byId.get(x.parent)) chain.unshift(x)
      return chain
    }
    for (const { store, ids } of states) {
      expect(new Set(held(store))).toEqual(ids)
      for (const x of blocks) {
        expect(storeGet(store, x.id)).toBe(ids.has(x.id) ? x : undefined)
        if (!ids.has(x.id)) continue
        const chain = walk(x.id)
        expect(chainIds(store, x.id)).toEqual(chain.map((y) => y.id))
        const height = rand(x.height + 1)
        expect(ancestorAt(store, x.id, height)).toBe(chain[height])
        const other = [...ids][rand(ids.size)]!
        const both = walk(other).filter((y) => chain.includes(y))
        expect(forkPoint(store, x.id, other)).toBe(both.at(-1))
        const index = chainTxIndex(store, x.id)
        for (let t = 0; t < 5; t++) {
          const holding = chain.filter((y) => y.txs.some((tx) => tx.id === `c${t}`)).at(-1)
          expect(blockWithTx(index, `c${t}`, 0)).toBe(holding ?? null)
        }
      }
    }
  })
})
