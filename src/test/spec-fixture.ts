/**
 * A Raft-like protocol spec for testing scenario validation on its own: it names a variant,
 * so the rules for `variant` can be tested before the real protocol has any.
 */

import { raftSpec } from '../protocols/raft/spec'
import type { ProtocolSpec } from '../sim/protocol'

export const RAFT_FIXTURE: ProtocolSpec = { ...raftSpec, variants: ['vote-twice'] }

export const fixtureLookup = (protocol: string) => (protocol === 'raft' ? RAFT_FIXTURE : undefined)
