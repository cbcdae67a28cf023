import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseEdnHistory } from './edn'
import { formatLookup } from './formats'
import { parseJepsenLog } from './jepsen-log'
import { checkHistory } from '../linearizability/check'
import { kvModel } from '../linearizability/kv-model'
import { registerModel } from '../linearizability/register-model'
import { verifyOrder } from '../linearizability/witness'
import { HISTORY_FIXTURES, historyFixturePath } from '../../test/history-fixtures'

const read = (file: string) => readFileSync(historyFixturePath(file), 'utf8')

function load(file: string, format: string) {
  const loaded = formatLookup.get(format)!.load(read(file))
  if (!loaded.ok) throw new Error(loaded.error)
  return loaded.history
}

describe('recorded histories agree with the verdicts their README gives', () => {
  it.each(HISTORY_FIXTURES)(
    '$file: linearizable $linearizable',
    ({ file, format, linearizable }) => {
      expect(load(file, format).check({ budget: 30_000 }).linearizable).toBe(linearizable)
    },
  )

  it('gives an order for each linearizable history that replays on its model', () => {
    const etcd = parseJepsenLog(read('etcd_002.log'))
    const c01 = parseEdnHistory(read('c01-ok.txt'))
    if (!etcd.ok || !c01.ok) throw new Error('fixtures do not parse')
    const etcdOrder = checkHistory(etcd.ops, registerModel).order!
    const c01Order = checkHistory(c01.ops, kvModel).order!
    expect(verifyOrder(etcd.ops, registerModel, etcdOrder)).toBeUndefined()
    expect(verifyOrder(c01.ops, kvModel, c01Order)).toBeUndefined()
    // The verification itself can fail: a swapped pair of writes does not replay.
    const swapped = etcdOrder[0]!.ids.slice()
    ;[swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!]
    expect(verifyOrder(etcd.ops, registerModel, [{ key: 'register', ids: swapped }])).toBeDefined()
  })

  it('explains the etcd violation: a read that no order of the writes allows', () => {
    const history = load('etcd_000.log', 'jepsen-log')
    const { explanation } = history.check()
    expect(explanation!.key).toBe('register')
    expect(explanation!.longestPrefix.length).toBeGreaterThan(30)
    expect(explanation!.stuck.map(history.describe)).toContain('line 85, process 11: read → 2')
  })

  it('explains the key-value violation on the key that has it', () => {
    const history = load('c01-bad.txt', 'edn')
    const { explanation } = history.check()
    expect(explanation).toEqual({ key: '7', longestPrefix: [3, 37, 55], stuck: [59] })
    expect(history.describe(59)).toBe('line 59, process 0: get "7" → "x 0 0 y"')
  })
})
