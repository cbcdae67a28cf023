/** The lesson the README shows teachers is a valid lesson, and true of its run. */

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLesson } from './validate'
import { resolveStepTimes } from './resolve'
import { stepMismatches } from './check'
import { Timeline } from '../timeline/timeline'
import { protocolLookup, specLookup } from '../protocols/registry'
import { inFlight } from '../sim/inputs'

function readmeLesson(): unknown {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('## Lessons'))
  const block = /```json\n([\s\S]*?)```/.exec(section)
  if (block === null) throw new Error('README: no JSON block under "## Lessons"')
  return JSON.parse(block[1]!)
}

describe('the README’s lesson example', () => {
  it('opens, and every step shows what it says, its messages in flight', () => {
    const parsed = parseLesson(readmeLesson(), specLookup)
    if (!parsed.ok) throw new Error(parsed.error)
    const { lesson } = parsed
    const timeline = new Timeline(lesson.scenario, protocolLookup.get('raft')!)
    const resolved = resolveStepTimes(lesson, timeline)
    if (!resolved.ok) throw new Error(resolved.error)
    expect(resolved.times).toEqual([0, 211])
    lesson.steps.forEach((step, i) => {
      const t = resolved.times[i]!
      expect(stepMismatches(step, timeline, t)).toEqual([])
      const world = timeline.seek(t)
      for (const id of step.highlight?.messages ?? []) expect(inFlight(world, id)).toBeDefined()
    })
  })
})
