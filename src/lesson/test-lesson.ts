/** A small valid lesson for the lesson tests, and a way to vary it. */

import type { Lesson } from './types'

export const TEST_LESSON: Lesson = {
  version: 1,
  title: 'Test lesson',
  summary: 'Three steps of a five-node Raft run.',
  scenario: {
    version: 1,
    protocol: 'raft',
    nodes: 5,
    seed: 8,
    params: {},
    inputs: [{ at: 600, type: 'crash', node: 'n1' }],
  },
  steps: [
    { at: 0, text: 'Five followers.', expect: { nodes: { n1: 'follower, term 0' } } },
    {
      until: { role: 'leader' },
      text: 'n1 leads.',
      highlight: { nodes: ['n1'], messages: [1] },
      question: { prompt: 'Who leads?', choices: ['n1', 'n2'], answer: 0, explanation: 'n1.' },
      expect: { nodes: { n1: 'leader, term 1' } },
    },
    { at: 700, text: 'n1 crashed.', expect: { nodes: { n1: 'crashed' } } },
  ],
}

/** The test lesson as raw JSON with `change` applied to a copy. */
export function rawLesson(change: (raw: Record<string, any>) => void = () => {}): unknown {
  const raw = JSON.parse(JSON.stringify(TEST_LESSON)) as Record<string, any>
  change(raw)
  return raw
}
