import { describe, expect, it } from 'vitest'
import { itIsAWellFormedPreset } from '../../../test/preset-checks'
import { THREE_PHASE_GALLERY, TWO_PHASE_GALLERY } from '.'
import { protocolLookup } from '../../registry'
import { runScenario } from '../../../sim/summary'
import type { Preset } from '../../../scenario/preset'

const all = [...TWO_PHASE_GALLERY, ...THREE_PHASE_GALLERY]

function roles(id: string, t?: number) {
  const p = all.find((each) => each.id === id)!
  const run = runScenario(p.scenario, protocolLookup.get(p.scenario.protocol)!, t ?? p.t)
  return { ...run, roles: run.nodes.map((n) => `${n.id}: ${n.role}`) }
}

describe.each(all.map((p) => [p.id, p] as const))('%s', (_id, p: Preset) => {
  itIsAWellFormedPreset(p)
})

describe('the atomic-commit gallery', () => {
  it('commit: every participant commits and the client hears so', () => {
    const run = roles('2pc-commit')
    expect(run.roles).toEqual([
      'n1: coordinator',
      'n2: participant, committed',
      'n3: participant, committed',
      'n4: participant, committed',
    ])
    expect(run.history.map((h) => h.output)).toEqual(['committed'])
  })

  it('abort: one no vote aborts everyone', () => {
    expect(roles('2pc-abort').roles.slice(1)).toEqual([
      'n2: participant, aborted',
      'n3: participant, aborted',
      'n4: participant, aborted',
    ])
  })

  it('blocking: all three participants are blocked while n1 is down, then abort', () => {
    expect(roles('2pc-blocking').roles).toEqual([
      'n1: crashed',
      'n2: participant, blocked',
      'n3: participant, blocked',
      'n4: participant, blocked',
    ])
    expect(roles('2pc-blocking', 2500).roles.slice(1)).toEqual([
      'n2: participant, aborted',
      'n3: participant, aborted',
      'n4: participant, aborted',
    ])
  })

  it('cooperative: the blocked participants learn abort from n4, which never voted', () => {
    expect(roles('2pc-cooperative').roles.slice(1)).toEqual([
      'n2: participant, aborted',
      'n3: participant, aborted',
      'n4: participant, aborted',
    ])
  })

  it('3PC coordinator crash: everyone aborts while n1 is down, nobody blocks', () => {
    const run = roles('3pc-coordinator-crash')
    expect(run.roles[0]).toBe('n1: crashed')
    expect(run.roles.slice(1).every((r) => r.endsWith('participant, aborted'))).toBe(true)
    expect(run.violations).toEqual([])
  })

  it('3PC partition: n2 and n3 commit, n4 aborts, and Atomicity breaks', () => {
    const run = roles('3pc-partition')
    expect(run.roles.slice(1)).toEqual([
      'n2: participant, committed',
      'n3: participant, committed',
      'n4: participant, aborted',
    ])
    expect(run.violations.map((v) => v.message)).toEqual([
      'T1 committed at n2, n3 but aborted at n4',
    ])
  })

  it('the working 2PC stories break nothing', () => {
    for (const p of TWO_PHASE_GALLERY) {
      expect(runScenario(p.scenario, protocolLookup.get('2pc')!, p.t + 3000).violations).toEqual([])
    }
  })
})
