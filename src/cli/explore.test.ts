import { describe, expect, it } from 'vitest'
import { sim, simProcess } from '../test/cli'
import { parseArgs } from './args'
import { exploreCommand } from './explore'
import { UsageError } from './usage-error'
import { specLookup } from '../protocols/registry'
import { decodeLink } from '../scenario/codec'
import { parseScenario } from '../scenario/validate'

/** The command in this process: what it prints, or the usage error it throws. */
const explore = (...args: string[]) => exploreCommand(parseArgs(['explore', ...args]))

const VOTE_TWICE = ['--protocol', 'raft', '--variant', 'vote-twice', '--seeds', '50']

describe('npm run sim -- explore', () => {
  it('--json prints exactly { protocol, variant, runs, found: null } when nothing fails', () => {
    const { status, stdout, stderr } = sim(
      'explore',
      '--protocol',
      'raft',
      '--seeds',
      '5',
      '--json',
    )
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(stdout)).toEqual({ protocol: 'raft', variant: null, runs: 5, found: null })
  })

  it('--json reports a finding with exactly the DESIGN.md fields, its scenario valid', () => {
    const out = JSON.parse(explore(...VOTE_TWICE, '--json'))
    expect(Object.keys(out)).toEqual(['protocol', 'variant', 'runs', 'found'])
    expect(Object.keys(out.found)).toEqual([
      'seed',
      'at',
      'kind',
      'invariant',
      'message',
      'inputsBefore',
      'inputsAfter',
      'scenario',
    ])
    expect(out).toMatchObject({ protocol: 'raft', variant: 'vote-twice', runs: out.found.seed })
    expect(out.found).toMatchObject({ kind: 'invariant', invariant: 'Election Safety' })
    expect(out.found.inputsAfter).toBe(out.found.scenario.inputs.length)
    expect(parseScenario(out.found.scenario, specLookup)).toEqual({
      ok: true,
      scenario: out.found.scenario,
    })
  })

  it('without --json, sums it up with a link that opens the shrunk scenario at the failure', () => {
    const json = JSON.parse(explore(...VOTE_TWICE, '--json'))
    const text = explore(...VOTE_TWICE)
    expect(text).toContain('raft (vote-twice)')
    expect(text).toContain(`Election Safety at ${json.found.at} ms`)
    const link = /#s=\S+/.exec(text)![0]
    expect(decodeLink(link, specLookup)).toEqual({
      ok: true,
      scenario: json.found.scenario,
      t: json.found.at,
    })
  })

  it('exits 2 with one line on stderr for bad usage', () => {
    const { status, stdout, stderr } = sim('explore', '--protocol', 'raft', '--seeds', 'many')
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^sim: --seeds: must be a whole number[^\n]*\n$/)
  })

  it.each([
    [['--protocol', 'zab', '--seeds', '3'], '--protocol: unknown protocol "zab"'],
    [['--protocol', 'raft', '--variant', 'nope', '--seeds', '3'], '--variant: unknown variant'],
    [['--protocol', 'raft', '--seeds', '0'], '--seeds: must be a whole number'],
    [['--protocol', 'raft', '--seeds', '2.5'], '--seeds: must be a whole number'],
    [['--protocol', 'raft'], '--seeds: must be a whole number'],
    [['--seeds', '3'], 'explore: --protocol is required'],
    [['--protocol', 'raft', '--seeds', '3', 'x'], 'explore: unexpected argument "x"'],
    [['--protocol', 'raft', '--seeds', '3', '--until', '5'], 'explore: unknown option --until'],
  ])('refuses %j', (args, message) => {
    expect(() => explore(...args)).toThrow(UsageError)
    expect(() => explore(...args)).toThrow(message)
  })
})

describe('explore split between threads and machines', () => {
  const VOLATILE = ['--protocol', 'raft', '--variant', 'volatile-vote', '--json']

  it('--seed-range A-B searches from A to B, counting runs from A', () => {
    const all = JSON.parse(explore(...VOLATILE, '--seeds', '60'))
    expect(all.found.seed).toBe(39)
    // A shard that starts past 1 finds the same first failure in its range, shrunk the same.
    const shard = JSON.parse(explore(...VOLATILE, '--seed-range', '30-60'))
    expect(shard).toEqual({ ...all, runs: 39 - 30 + 1 })
  })

  it('refuses a bad range, both ways of giving seeds, and a bad number of workers', () => {
    expect(() => explore(...VOLATILE, '--seed-range', '60-30')).toThrow(/--seed-range: must be A-B/)
    expect(() => explore(...VOLATILE, '--seed-range', '0-3')).toThrow(UsageError)
    expect(() => explore(...VOLATILE, '--seed-range', '1-3', '--seeds', '3')).toThrow(/not both/)
    expect(() => explore(...VOLATILE, '--seeds', '3', '--workers', '0')).toThrow(/--workers/)
  })

  it('--workers 2 reports exactly what one thread does', () => {
    const args = ['explore', ...VOLATILE, '--seed-range', '20-60']
    const one = sim(...args)
    const two = simProcess(...args, '--workers', '2')
    expect(two.stderr).toBe('')
    expect(two.status).toBe(0)
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout))
    expect(JSON.parse(two.stdout).found.seed).toBe(39)
  })
})
