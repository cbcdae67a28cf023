import { describe, expect, it } from 'vitest'
import { isCut } from './graph-links'
import { messageTitle } from './graph-messages'
import { roleClass, roleLine } from './graph-nodes'
import type { GraphNode } from './model'

describe('node text', () => {
  it('says role and epoch under the node, or that it crashed', () => {
    expect(roleLine(true, 'leader', 'term 3')).toBe('leader · term 3')
    expect(roleLine(true, 'acceptor', 'ballot 3.1')).toBe('acceptor · ballot 3.1')
    expect(roleLine(true, 'primary', null)).toBe('primary')
    expect(roleLine(false, 'leader', 'term 3')).toBe('crashed')
  })

  it('makes a CSS class of any role', () => {
    expect(roleClass(true, 'leader')).toBe('role-leader')
    expect(roleClass(false, 'leader')).toBe('role-crashed')
    expect(roleClass(true, 'Pre Candidate')).toBe('role-pre-candidate')
  })
})

describe('message tooltips', () => {
  it('name the kind, the id and the route', () => {
    expect(messageTitle({ kind: 'AppendEntries', id: 812, from: 'n1', to: 'n3' })).toBe(
      'AppendEntries #812 n1 → n3',
    )
  })
})

const node = (group: number | null) => ({ group }) as GraphNode

describe('cut links', () => {
  it('join nodes in different partition groups', () => {
    expect(isCut(node(0), node(1))).toBe(true)
    expect(isCut(node(1), node(1))).toBe(false)
    expect(isCut(node(null), node(null))).toBe(false)
    expect(isCut(node(0), node(null))).toBe(false)
  })
})
