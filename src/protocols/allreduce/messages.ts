/** How the views name all-reduce's messages, and what each says in words. */

import type { Payload } from '../../sim/protocol'
import type { ReduceMessage } from './types'

/**
 * A chunk is drawn by its phase: partial sums going in, the final sum going out. `State` and
 * `Poll` get names of their own, since other protocols draw kinds of those names.
 */
const KINDS: Readonly<Record<string, string>> = {
  'Chunk:rs': 'ReduceChunk',
  'Chunk:ag': 'GatherChunk',
  State: 'ModelHandover',
  Poll: 'StepPoll',
}

export function reduceMessageKind(msg: Payload): string {
  const m = msg as ReduceMessage
  return KINDS[m.type === 'Chunk' ? `Chunk:${m.phase}` : m.type] ?? m.type
}

const what = (chunk: number) => (chunk < 0 ? 'the vector' : `chunk ${chunk}`)

const workers = (from: readonly number[]) => from.map((k) => `n${k + 1}`).join('+')

export function describeReduceMessage(from: string, to: string, msg: Payload): string | null {
  const m = msg as ReduceMessage
  switch (m.type) {
    case 'Chunk':
      return m.phase === 'rs'
        ? `${from} sends ${to} ${what(m.chunk)} of step ${m.step}, summed over ${workers(m.contributors)}`
        : `${from} sends ${to} the total of ${what(m.chunk)} for step ${m.step}`
    case 'ChunkAck':
      return `${from} acknowledges ${what(m.chunk)} of step ${m.step} to ${to}`
    case 'Rejoin':
      return `${from} is back at step ${m.step} and asks ${to} to resend`
    case 'Poll':
      return `${from} waits at step ${m.step} and asks ${to} where it is`
    case 'State':
      return `${from} hands ${to} its model at step ${m.step}`
    default:
      return null
  }
}
