/**
 * A miner's rules as pure functions: an event in, the new context and effects out. It
 * mines on its tip when its mining timer fires, sends each block it finds to every peer,
 * fetches the parent of a block it cannot connect, and moves its tip only to a longer
 * chain (the first seen of two equal ones stays). The selfish miner's choices of what to
 * publish and when are in selfish.ts.
 */

import { storeAdd, storeGet } from './store'
import { send } from '../rule-actions'
import { answer } from '../client-replies'
import { blockOf } from './chain'
import { atTime, NO_ORPHANS } from './context'
import { blockWithTx, chainTxIndex } from './tx-index'
import { exponentialMs } from './random'
import { broadcast, outgrows, type Out } from './moves'
import { afterOthersBlock, afterOwnBlock, publicTipOf } from './selfish'
import type { Effect } from '../../sim/protocol'
import type { Block, BlockMsg, GetBlock, MinerContext, NakamotoEvent, Tx, TxMsg } from './types'

export const MINE = 'mine'

/** The next find of this miner, an exponential wait (mean interval / share), and its new rng. */
function nextFind(c: MinerContext): [Effect, number] {
  const [ms, rng] = exponentialMs(c.opts.intervalMs / c.opts.share, c.rng)
  return [{ type: 'setTimer', name: MINE, ms }, rng]
}

function armMining(c: MinerContext): Out {
  const [timer, rng] = nextFind(c)
  return { context: { ...c, rng }, effects: [timer] }
}

export function start(c: MinerContext): Out {
  const out = armMining(c)
  // A miner that comes back (or starts late) asks its peers what their tips are.
  if (c.now === 0 && c.height === 0) return out
  const asks = c.peers.map((p) => send(p, { type: 'GetTip' }))
  return { context: out.context, effects: [...out.effects, ...asks] }
}

/** The transactions it knows that its chain does not hold yet. */
function pendingTxs(c: MinerContext): Tx[] {
  const index = chainTxIndex(c.blocks, c.tip)
  return c.txs.filter((tx) => blockWithTx(index, tx.id, tx.at) === null)
}

function onMine(c: MinerContext): Out {
  const block: Block = {
    id: `${c.id}.${c.mined + 1}`,
    parent: c.tip,
    height: c.height + 1,
    miner: c.id,
    minedAt: c.now,
    txs: pendingTxs(c),
  }
  // It mines on at once: the next find is drawn into the same copy of its context.
  const [timer, rng] = nextFind(c)
  const found: MinerContext = {
    ...c,
    blocks: storeAdd(c.blocks, block),
    tip: block.id,
    height: block.height,
    mined: c.mined + 1,
    added: [block.id],
    rng,
  }
  const published = c.opts.selfish ? afterOwnBlock(found, block) : { context: found, effects: [] }
  const honest = c.opts.selfish ? [] : broadcast(found, [block])
  const answered = answerClients(published.context)
  return {
    context: answered.context,
    effects: [...honest, ...published.effects, timer, ...answered.effects],
  }
}

/** What connecting a block changes: the store, the orphans, and the blocks it added. */
interface Connected {
  readonly blocks: MinerContext['blocks']
  readonly orphans: MinerContext['orphans']
  readonly added: string[]
  /** The highest block added. */
  readonly best: Block
}

/** Adds `b` to the store, with every block waiting for it (and for those, and so on). */
function connect(c: MinerContext, b: Block): Connected {
  let blocks = storeAdd(c.blocks, b)
  let orphans = c.orphans
  let best = b
  const added = [b.id]
  for (let i = 0; i < added.length && orphans !== NO_ORPHANS; i++) {
    const parent = added[i]!
    for (const id in orphans) {
      const o = orphans[id]!
      if (o.parent !== parent) continue
      const { [o.id]: _, ...rest } = orphans
      orphans = Object.keys(rest).length === 0 ? NO_ORPHANS : rest
      blocks = storeAdd(blocks, o)
      added.push(o.id)
      if (o.height > best.height) best = o
    }
  }
  return { blocks, orphans, added, best }
}

/**
 * The honest miner's move: the blocks connected, and its tip on the longest chain, made in
 * one copy of its context (a step copies it often enough: this is most steps).
 */
