/**
 * The kinds of event the event log filters by: trace entry kinds, grouped as a reader
 * thinks of them (a drop and a delay are both something that befell a message in flight).
 */

import type { TraceKind } from '../sim/trace'

export const EVENT_TYPES = [
  'send',
  'deliver',
  'loss',
  'timer',
  'state',
  'input',
  'client',
  'violation',
] as const

export type EventType = (typeof EVENT_TYPES)[number]

const TYPE_OF_KIND: Record<TraceKind, EventType> = {
  send: 'send',
  deliver: 'deliver',
  drop: 'loss',
  delay: 'loss',
  timer: 'timer',
  state: 'state',
  input: 'input',
  invoke: 'client',
  return: 'client',
  violation: 'violation',
}

const CODE_OF_KIND = Object.fromEntries(
  Object.entries(TYPE_OF_KIND).map(([kind, type]) => [kind, EVENT_TYPES.indexOf(type)]),
) as Record<TraceKind, number>

export function eventTypeOf(kind: TraceKind): EventType {
  return TYPE_OF_KIND[kind]
}

/** The type's number: its place in EVENT_TYPES, which fits in three bits. */
export function typeCode(kind: TraceKind): number {
  return CODE_OF_KIND[kind]
}

/** A set of types as a bit mask, bit i standing for EVENT_TYPES[i]. */
export function typeMask(types: Iterable<EventType>): number {
  let mask = 0
  for (const type of types) mask |= 1 << EVENT_TYPES.indexOf(type)
  return mask
}

export const ALL_TYPES = typeMask(EVENT_TYPES)
