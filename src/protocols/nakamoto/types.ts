/**
 * Nakamoto consensus (Nakamoto, 2008): miners extend the longest chain of blocks they
 * know, each finding a block after an exponential wait whose mean is the network's target
 * interval divided by the miner's share of the hash power. A found block goes to every
 * peer; a node that receives a block whose parent it lacks asks the sender for the parent.
 * Two blocks found within a propagation delay of each other fork the chain; the next block
 * decides which branch is longest, and the other branch's blocks become stale (orphaned).
 * The variant `selfish-mining` (Eyal & Sirer, 2014) makes n1 withhold its blocks and
 * publish them strategically.
 */

import type { BlockStore } from './store'
import type { TimedMachineEvent } from '../xstate-stepper'

/** A transaction from a client: its id is the client's (`c3`), carried until mined. */
export interface Tx {
  readonly id: string
  readonly value: string
  /** When the first node heard of it: no block mined earlier can hold it. */
  readonly at: number
}

export interface Block {
  /** `g` for the genesis block, else the miner and its count: `n2.5` is n2's fifth block. */
  readonly id: string
  /** The parent's id; empty for the genesis block. */
  readonly parent: string
  readonly height: number
  /** Empty for the genesis block. */
  readonly miner: string
  readonly minedAt: number
  readonly txs: readonly Tx[]
}

export const GENESIS: Block = { id: 'g', parent: '', height: 0, miner: '', minedAt: 0, txs: [] }

export interface MinerOptions {
  /** The network's target mean time between blocks. */
  readonly intervalMs: number
  /** This miner's share of the network's hash power, in (0, 1]. */
  readonly share: number
  /** A block this many blocks below the tip counts as confirmed. */
  readonly confirmations: number
  /** The variant `selfish-mining`, for this miner (n1). */
  readonly selfish: boolean
}

/** A client waiting to hear that its transaction is in this node's chain. */
export interface Waiting {
  readonly client: string
  readonly seq: number
  readonly tx: string
}

export interface MinerContext {
  readonly id: string
  readonly peers: readonly string[]
  readonly opts: MinerOptions
  // Kept on disk: the blocks it holds (each connects to the genesis block), its tip and
  // how many blocks it has mined (for the ids of its next ones).
  readonly blocks: BlockStore
  readonly tip: string
  readonly height: number
  readonly mined: number
  // Lost in a crash.
  /** Blocks whose parent it lacks yet, by id. */
  readonly orphans: Readonly<Record<string, Block>>
  /** Every transaction it has heard of (mined ones included: a reorg may drop them). */
  readonly txs: readonly Tx[]
  readonly waiting: readonly Waiting[]
  readonly rng: number
  /** Selfish mining only: its own blocks it keeps back, lowest first. */
  readonly withheld: readonly Block[]
  /** Selfish mining only: the height of the longest chain the others know of. */
  readonly publicHeight: number
  /** Selfish mining only: it published a block to tie the others' (Eyal & Sirer's state 0'). */
  readonly race: boolean
  /** Blocks it connected in the step that just ran (the checkers read them). */
  readonly added: readonly string[]
  readonly now: number
}

export interface Durable {
  readonly blocks: BlockStore
  readonly tip: string
  readonly height: number
  readonly mined: number
  readonly withheld: readonly Block[]
  readonly publicHeight: number
}

// Messages.
export interface BlockMsg {
  readonly type: 'Block'
  readonly block: Block
}
export interface GetBlock {
  readonly type: 'GetBlock'
  readonly id: string
}
/** A node that restarts asks its peers for their tips. */
export interface GetTip {
  readonly type: 'GetTip'
}
export interface TxMsg {
  readonly type: 'Tx'
  readonly tx: Tx
}

export type NakamotoMessage = BlockMsg | GetBlock | GetTip | TxMsg

export type NakamotoEvent = TimedMachineEvent<NakamotoMessage>
