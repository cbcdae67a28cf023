/** Primary-backup as a kernel protocol: the XState machine, stepped purely, plus its invariants. */

import { createStepper, machineEvent } from '../xstate-stepper'
import { durableOf, startContext } from './context'
import { describeCrashed, describeNode, roleOf } from './describe'
import { createPbInvariants, type PbGhost } from './invariants'
import { pbMachine } from './machine'
import { describePbMessage, pbMessageKind } from './messages'
import { pbSpec } from './spec'
import { pbVariant } from './variants'
import type { Protocol } from '../../sim/protocol'
import type { Durable, PbContext } from './types'
import type { SnapshotFrom } from 'xstate'

type Snapshot = SnapshotFrom<typeof pbMachine>

const stepper = createStepper(pbMachine)

const contextOf = (s: unknown): PbContext => (s as Snapshot).context

export const primaryBackup: Protocol<Snapshot, PbGhost> = {
  spec: pbSpec,
  init({ id, peers, params, variant, durable }) {
    return stepper.init(
      startContext({
        id,
        peers,
        pingMs: params.pingMs as number,
        deadPings: params.deadPings as number,
        variant: pbVariant(variant),
        durable: durable as Durable | null,
      }),
    )
  },
  step: (state, event) => stepper.step(state, machineEvent(event)),
  durable: (state): Durable => durableOf(state.context),
  view(state) {
    const c = state.context
    const role = roleOf(c)
    const commit = c.kind === 'server' ? c.applied : undefined
    // A node that knows no view yet shows none: `n3: idle`.
    if (c.view.num === 0) return commit === undefined ? { role } : { role, commit }
    return commit === undefined ? { role, term: c.view.num } : { role, term: c.view.num, commit }
  },
  describe: (state) => describeNode(state.context),
  describeDurable: (d) => describeCrashed(d as Durable | null),
  digest(state) {
    return { value: state.value, context: state.context }
  },
  logView(state) {
    const c = state.context
    if (c.kind === 'service') return { terms: [], committed: 0 }
    // One mark per applied command, all in the colour of the view the server knows now:
    // a store keeps no record of the view each command was applied in.
    return { terms: Array.from({ length: c.applied }, () => c.view.num), committed: c.applied }
  },
  messageKind: (msg) => pbMessageKind(msg),
  describeMessage: describePbMessage,
  invariants: createPbInvariants(contextOf) as never,
}
