/** The linearizability checker: Wing & Gong search, Lowe's memoisation, one key at a time. */

export { checkHistory, DEFAULT_BUDGET } from './check'
export { fromSimHistory } from './from-sim'
export { kvModel, type KvInput, type KvOutput, type KvState } from './kv-model'
export {
  registerModel,
  type RegisterInput,
  type RegisterOutput,
  type RegisterValue,
} from './register-model'
export type * from './types'