function followLonger(c: MinerContext, { blocks, orphans, added, best }: Connected): MinerContext {
  const follow = outgrows(best, c)
  const tip = follow ? best.id : c.tip
  const height = follow ? best.height : c.height
  return { ...c, blocks, orphans, added, tip, height }
}

/** It has the block, connected or waiting for its parent. */
const isHeld = (c: MinerContext, id: string) =>
  storeGet(c.blocks, id) !== undefined || (c.orphans !== NO_ORPHANS && c.orphans[id] !== undefined)

function onBlock(c: MinerContext, from: string, b: Block): Out {
  if (isHeld(c, b.id)) {
    return { context: c, effects: [] }
  }
  if (storeGet(c.blocks, b.parent) === undefined) {
    const orphans = { ...c.orphans, [b.id]: b }
    // Ask for the lowest block missing below it (the parent, or further down).
    let missing = b.parent
    while (orphans[missing] !== undefined) missing = orphans[missing]!.parent
    return {
      context: { ...c, orphans },
      effects: [send<GetBlock>(from, { type: 'GetBlock', id: missing })],
    }
  }
  const connected = connect(c, b)
  if (!c.opts.selfish) return answerClients(followLonger(c, connected))
  const { blocks, orphans, added, best } = connected
  const moved = afterOthersBlock({ ...c, blocks, orphans, added }, best)
  const answered = answerClients(moved.context)
  return { context: answered.context, effects: [...moved.effects, ...answered.effects] }
}

/** A block it holds and has published (a selfish miner keeps its withheld ones back). */
function onGetBlock(c: MinerContext, from: string, id: string): Out {
  const block = storeGet(c.blocks, id)
  if (block === undefined || c.withheld.some((w) => w.id === id)) {
    return { context: c, effects: [] }
  }
  return { context: c, effects: [send<BlockMsg>(from, { type: 'Block', block })] }
}

function onGetTip(c: MinerContext, from: string): Out {
  const block = blockOf(c.blocks, publicTipOf(c))
  if (block.height === 0) return { context: c, effects: [] }
  return { context: c, effects: [send<BlockMsg>(from, { type: 'Block', block })] }
}

function hear(c: MinerContext, tx: Tx): Out {
  if (c.txs.some((t) => t.id === tx.id)) return { context: c, effects: [] }
  return { context: { ...c, txs: [...c.txs, tx] }, effects: [] }
}

function onClient(c: MinerContext, e: Extract<NakamotoEvent, { type: 'ClientRequest' }>): Out {
  const tx: Tx = { id: e.client, value: e.value ?? '', at: c.now }
  const known = c.txs.some((t) => t.id === tx.id)
  const heard = hear(c, tx).context
  const waiting = [...heard.waiting, { client: e.client, seq: e.seq, tx: tx.id }]
  const answered = answerClients({ ...heard, waiting })
  const gossip = known ? [] : c.peers.map((p) => send<TxMsg>(p, { type: 'Tx', tx }))
  return { context: answered.context, effects: [...gossip, ...answered.effects] }
}

/** Answers each waiting client whose transaction is now in its chain, with the block's id. */
function answerClients(c: MinerContext): Out {
  if (c.waiting.length === 0) return { context: c, effects: [] }
  const effects: Effect[] = []
  const index = chainTxIndex(c.blocks, c.tip)
  const waiting = c.waiting.filter((w) => {
    const tx = c.txs.find((t) => t.id === w.tx)
    const block = tx === undefined ? null : blockWithTx(index, tx.id, tx.at)
    if (block === null) return true
    effects.push(send(w.client, answer(w.client, w.seq, block.id)))
    return false
  })
  return { context: waiting.length === c.waiting.length ? c : { ...c, waiting }, effects }
}

const NONE_ADDED: readonly string[] = []

export function step(c0: MinerContext, e: NakamotoEvent): Out {
  const c = atTime(c0, e.now, NONE_ADDED)
  switch (e.type) {
    case 'Block':
      return onBlock(c, e.from, e.block)
    case 'GetBlock':
      return onGetBlock(c, e.from, e.id)
    case 'GetTip':
      return onGetTip(c, e.from)
    case 'Tx':
      return hear(c, e.tx)
    case 'ClientRequest':
      return onClient(c, e)
    case `timer.${MINE}`:
      return onMine(c)
    default:
      return { context: c, effects: [] }
  }
}
