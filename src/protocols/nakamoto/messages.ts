/** How the views name Nakamoto's messages, and what each says in words. */

import type { Payload } from '../../sim/protocol'
import type { Block, NakamotoMessage } from './types'

export type NakamotoMessageKind = NakamotoMessage['type'] | 'ClientRequest' | 'ClientReply'

export const nakamotoMessageKind = (msg: Payload): NakamotoMessageKind =>
  msg.type as NakamotoMessageKind

const blockText = (b: Block) => `block ${b.id} (height ${b.height}, on ${b.parent})`

export function describeNakamotoMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as NakamotoMessage
  switch (m.type) {
    case 'Block':
      return m.block.miner === from
        ? `${from} sends ${to} its ${blockText(m.block)}`
        : `${from} sends ${to} ${blockText(m.block)}`
    case 'GetBlock':
      return `${from} asks ${to} for block ${m.id}, which it lacks`
    case 'GetTip':
      return `${from} asks ${to} for the tip of its chain`
    case 'Tx':
      return `${from} tells ${to} of transaction ${m.tx.id} = ${m.tx.value}`
    default:
      return null
  }
}
