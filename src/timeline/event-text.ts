/**
 * One line of text per trace entry, as the event log lists them. Entries that refer to
 * others by number (a delivery to its send, a return to its invocation, an input to the
 * scenario) are read through a lookup, so a line is a pure function of the run so far.
 */

import { CRASHED, epochAfter, type StateEntry } from './roles'
import { epochName, epochText } from '../protocols/epoch'
import type { SendEntry } from './messages'
import type { DropReason, TraceEntry } from '../sim/trace'
import type { ClientReply, ClientRequest, Payload, ProtocolSpec } from '../sim/protocol'
import type { Input } from '../scenario/types'
import { describeInput } from '../scenario/describe-input'

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
}

const DROP_REASONS: Record<DropReason, string> = {
  loss: 'lost',
  partition: 'partition',
  crashed: 'receiver down',
  fault: 'drop input',
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
      if (send === undefined) return `message #${e.id} delivered`
      return `${send.to} delivered ${lookup.kindOf(send.payload)} from ${send.from}`
    }
    case 'drop':
      return `message #${e.id} dropped (${DROP_REASONS[e.reason]})${route(e.id, lookup)}`
    case 'delay':
      return `message #${e.id} delayed, due ${seconds(e.deliverAt)}${route(e.id, lookup)}`
    case 'timer':
      return `${e.node} ${e.name} timer fired`
    case 'state':
      return stateText(e, lookup.stateBefore(e), lookup.spec)
    case 'input': {
      const input = lookup.inputAt(e.index)
      const what = input === undefined ? e.type : describeInput(input)
      return `input: ${what}${e.ignored === undefined ? '' : ` (ignored: ${e.ignored})`}`
    }
    case 'invoke':
      return `client ${e.client} invoked ${opText(e)}`
    case 'return': {
      const invoke = lookup.invokeOf(e.op)
      const who =
        invoke === undefined ? `client op ${e.op}` : `client ${invoke.client} ${opText(invoke)}`
      if (e.outcome === 'timeout') return `${who} gave up (timeout)`
      return `${who} returned ok${e.output === null ? '' : `: ${e.output}`}`
    }
    case 'violation':
      return `violation: ${e.invariant}: ${e.message}`
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
  const copy = send.copyOf === undefined ? [] : [`copy of #${send.copyOf}`]
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
    notes.push(`${p.entries.length} ${p.entries.length === 1 ? 'entry' : 'entries'}`)
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
  if (r.leader === undefined) return 'failed'
  return r.leader === null ? 'no leader known' : `try ${r.leader}`
}

/** A state entry means what changed since the node's previous one. */
function stateText(
  e: StateEntry,
  was: StateEntry | null | undefined,
  spec: ProtocolSpec | undefined,
): string {
  const term = e.term === null ? '' : `,${epochAfter(spec, e.term)}`
  if (e.role === CRASHED) return `${e.node} crashed`
  if (was === undefined) return `${e.node} ${e.role}${term}`
  if (was === null) return `${e.node} started as ${e.role}${term}`
  if (was.role === CRASHED) return `${e.node} restarted as ${e.role}${term}`
  const commit = e.commit !== null && e.commit !== was.commit ? e.commit : null
  const commitNote = commit === null ? '' : `, commit ${commit}`
  if (was.role !== e.role) return `${e.node} became ${e.role}${term}${commitNote}`
  if (was.term !== e.term) {
    const epoch = e.term === null ? `no ${epochName(spec)}` : epochText(spec, e.term)
    return `${e.node} moved to ${epoch} as ${e.role}${commitNote}`
  }
  if (commit !== null) return `${e.node} committed up to ${commit}`
  return `${e.node} ${e.role}${term}`
}
