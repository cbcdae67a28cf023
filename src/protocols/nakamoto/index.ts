/**
 * Nakamoto consensus as a kernel protocol: one XState machine per miner, stepped purely,
 * plus the checkers that watch the whole network.
 */

import { createStepper, timedMachineEvent } from '../xstate-stepper'
import { durableOf, shareOf, startMiner } from './context'
import { describeCrashed, describeMiner, ROLE } from './describe'
import { createNakamotoInvariants, type NakamotoGhost } from './invariants'
import { nakamotoMeasures } from './measures'
import { nakamotoMachine, type MachineContext } from './machine'
import { describeNakamotoMessage, nakamotoMessageKind } from './messages'
import { nakamotoSpec } from './spec'
import { nakamotoVariant } from './variants'
import { ancestorAt } from './chain'
import { storeForEach } from './store'
import type { Protocol } from '../../sim/protocol'
import type { Durable, MinerContext } from './types'
import type { SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof nakamotoMachine>

const stepper = createStepper(nakamotoMachine)

export const minerContextOf = (s: unknown): MinerContext => (s as Snapshot).context as MinerContext

/** How many of its last blocks the cluster view draws on a miner. */
const LOG_BLOCKS = 12

/** The last blocks of its chain, coloured by miner; those k deep count as committed. */
function chainView(c: MinerContext) {
  const terms: number[] = []
  const lowest = Math.max(1, c.height - LOG_BLOCKS + 1)
  if (c.height > 0) {
    for (let b = ancestorAt(c.blocks, c.tip, c.height); ;) {
      terms.push(Number(b.miner.slice(1)))
      if (b.height <= lowest) break
      b = ancestorAt(c.blocks, b.parent, b.height - 1)
    }
  }
  terms.reverse()
  const settled = c.height - c.opts.confirmations - lowest + 1
  return { terms, committed: Math.max(0, Math.min(terms.length, settled)) }
}

export const nakamoto: Protocol<Snapshot, NakamotoGhost> = {
  spec: nakamotoSpec,
  init: ({ id, peers, params, variant, durable, now, seed }) =>
    stepper.init(
      startMiner({
        id,
        peers,
        seed: seed ?? 0,
        now: now ?? 0,
        durable: durable as Durable | null,
        opts: {
          intervalMs: params.blockIntervalMs as number,
          share: shareOf(id, peers.length + 1, params.n1Share as number),
          confirmations: params.confirmations as number,
          selfish: nakamotoVariant(variant) === 'selfish-mining' && id === 'n1',
        },
      }),
    ),
  step: (state, event) => stepper.step(state, timedMachineEvent(event)),
  durable: (state): Durable => durableOf(minerContextOf(state)),
  view: (state) => ({ role: ROLE, term: minerContextOf(state).height }),
  describe: (state) => describeMiner(minerContextOf(state)),
  describeDurable: (d) => describeCrashed(d as Durable | null),
  digest(state) {
    const { blocks, ...context } = state.context as MachineContext
    const held: string[] = []
    storeForEach(blocks, (b) => held.push(b.id))
    return { value: state.value, context: { ...context, blocks: held.sort() } }
  },
  logView: (state) => chainView(minerContextOf(state)),
  messageKind: nakamotoMessageKind,
  describeMessage: describeNakamotoMessage,
  invariants: createNakamotoInvariants(minerContextOf) as never,
  measures: nakamotoMeasures,
}
