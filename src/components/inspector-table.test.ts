import { describe, expect, it } from 'vitest'
import { isLog } from './InspectorTable'

const rows = (keys: string[]) => keys.map((key) => ({ key, cells: [key], done: true }))

describe('a long inspector table', () => {
  it('opens at its end when it is a log (rows keyed 1, 2, 3…)', () => {
    expect(isLog(rows(['1', '2', '3']))).toBe(true)
    expect(isLog(rows(['41', '42', '43']))).toBe(true)
  })

  it('opens at its top when the protocol sorted it (SWIM: the suspect and dead first)', () => {
    expect(isLog(rows(['n7', 'n1', 'n2']))).toBe(false)
    expect(isLog(rows(['3', '1', '2', '5']))).toBe(false)
    expect(isLog([])).toBe(false)
  })
})
