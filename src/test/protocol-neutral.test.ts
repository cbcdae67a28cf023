/**
 * The shared layers name no protocol: a new protocol is a folder and two registry lines
 * (README, "Adding a protocol"), so nothing outside src/protocols and its registry may know
 * a protocol's words.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { protocolLookup } from '../protocols/registry'

const SHARED = ['src/app', 'src/components', 'src/render', 'src/store', 'src/timeline', 'src/cli']

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|tsx|css)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

/** Protocol names in any case, and message kinds and fields only one protocol has. */
const WORDS = [
  ...[...protocolLookup.keys()].map((name) => new RegExp(`\\b${name}\\b`, 'i')),
  ...['RequestVote', 'AppendEntries', 'votedFor', 'Prepare'].map(
    (kind) => new RegExp(`\\b${kind}\\b`),
  ),
]

describe('the shared layers', () => {
  it.each(SHARED)('%s names no protocol and none of its messages', (dir) => {
    const found = sources(dir).flatMap((path) => {
      const text = readFileSync(path, 'utf8')
      return WORDS.filter((w) => w.test(text)).map((w) => `${path}: ${w.source}`)
    })
    expect(found).toEqual([])
  })
})
