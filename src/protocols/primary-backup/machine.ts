/**
 * A primary-backup node as an XState machine. The last node is the view service (state
 * `service`); the others are servers, whose state is the role the newest view they know
 * gives them: `idle`, `backup` or `primary`, changed only by a ViewReply with a newer view.
 * A server's message handlers sit at the root, so it takes forwards and transfers, and
 * redirects clients, in any role; the view service's own handlers come first in its
 * state. The rules live in service.ts and server.ts as pure functions; effects (sends and
 * timers) come back as data.
 */

import { setup } from 'xstate'
import * as server from './server'
import * as service from './service'
import { emitOutbox, ruleAssign } from '../rule-actions'
import type { Effect } from '../../sim/protocol'
import type { PbContext, PbEvent, ServerContext, ServiceContext } from './types'
import type { Outcome } from './outcome'

/** The machine's context: the node's state. */
export type MachineContext = PbContext

type Server<E> = (c: ServerContext, e: E) => Outcome<ServerContext>
type Service<E> = (c: ServiceContext, e: E) => Outcome<ServiceContext>

const as = <E extends PbEvent['type']>(e: PbEvent) => e as Extract<PbEvent, { type: E }>

/** Runs a server rule: its context becomes the machine's, its effects go to `effects`. */
function onServer<T extends PbEvent['type']>(rule: Server<Extract<PbEvent, { type: T }>>) {
  return ruleAssign<MachineContext, PbEvent>(
    (c, e) => rule(c as ServerContext, e as Extract<PbEvent, { type: T }>) as Outcome<PbContext>,
  )
}

function onService<T extends PbEvent['type']>(rule: Service<Extract<PbEvent, { type: T }>>) {
  return ruleAssign<MachineContext, PbEvent>(
    (c, e) => rule(c as ServiceContext, e as Extract<PbEvent, { type: T }>) as Outcome<PbContext>,
  )
}

/** A rule followed by the `effects` action, which hands on the effects the rule made. */
const emit = emitOutbox
const fx = <N extends string>(name: N) => [name, emit] as const

const serverOf = (c: MachineContext) => c as ServerContext & MachineContext

export const pbMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as PbEvent,
    input: {} as PbContext,
  },
  actions: {
    effects: (_args: unknown, _effects: readonly Effect[]) => {},
    start: ruleAssign<MachineContext, PbEvent>(
      (c) =>
        (c.kind === 'service'
          ? service.startTicking(c)
          : server.startPinging(c as ServerContext)) as Outcome<PbContext>,
    ),
    onPing: onService<'Ping'>((c, e) => service.onPing(c, e)),
    onServiceTick: onService((c) => service.onTick(c)),
    redirectToPrimary: ruleAssign<MachineContext, PbEvent>((c, event) => {
      const e = as<'ClientRequest'>(event)
      const { primary } = (c as ServiceContext).view
      const reply = {
        type: 'ClientReply',
        client: e.client,
        seq: e.seq,
        ok: false,
        leader: primary,
      }
      return { context: c, effects: [{ type: 'send', to: e.from, msg: reply }] }
    }),
    onServerTick: onServer((c) => server.onTick(c)),
    onViewReply: onServer<'ViewReply'>((c, e) => server.onViewReply(c, e)),
    onTransfer: onServer<'StateTransfer'>((c, e) => server.onTransfer(c, e)),
    onTransferReply: onServer<'StateTransferReply'>((c, e) => server.onTransferReply(c, e)),
    onForward: onServer<'ForwardOp'>((c, e) => server.onForward(c, e)),
    onForwardReply: onServer<'ForwardOpReply'>((c, e) => server.onForwardReply(c, e)),
    onClientRequest: onServer<'ClientRequest'>((c, e) => server.onClientRequest(c, e)),
  },
  guards: {
    isService: ({ context }) => context.kind === 'service',
    // The role the view in a ViewReply gives this server, when it is news to it.
    becomesPrimary: ({ context, event }) =>
      server.roleAfter(serverOf(context), event) === 'primary',
    becomesBackup: ({ context, event }) => server.roleAfter(serverOf(context), event) === 'backup',
    becomesIdle: ({ context, event }) => server.roleAfter(serverOf(context), event) === 'idle',
  },
}).createMachine({
  id: 'primaryBackup',
  context: ({ input }) => input,
  // Every node starts as a server that knows no view; the last node is the view service.
  initial: 'idle',
  entry: fx('start'),
  on: {
    'timer.tick': { actions: fx('onServerTick') },
    ViewReply: [
      { guard: 'becomesPrimary', target: '.primary', actions: fx('onViewReply') },
      { guard: 'becomesBackup', target: '.backup', actions: fx('onViewReply') },
      { guard: 'becomesIdle', target: '.idle', actions: fx('onViewReply') },
      { actions: fx('onViewReply') },
    ],
    StateTransfer: { actions: fx('onTransfer') },
    StateTransferReply: { actions: fx('onTransferReply') },
    ForwardOp: { actions: fx('onForward') },
    ForwardOpReply: { actions: fx('onForwardReply') },
    ClientRequest: { actions: fx('onClientRequest') },
  },
  states: {
    idle: { always: { guard: 'isService', target: 'service' } },
    backup: {},
    primary: {},
    service: {
      on: {
        Ping: { actions: fx('onPing') },
        'timer.tick': { actions: fx('onServiceTick') },
        ClientRequest: { actions: fx('redirectToPrimary') },
      },
    },
  },
})
