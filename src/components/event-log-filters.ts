/** The event log's Type choices: everything, the story without the message traffic, or one type. */

import { ALL_TYPES, typeMask, type EventType } from '../timeline/event-types'

export interface TypeChoice {
  readonly value: string
  readonly label: string
  readonly types: number
}

const ONE_TYPE: readonly (readonly [EventType, string])[] = [
  ['send', 'sends'],
  ['deliver', 'deliveries'],
  ['loss', 'drops and delays'],
  ['timer', 'timers'],
  ['state', 'state changes'],
  ['input', 'inputs'],
  ['client', 'client ops'],
  ['violation', 'violations'],
]

export const TYPE_CHOICES: readonly TypeChoice[] = [
  { value: 'all', label: 'all types', types: ALL_TYPES },
  // Heartbeats and their replies are most of a run; without them the story shows.
  {
    value: 'story',
    label: 'all but sends and deliveries',
    types: ALL_TYPES & ~typeMask(['send', 'deliver']),
  },
  ...ONE_TYPE.map(([type, label]) => ({ value: type, label, types: typeMask([type]) })),
]

export function typeChoice(value: string): TypeChoice {
  return TYPE_CHOICES.find((c) => c.value === value) ?? TYPE_CHOICES[0]!
}
