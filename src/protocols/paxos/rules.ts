/**
 * Multi-Paxos's rules as pure functions: context and event in, new context and effects
 * out. The machine (machine.ts) decides which rule runs in which role; these decide what
 * it does. They live by part: acceptor, proposer, learner, client requests.
 */

export { durableOf, onAccept, onHeartbeat, onPrepare } from './acceptor'
export { onClientRequest, redirect } from './client-requests'
export { apply, learn, onCatchUp, onDecide } from './learner'
export { majority, type Outcome } from './outcome'
export {
  becomeLeader,
  onAccepted,
  onHeartbeatTimer,
  onPromise,
  preempt,
  propose,
  refusedHigher,
  resign,
  startPhase1,
  winsPhase1,
} from './proposer'
