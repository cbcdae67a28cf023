/**
 * All-reduce for data-parallel training: each worker holds an integer gradient vector per
 * training step, the workers sum their vectors and every one applies the sum, then the
 * next step begins. Three ways to sum are compared: the ring (reduce-scatter, then
 * all-gather, as in Baidu's and Horovod's ring all-reduce), a parameter server (n1) and a
 * binary tree rooted at n1.
 */

/** How the workers sum their gradients (the `mode` parameter: 0, 1 or 2). */
export const MODES = ['ring', 'server', 'tree'] as const
export type Mode = (typeof MODES)[number]

/** What a node holds of one chunk: the sum of the contributions of the workers in `from`. */
export interface Part {
  /** Worker indices (0-based) whose gradients are in `values`, in the order added. */
  readonly from: readonly number[]
  readonly values: readonly number[]
}

export interface Options {
  readonly mode: Mode
  readonly vectorLength: number
  readonly elementBytes: number
  readonly steps: number
  readonly computeMs: number
  readonly retryMs: number
  readonly checkpointEvery: number
  readonly elastic: boolean
  /** The no-dedup variant: a chunk that arrives again is added again. */
  readonly noDedup: boolean
  readonly seed: number
}

export interface Checkpoint {
  readonly step: number
  readonly params: readonly number[]
}

export interface ReduceContext {
  readonly id: string
  /** 0-based: n1 is 0. */
  readonly index: number
  readonly size: number
  readonly opts: Options
  /** The training step under way (or `opts.steps` when training is over). */
  readonly step: number
  /** The model: the sum of every reduced gradient applied so far. */
  readonly params: readonly number[]
  /** Still computing this step's gradient: nothing is sent before it is ready. */
  readonly computing: boolean
  /** What this node holds of each chunk this step (null: nothing yet). */
  readonly held: readonly (Part | null)[]
  /** Sends of this step gone out at least once, as `phase:chunk@to` keys. */
  readonly sent: readonly string[]
  /** Sends of this step the receiver acknowledged, by the same keys. */
  readonly acked: readonly string[]
  /** Where the tree or the server got this step's partial sums from (node indices). */
  readonly heard: readonly number[]
  /** The last step this node reduced itself, and the sum it applied. */
  readonly applied: { readonly step: number; readonly values: readonly number[] } | null
  readonly checkpoint: Checkpoint
  /** Payload bytes this node has sent since it started (retransmissions included). */
  readonly bytesSent: number
  /** Steps it took over from a peer's state after a restart, instead of reducing them. */
  readonly adopted: number
  /** Back from a crash: it tells its peers, which resend what it lost (elastic only). */
  readonly restarted: boolean
}

/** A chunk (or, for the tree and the server, the whole vector) on its way. */
export interface ChunkMsg {
  readonly type: 'Chunk'
  readonly step: number
  /** `rs`: reduce-scatter (partial sums), `ag`: all-gather (final sums). */
  readonly phase: 'rs' | 'ag'
  /** The chunk, or -1 for the whole vector (tree and server). */
  readonly chunk: number
  /** Worker indices whose gradients the values sum (`from` is the sender's id). */
  readonly contributors: readonly number[]
  readonly values: readonly number[]
}

export interface AckMsg {
  readonly type: 'ChunkAck'
  readonly step: number
  readonly phase: 'rs' | 'ag'
  readonly chunk: number
}

/** A restarted worker announces the step its checkpoint holds. */
export interface JoinMsg {
  readonly type: 'Rejoin'
  readonly step: number
}

/** A worker that waits asks the node it waits for where it is. */
export interface PollMsg {
  readonly type: 'Poll'
  readonly step: number
}

/** A node further on hands a laggard its model, so that it can skip ahead. */
export interface StateMsg {
  readonly type: 'State'
  readonly step: number
  readonly params: readonly number[]
}

export type ReduceMessage = ChunkMsg | AckMsg | JoinMsg | PollMsg | StateMsg

export type ReduceEvent =
  | (ReduceMessage & { readonly from: string; readonly now?: number })
  | {
      readonly type: 'ClientRequest'
      readonly from: string
      readonly client: string
      readonly seq: number
      readonly op: string
      readonly key: string
      readonly now?: number
    }
  | { readonly type: 'timer.compute'; readonly now?: number }
  | { readonly type: 'timer.retry'; readonly now?: number }
