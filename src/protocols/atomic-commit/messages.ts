/** How the views name atomic-commit messages, and what each says in words. */

import type { Payload } from '../../sim/protocol'
import type { CommitMessage } from './types'

export const COMMIT_MESSAGE_KINDS = [
  'VoteRequest',
  'Vote',
  'PreCommit',
  'PreAck',
  'Outcome',
  'OutcomeAck',
  'State',
  'ClientRequest',
  'ClientReply',
] as const

export type CommitMessageKind = (typeof COMMIT_MESSAGE_KINDS)[number]

/** A question about a transaction's state and its answer are one kind, drawn alike. */
export const commitMessageKind = (msg: Payload): CommitMessageKind =>
  msg.type === 'StateQuery' || msg.type === 'StateReply' ? 'State' : (msg.type as CommitMessageKind)

const writesText = (writes: Readonly<Record<string, string>>) =>
  Object.entries(writes)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ')

export function describeCommitMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as unknown as CommitMessage
  switch (m.type) {
    case 'VoteRequest':
      return `${from} asks ${to} to prepare ${m.txn} (${writesText(m.writes)})`
    case 'Vote':
      return `${from} votes ${m.yes ? 'yes' : 'no'} on ${m.txn}`
    case 'PreCommit':
      return `${from} tells ${to} every vote on ${m.txn} was yes: pre-commit`
    case 'PreAck':
      return `${from} pre-committed ${m.txn}`
    case 'Outcome':
      return `${from} tells ${to}: ${m.decision} ${m.txn}`
    case 'OutcomeAck':
      return `${from} acknowledges the outcome of ${m.txn}`
    case 'StateQuery':
      return `${from} asks ${to} what became of ${m.txn}`
    case 'StateReply':
      return `${from} tells ${to} ${m.txn} is ${m.state} here`
    default:
      return null
  }
}
