import { describe, expect, it } from 'vitest'
import { keyedJoin } from './graph-join'

interface Datum {
  readonly id: number
  readonly v: string
}

function harness() {
  const log: string[] = []
  const join = keyedJoin<number, Datum, { id: number; v: string }>({
    key: (d) => d.id,
    create: (d) => {
      log.push(`create ${d.id}`)
      return { id: d.id, v: '' }
    },
    update: (view, d) => {
      view.v = d.v
    },
    remove: (view) => log.push(`remove ${view.id}`),
  })
  return { join, log }
}

describe('the keyed join', () => {
  it('creates a view once per key and updates it in place', () => {
    const { join, log } = harness()
    join.sync([
      { id: 1, v: 'a' },
      { id: 2, v: 'b' },
    ])
    join.sync([
      { id: 2, v: 'c' },
      { id: 1, v: 'd' },
    ])
    expect(log).toEqual(['create 1', 'create 2'])
    expect(join.get(1)?.v).toBe('d')
    expect(join.get(2)?.v).toBe('c')
  })

  it('removes views whose keys are gone, and only those', () => {
    const { join, log } = harness()
    join.sync([
      { id: 1, v: 'a' },
      { id: 2, v: 'b' },
      { id: 3, v: 'c' },
    ])
    join.sync([
      { id: 2, v: 'b' },
      { id: 4, v: 'e' },
    ])
    expect(log).toEqual(['create 1', 'create 2', 'create 3', 'create 4', 'remove 1', 'remove 3'])
    expect(join.size).toBe(2)
  })

  it('keeps the first datum of a repeated key', () => {
    const { join } = harness()
    join.sync([
      { id: 1, v: 'first' },
      { id: 1, v: 'second' },
    ])
    expect(join.get(1)?.v).toBe('first')
    expect(join.size).toBe(1)
  })

  it('clears every view', () => {
    const { join, log } = harness()
    join.sync([{ id: 1, v: 'a' }])
    join.clear()
    expect(log).toEqual(['create 1', 'remove 1'])
    expect(join.size).toBe(0)
  })
})
