/** Chain replication as a kernel protocol: the XState machine, stepped purely, plus its invariants. */

import { createStepper, machineEvent } from '../xstate-stepper'
import { durableOf, startContext } from './context'
import { serverRole } from './chain-order'
import { describeCrashed, describeMaster, describeServer, histView } from './describe'
import { createChainInvariants, type ChainGhost } from './invariants'
import { chainMachine } from './machine'
import { chainMessageKind, describeChainMessage } from './messages'
import { chainSpec } from './spec'
import { chainVariant } from './variants'
import { nodeIds } from '../../scenario/types'
import type { Protocol } from '../../sim/protocol'
import type { ChainContext, Durable } from './types'
import type { SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof chainMachine>

const stepper = createStepper(chainMachine)

const contextOf = (s: unknown): ChainContext => (s as Snapshot).context as ChainContext

export const chain: Protocol<Snapshot, ChainGhost> = {
  spec: chainSpec,
  init({ id, peers, params, variant, durable }) {
    return stepper.init(
      startContext({
        id,
        peers,
        pingMs: params.pingMs as number,
        deadPings: params.deadPings as number,
        craq: params.craq as boolean,
        variant: chainVariant(variant),
        durable: durable as Durable | null,
      }),
    )
  },
  step: (state, event) => stepper.step(state, machineEvent(event)),
  durable: (state): Durable => durableOf(state.context as ChainContext),
  view(state) {
    const c = state.context as ChainContext
    if (c.kind === 'master') return { role: 'master', commit: c.version }
    return { role: serverRole(c), commit: c.acked }
  },
  describe(state) {
    const c = state.context as ChainContext
    return c.kind === 'master' ? describeMaster(c) : describeServer(c)
  },
  describeDurable: (d) => describeCrashed(d as Durable | null),
  digest(state) {
    return { value: state.value, context: state.context }
  },
  logView: (state) => histView(state.context as ChainContext),
  messageKind: (msg) => chainMessageKind(msg),
  describeMessage: describeChainMessage,
  invariants: createChainInvariants(contextOf, nodeIds) as never,
}
