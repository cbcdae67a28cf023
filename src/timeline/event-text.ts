/**
 * One line of text per trace entry, as the event log lists them. Entries that refer to
 * others by number (a delivery to its send, a return to its invocation, an input to the
 * scenario) are read through a lookup, so a line is a pure function of the run so far.
 */

import { CRASHED, epochAfter, LEFT, type StateEntry } from './roles'
import type { MemberChanges } from './membership'
import { epochName, epochText } from '../protocols/epoch'
import type { SendEntry } from './messages'
import type { DropReason, TraceEntry } from '../sim/trace'
import type { ClientReply, ClientRequest, Payload, ProtocolSpec } from '../sim/protocol'
import type { Input } from '../scenario/types'
import { describeInput } from '../scenario/describe-input'
import { t, type MessageKey } from '../i18n/translate'

export type InvokeEntry = Extract<TraceEntry, { kind: 'invoke' }>

export interface EntryLookup {
  sendOf(id: number): SendEntry | undefined
  invokeOf(op: number): InvokeEntry | undefined
  /** The node's state entry before this one: null for its first, undefined if unknown. */
  stateBefore(e: StateEntry): StateEntry | null | undefined
  inputAt(index: number): Input | undefined
  /** The protocol's short kind for a message (`Protocol.messageKind`). */
  kindOf(payload: Payload): string
  /** The run's protocol, for how its epoch reads (`term 3`, `ballot 3.1`); left out, a term. */
  readonly spec?: ProtocolSpec | undefined
  /** What a message says in words (`Protocol.describeMessage`); null when its kind says enough. */
  describeMessage?(from: string, to: string, payload: Payload): string | null
  /** Who each join and leave concerns; left out, a join is not named. */
  readonly members?: MemberChanges | undefined
}

const DROP_REASONS: Record<DropReason, MessageKey> = {
  loss: 'events.dropReason.loss',
  partition: 'events.dropReason.partition',
  crashed: 'events.dropReason.crashed',
  fault: 'events.dropReason.fault',
}

export function describeEntry(e: TraceEntry, lookup: EntryLookup): string {
  switch (e.kind) {
    case 'send': {
      const words = lookup.describeMessage?.(e.from, e.to, e.payload) ?? null
      const said = words === null ? '' : `: ${words}`
      return `${e.from} → ${e.to} ${lookup.kindOf(e.payload)}${said}${payloadNote(e, lookup.spec)}`
    }
    case 'deliver': {
      const send = lookup.sendOf(e.id)
      if (send === undefined) return t('events.delivered', { id: e.id })
      return t('events.deliveredFrom', {
        to: send.to,
        kind: lookup.kindOf(send.payload),
        from: send.from,
      })
    }
    case 'drop': {
      const why = t(DROP_REASONS[e.reason])
      return t('events.dropped', { id: e.id, why }) + route(e.id, lookup)
    }
    case 'delay':
      return t('events.delayed', { id: e.id, due: seconds(e.deliverAt) }) + route(e.id, lookup)
    case 'timer':
      return t('events.timer', { node: e.node, name: e.name })
    case 'state':
      return stateText(e, lookup.stateBefore(e), lookup.spec, lookup.members)
    case 'input': {
      const input = lookup.inputAt(e.index)
      const change = lookup.members?.of(e) ?? null
      // A join names the node it brings in, which the input itself does not say.
      const what =
        input === undefined
          ? e.type
          : change?.kind === 'join'
            ? `join ${change.node}`
            : describeInput(input)
      return e.ignored === undefined
        ? t('events.input', { what })
        : t('events.inputIgnored', { what, why: e.ignored })
    }
    case 'invoke':
      return t('events.invoked', { client: e.client, op: opText(e) })
    case 'return': {
      const invoke = lookup.invokeOf(e.op)
      const who =
        invoke === undefined
          ? t('events.clientOp', { op: e.op })
          : t('events.clientNamed', { client: invoke.client, op: opText(invoke) })
      if (e.outcome === 'timeout') return t('events.gaveUp', { who })
      return e.output === null
        ? t('events.returned', { who })
        : t('events.returnedValue', { who, output: e.output })
    }
    case 'violation':
      return t('events.violation', { invariant: e.invariant, message: e.message })
    default:
      return unreachable(e)
  }
}

