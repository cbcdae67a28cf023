import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { DYNAMO_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'
import { linearizable } from '../../../test/variant-gallery'
import type { Preset } from '../../../scenario/preset'

const dynamo = protocolLookup.get('dynamo')!

function preset(id: string): Preset {
  const found = DYNAMO_GALLERY.find((p) => p.id === id)
  if (found === undefined) throw new Error(`no preset "${id}"`)
  return found
}

function at(id: string, t = preset(id).t) {
  const summary = runScenario(preset(id).scenario, dynamo, t)
  const node = (n: string) => summary.nodes.find((each) => each.id === n) as Record<string, unknown>
  const values = (n: string, key = 'x') =>
    ((node(n).store as Record<string, { value: string }[]>)[key] ?? []).map((v) => v.value)
  return { ...summary, node, values, outputs: summary.history.map((h) => h.output) }
}

describe('the Dynamo gallery', () => {
  describe.each(DYNAMO_GALLERY.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    itIsAWellFormedPreset(p)

    it('breaks no invariant', () => {
      expect(runScenario(p.scenario, dynamo, p.t + 2000).violations).toEqual([])
    })
  })

  it('quorum reads: n2 coordinates at its telling moment, and the get reads x = 1', () => {
    expect(at('dynamo-quorum-reads').node('n2').role).toBe('coordinator')
    expect(at('dynamo-quorum-reads', 1000).outputs).toEqual([null, '1'])
  })

  it('hinted handoff: stand-ins keep hints for n1 and n3, then hand them back', () => {
    const during = at('dynamo-hinted-handoff')
    const hints = ['n2', 'n4'].flatMap((n) => during.node(n).hints as { for: string }[])
    expect(hints.map((h) => h.for).sort()).toEqual(['n1', 'n3'])
    const after = at('dynamo-hinted-handoff', 3000)
    expect(['n1', 'n3', 'n5'].map((n) => after.values(n))).toEqual([['1'], ['1'], ['1']])
  })

  it('siblings: the get returns both concurrent values', () => {
    const run = at('dynamo-siblings')
    expect(run.outputs.at(-1)).toBe('a | b')
    expect(linearizable(run.history)).toBe(false)
  })

  it.each([
    ['dynamo-weak-quorum', '1', false],
    ['dynamo-sloppy-stale', '1', false],
    ['dynamo-lww-stale', '1', false],
    ['dynamo-abd', '2', true],
  ])('%s: the get at n4 reads x = %s; linearizable: %s', (id, read, ok) => {
    const run = at(id)
    const get = run.history.find((h) => h.op === 'get')!
    expect(get.output).toBe(read)
    expect(linearizable(run.history)).toBe(ok)
  })

  it('node joins: n6 takes the keys it now replicates, and the others let them go', () => {
    const run = at('dynamo-node-joins', 3000)
    const keys = (n: string) => Object.keys(run.node(n).store as object)
    expect(keys('n6').length).toBeGreaterThan(0)
    // Every key ends on exactly N = 3 nodes.
    for (const key of ['x', 'y', 'z', 'a', 'b', 'k']) {
      expect(run.nodes.filter((n) => keys(n.id).includes(key))).toHaveLength(3)
    }
  })
})
