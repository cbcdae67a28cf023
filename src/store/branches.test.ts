import { describe, expect, it } from 'vitest'
import { seenUntilOf, type Branch } from './branches'

const branch = (id: number, seenUntil: number) => ({ id, seenUntil }) as Branch

describe('seenUntilOf', () => {
  it('is the open branch’s furthest moment seen, not another branch’s', () => {
    const branches = [branch(1, 9000), branch(2, 4000)]
    expect(seenUntilOf({ branches, branchId: 2, cursor: 1000 })).toBe(4000)
    expect(seenUntilOf({ branches, branchId: 1, cursor: 1000 })).toBe(9000)
  })

  it('is never before the cursor, and is the cursor when the branch is not listed', () => {
    expect(seenUntilOf({ branches: [branch(1, 500)], branchId: 1, cursor: 800 })).toBe(800)
    expect(seenUntilOf({ branches: [], branchId: 3, cursor: 700 })).toBe(700)
  })
})