function unreachable(value: never): never {
  throw new Error(`unknown trace entry ${JSON.stringify(value)}`)
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`
}

function opText(e: { readonly name: string; readonly key: string; readonly value: string | null }) {
  return e.value === null ? `${e.name} ${e.key}` : `${e.name} ${e.key}=${e.value}`
}

/** What a drop or delay befell: the message's kind and route, when its send is known. */
function route(id: number, lookup: EntryLookup): string {
  const send = lookup.sendOf(id)
  return send === undefined ? '' : `: ${lookup.kindOf(send.payload)} ${send.from} → ${send.to}`
}

/**
 * The few payload fields every reader looks for. Client messages are protocol-neutral
 * (sim/protocol.ts); of a node's messages, only the common `term`, `ballot` and `entries`
 * are read.
 */
function payloadNote(send: SendEntry, spec: ProtocolSpec | undefined): string {
  const copy = send.copyOf === undefined ? [] : [t('events.copyOf', { id: send.copyOf })]
  const notes = [...messageNotes(send.payload, spec), ...copy]
  return notes.length === 0 ? '' : ` (${notes.join(', ')})`
}

function messageNotes(payload: Payload, spec: ProtocolSpec | undefined): string[] {
  if (payload.type === 'ClientRequest') return [opText(requestOp(payload as ClientRequest))]
  if (payload.type === 'ClientReply') return [replyText(payload as ClientReply)]
  const p = payload as Payload & Readonly<Record<string, unknown>>
  const notes: string[] = []
  if (typeof p.term === 'number') notes.push(`term ${p.term}`)
  const ballot = ballotNote(p.ballot, spec)
  if (ballot !== null) notes.push(ballot)
  if (Array.isArray(p.entries) && p.entries.length > 0) {
    notes.push(t('events.entries', { count: p.entries.length }))
  }
  return notes
}

/**
 * A message's ballot, as it carries it: a pair `{round, node}` (the node as a number or an id
 * such as `n3`), written `3.1`; a string already written out; or a number, written as the
 * protocol writes its epoch when its epoch is the ballot.
 */
function ballotNote(ballot: unknown, spec: ProtocolSpec | undefined): string | null {
  if (typeof ballot === 'string') return `ballot ${ballot}`
  if (typeof ballot === 'number') {
    return epochName(spec) === 'ballot' ? epochText(spec, ballot) : `ballot ${ballot}`
  }
  if (typeof ballot !== 'object' || ballot === null) return null
  const { round, node } = ballot as { readonly round?: unknown; readonly node?: unknown }
  if (typeof round !== 'number') return null
  if (typeof node === 'number') return `ballot ${round}.${node}`
  if (typeof node === 'string') return `ballot ${round}.${node.replace(/^n(?=\d)/, '')}`
  return null
}

function requestOp(r: ClientRequest) {
  return { name: r.op, key: r.key, value: r.value }
}

function replyText(r: ClientReply): string {
  if (r.ok) return r.output === undefined || r.output === null ? 'ok' : `ok: ${r.output}`
  if (r.leader === undefined) return t('events.reply.failed')
  return r.leader === null
    ? t('events.reply.noLeader')
    : t('events.reply.tryLeader', { leader: r.leader })
}

/** A state entry means what changed since the node's previous one. */
function stateText(
  e: StateEntry,
  was: StateEntry | null | undefined,
  spec: ProtocolSpec | undefined,
  members: MemberChanges | undefined,
): string {
  const term = e.term === null ? '' : `,${epochAfter(spec, e.term)}`
  const { node, role } = e
  if (role === CRASHED) return t('events.crashed', { node })
  if (role === LEFT) return t('events.left', { node })
  if (was === undefined) return `${node} ${role}${term}`
  if (was === null) {
    const key = members?.joined(node) === true ? 'events.joinedAs' : 'events.startedAs'
    return t(key, { node, role }) + term
  }
  if (was.role === CRASHED) return t('events.restartedAs', { node, role }) + term
  const commit = e.commit !== null && e.commit !== was.commit ? e.commit : null
  const commitNote = commit === null ? '' : t('events.commitNote', { commit })
  if (was.role !== role) return t('events.became', { node, role }) + term + commitNote
  if (was.term !== e.term) {
    const epoch =
      e.term === null ? t('events.noEpoch', { epoch: epochName(spec) }) : epochText(spec, e.term)
    return t('events.movedTo', { node, epoch, role }) + commitNote
  }
  if (commit !== null) return t('events.committedUpTo', { node, commit })
  return `${e.node} ${e.role}${term}`
}
