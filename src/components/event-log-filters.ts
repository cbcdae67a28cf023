/** The event log's Type choices: everything, the story without the message traffic, or one type. */

import { ALL_TYPES, typeMask, type EventType } from '../timeline/event-types'
import type { MessageKey } from '../i18n'

export interface TypeChoice {
  readonly value: string
  /** Its name in the catalogue: the list is built once, the words in the language at hand. */
  readonly label: MessageKey
  readonly types: number
}

const ONE_TYPE: readonly (readonly [EventType, MessageKey])[] = [
  ['send', 'eventLog.type.send'],
  ['deliver', 'eventLog.type.deliver'],
  ['loss', 'eventLog.type.loss'],
  ['timer', 'eventLog.type.timer'],
  ['state', 'eventLog.type.state'],
  ['input', 'eventLog.type.input'],
  ['client', 'eventLog.type.client'],
  ['violation', 'eventLog.type.violation'],
]

export const TYPE_CHOICES: readonly TypeChoice[] = [
  { value: 'all', label: 'eventLog.type.all', types: ALL_TYPES },
  // Heartbeats and their replies are most of a run; without them the story shows.
  {
    value: 'story',
    label: 'eventLog.type.story',
    types: ALL_TYPES & ~typeMask(['send', 'deliver']),
  },
  ...ONE_TYPE.map(([type, label]) => ({ value: type, label, types: typeMask([type]) })),
]

export function typeChoice(value: string): TypeChoice {
  return TYPE_CHOICES.find((c) => c.value === value) ?? TYPE_CHOICES[0]!
}
