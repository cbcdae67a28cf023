import { describe, expect, test } from 'vitest'
import { DESIGN_EXAMPLE } from '../test/design-example'
import { fixtureLookup } from '../test/spec-fixture'
import { MAX_FILE_BYTES, readScenarioText, scenarioFileName, scenarioFileText } from './file'

const read = (text: string) => readScenarioText(text, 'run.json', fixtureLookup)
const withField = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...DESIGN_EXAMPLE, ...patch })

describe('scenario files', () => {
  test('what Export writes, Import reads back unchanged', () => {
    expect(read(scenarioFileText(DESIGN_EXAMPLE))).toEqual({ ok: true, scenario: DESIGN_EXAMPLE })
  })

  test('the file name says protocol, size and seed', () => {
    expect(scenarioFileName(DESIGN_EXAMPLE)).toBe('clusterscope-raft-5n-seed42.json')
  })

  test.each([
    ['empty', '', 'run.json: is empty'],
    ['blank', '   \n', 'run.json: is empty'],
    ['truncated', '{"version": 1,', 'run.json: is not valid JSON ('],
    ['an array', '[1, 2, 3]', 'run.json: scenario: '],
    ['null', 'null', 'run.json: scenario: '],
    ['an unknown version', withField({ version: 99 }), 'run.json: version'],
    ['10⁹ nodes', withField({ nodes: 1e9 }), 'run.json: nodes'],
    ['nodes as text', withField({ nodes: '5' }), 'run.json: nodes'],
    ['a negative seed', withField({ seed: -1 }), 'run.json: seed'],
    ['inputs not a list', withField({ inputs: 'many' }), 'run.json: inputs'],
    ['an unknown protocol', withField({ protocol: 'carrier-pigeon' }), 'run.json: protocol'],
  ])('%s is refused with a message naming the problem', (_what, text, start) => {
    const result = read(text)
    const error = result.ok ? 'opened' : result.error
    expect(error.startsWith(start), error).toBe(true)
    expect(error).not.toContain('\n')
  })

  test('a JSON error says the line and column where engines give a position', () => {
    const result = read('{\n  "version": 1,\n  "nodes": ]\n}')
    expect(result.ok ? 'opened' : result.error).toMatch(/^run.json: is not valid JSON \(.+\)$/)
  })

  test('an oversized file is refused before it is parsed', () => {
    const result = read(' '.repeat(MAX_FILE_BYTES + 1))
    expect(result).toEqual({ ok: false, error: 'run.json: is larger than 1024 KB' })
  })

  test('hostile keys and shapes are data, never behaviour', () => {
    const proto = read(`{"__proto__": {"polluted": true}, ${withField({}).slice(1)}`)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(proto.ok).toBe(false)
    const deep = read(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
    expect(deep.ok).toBe(false)
    const huge = read(withField({ inputs: Array.from({ length: 200_000 }, () => ({})) }))
    expect(huge.ok).toBe(false)
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`
    const deepInput = read(withField({ inputs: [] }).replace('"inputs":[]', `"inputs":[${nested}]`))
    expect(deepInput.ok).toBe(false)
  })
})
