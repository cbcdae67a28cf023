/**
 * One line of text per trace entry, as the event log lists them. Entries that refer to
 * others by number (a delivery to its send, a return to its invocation, an input to the
 * scenario) are read through a lookup, so a line is a pure function of the run so far.
 */

import { CRASHED, type StateEntry } from './roles'
import type { SendEntry } from './messages'
import type { DropReason, TraceEntry } from '../sim/trace'
import type { ClientReply, ClientRequest, Payload } from '../sim/protocol'
import type { Input } from '../scenario/types'
import { describeInput } from '../scenario/describe-input'

export type InvokeEntry = Extract<TraceEntry, { kind: 'invoke' }>

export interface EntryLookup {
  sendOf(id: number): SendEntry | undefined
  invokeOf(op: number): InvokeEntry | undefined
  /** The node's state entry before this one: null for its first, undefined if unknown. */
  stateBefore(e: StateEntry): StateEntry | null | undefined
  inputAt(index: number): Input | undefined
  /** The protocol's name for a message (Raft: a heartbeat is an empty AppendEntries). */
  kindOf(payload: Payload): string
}

const DROP_REASONS: Record<DropReason, string> = {
  loss: 'lost',
  partition: 'partition',
  crashed: 'receiver down',
  fault: 'drop input',
}

export function describeEntry(e: TraceEntry, lookup: EntryLookup): string {
  switch (e.kind) {
    case 'send':
      return `${e.from} → ${e.to} ${lookup.kindOf(e.payload)}${payloadNote(e)}`
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
      return stateText(e, lookup.stateBefore(e))
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
 * (sim/protocol.ts); of a node's messages, only the common `term` and `entries` are read.
 */
function payloadNote(send: SendEntry): string {
  const copy = send.copyOf === undefined ? [] : [`copy of #${send.copyOf}`]
  const notes = [...messageNotes(send.payload), ...copy]
  return notes.length === 0 ? '' : ` (${notes.join(', ')})`
}

function messageNotes(payload: Payload): string[] {
  if (payload.type === 'ClientRequest') return [opText(requestOp(payload as ClientRequest))]
  if (payload.type === 'ClientReply') return [replyText(payload as ClientReply)]
  const p = payload as Payload & Readonly<Record<string, unknown>>
  const notes: string[] = []
  if (typeof p.term === 'number') notes.push(`term ${p.term}`)
  if (Array.isArray(p.entries) && p.entries.length > 0) {
    notes.push(`${p.entries.length} ${p.entries.length === 1 ? 'entry' : 'entries'}`)
  }
  return notes
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
function stateText(e: StateEntry, was: StateEntry | null | undefined): string {
  const term = e.term === null ? '' : `, term ${e.term}`
  if (e.role === CRASHED) return `${e.node} crashed`
  if (was === undefined) return `${e.node} ${e.role}${term}`
  if (was === null) return `${e.node} started as ${e.role}${term}`
  if (was.role === CRASHED) return `${e.node} restarted as ${e.role}${term}`
  const commit = e.commit !== null && e.commit !== was.commit ? e.commit : null
  const commitNote = commit === null ? '' : `, commit ${commit}`
  if (was.role !== e.role) return `${e.node} became ${e.role}${term}${commitNote}`
  if (was.term !== e.term) return `${e.node} moved to term ${e.term} as ${e.role}${commitNote}`
  if (commit !== null) return `${e.node} committed up to ${commit}`
  return `${e.node} ${e.role}${term}`
}
