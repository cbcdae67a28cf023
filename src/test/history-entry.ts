/** A client operation as the simulator records it: put x=1 from 0 to 10 ms, unless told. */

import type { HistoryEntry } from '../sim/summary'

export const historyEntry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  op: 'put',
  key: 'x',
  value: '1',
  invokedAt: 0,
  returnedAt: 10,
  ok: true,
  output: null,
  client: 'c1',
  outcome: 'ok',
  ...over,
})
