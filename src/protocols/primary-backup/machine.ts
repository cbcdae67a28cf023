/**
 * A primary-backup node as an XState machine. The last node is the view service; the
 * others are servers, whose state is the role the newest view they know gives them:
 * `idle`, `backup` or `primary`. Every message handler of a server sits on `server`, so
 * a server takes forwards and transfers, and redirects clients, in any role; the role
 * states follow the view the rules leave in the context. The rules live in service.ts
 * and server.ts as pure functions; effects (sends and timers) come back as data.
 */

import { assign, setup } from 'xstate'
import * as server from './server'
import * as service from './service'
import type { Effect } from '../../sim/protocol'
import type { PbContext, PbEvent, ServerContext, ServiceContext } from './types'
import type { Outcome } from './outcome'

/** The machine's context: the node's state, plus the effects of the rule that ran last. */
export type MachineContext = PbContext & { readonly outbox: readonly Effect[] }

type Server<E> = (c: ServerContext, e: E) => Outcome<ServerContext>
type Service<E> = (c: ServiceContext, e: E) => Outcome<ServiceContext>

const as = <E extends PbEvent['type']>(e: PbEvent) => e as Extract<PbEvent, { type: E }>

/** Runs a server rule: assigns its new context, with its effects kept in `outbox`. */
function onServer<T extends PbEvent['type']>(rule: Server<Extract<PbEvent, { type: T }>>) {
  return assign<MachineContext, PbEvent, undefined, PbEvent, never>(({ context, event }) => {
    const { outbox: _, ...c } = context
    const out = rule(c as ServerContext, event as Extract<PbEvent, { type: T }>)
    return { ...out.context, outbox: out.effects }
  })
}

function onService<T extends PbEvent['type']>(rule: Service<Extract<PbEvent, { type: T }>>) {
  return assign<MachineContext, PbEvent, undefined, PbEvent, never>(({ context, event }) => {
    const { outbox: _, ...c } = context
    const out = rule(c as ServiceContext, event as Extract<PbEvent, { type: T }>)
    return { ...out.context, outbox: out.effects }
  })
}

/** A rule followed by the `effects` action, whose params are the effects the rule made. */
const emit = {
  type: 'effects',
  params: ({ context }: { context: MachineContext }) => context.outbox,
} as const
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
    startTicking: onService((c) => service.startTicking(c)),
    onPing: onService<'Ping'>((c, e) => service.onPing(c, e)),
    onServiceTick: onService((c) => service.onTick(c)),
    redirectToPrimary: assign(({ context, event }) => {
      const e = as<'ClientRequest'>(event)
      const { primary } = (context as ServiceContext).view
      const reply = {
        type: 'ClientReply',
        client: e.client,
        seq: e.seq,
        ok: false,
        leader: primary,
      }
      return { outbox: [{ type: 'send', to: e.from, msg: reply }] as readonly Effect[] }
    }),
    startPinging: onServer((c) => server.startPinging(c)),
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
    isPrimary: ({ context }) => server.isPrimary(serverOf(context)),
    isBackup: ({ context }) => server.isBackup(serverOf(context)),
    isIdle: ({ context }) =>
      !server.isPrimary(serverOf(context)) && !server.isBackup(serverOf(context)),
  },
}).createMachine({
  id: 'primaryBackup',
  context: ({ input }) => ({ ...input, outbox: [] }),
  initial: 'start',
  states: {
    start: {
      always: [{ guard: 'isService', target: 'service' }, { target: 'server' }],
    },
    service: {
      entry: fx('startTicking'),
      on: {
        Ping: { actions: fx('onPing') },
        'timer.tick': { actions: fx('onServiceTick') },
        ClientRequest: { actions: fx('redirectToPrimary') },
      },
    },
    server: {
      entry: fx('startPinging'),
      initial: 'idle',
      on: {
        'timer.tick': { actions: fx('onServerTick') },
        ViewReply: { actions: fx('onViewReply') },
        StateTransfer: { actions: fx('onTransfer') },
        StateTransferReply: { actions: fx('onTransferReply') },
        ForwardOp: { actions: fx('onForward') },
        ForwardOpReply: { actions: fx('onForwardReply') },
        ClientRequest: { actions: fx('onClientRequest') },
      },
      states: {
        idle: {
          always: [
            { guard: 'isPrimary', target: 'primary' },
            { guard: 'isBackup', target: 'backup' },
          ],
        },
        backup: {
          always: [
            { guard: 'isPrimary', target: 'primary' },
            { guard: 'isIdle', target: 'idle' },
          ],
        },
        primary: {
          always: [
            { guard: 'isBackup', target: 'backup' },
            { guard: 'isIdle', target: 'idle' },
          ],
        },
      },
    },
  },
})
