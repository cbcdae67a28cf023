/** One input in a few words, the same in the app (branches, About this run) and the CLI. */

import type { Input } from './types'

type Distribute<T> = T extends Input ? Omit<T, 'at'> : never
/** An input without its time: what a user action is before the cursor stamps it. */
export type InputBody = Distribute<Input>

export function describeInput(input: InputBody): string {
  switch (input.type) {
    case 'crash':
    case 'restart':
    case 'timeout':
    case 'leave':
      return `${input.type} ${input.node}`
    case 'join':
      return 'join'
    case 'vote':
      return `vote ${input.value} at ${input.node}`
    case 'partition':
      return `partition ${input.groups.map((g) => g.join(' ')).join(' | ')}`
    case 'heal':
      return 'heal'
    case 'client': {
      const what =
        input.value === undefined
          ? `${input.op} ${input.key}`
          : `${input.op} ${input.key}=${input.value}`
      return input.node === undefined ? what : `${what} at ${input.node}`
    }
    case 'drop':
    case 'duplicate':
      return `${input.type} #${input.message}`
    case 'delay':
      return `delay #${input.message} by ${input.byMs} ms`
    case 'link': {
      const loss = input.lossRate === undefined ? '' : ` loss ${input.lossRate}`
      const latency =
        input.latencyMs === undefined ? '' : ` latency ${input.latencyMs.join('–')} ms`
      return `link ${input.from}→${input.to}${loss || latency ? loss + latency : ' restored'}`
    }
  }
}
