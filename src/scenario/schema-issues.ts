/**
 * From zod's list of issues to the one line the app shows: the first problem, named by its
 * field (`inputs[3].node: no node "n9" in a 5-node cluster`). Zod reports every problem it
 * finds; a person fixing a file wants the first one, read top to bottom, and an object's
 * own problems (not an object, an unknown key) before those of its fields.
 */

import type { z } from 'zod/mini'
import { ON_PARENT } from './schema-fields'
import { formatPath, type Path } from './validate-fields'

type Issue = z.core.$ZodIssue

export interface Problem {
  readonly path: Path
  readonly message: string
}

/** The problem to report first, or undefined when there are none. */
export function firstProblem(issues: readonly Issue[]): Problem | undefined {
  let first: Issue | undefined
  for (const issue of issues) {
    if (first === undefined || comesBefore(issue, first)) first = issue
  }
  return first === undefined ? undefined : problemOf(first)
}

/** `path: message`, the way every validation error in the app reads. */
export function describeProblem({ path, message }: Problem): string {
  return `${formatPath(path)}: ${message}`
}

function problemOf(issue: Issue): Problem {
  const path = pathOf(issue)
  if (issue.code === 'unrecognized_keys') {
    return { path: [...path, issue.keys[0]!], message: issue.message }
  }
  if (issue.code === 'invalid_union') {
    const branch = issue.errors.find((issues) => !issues.some(isMissing))
    const inner = branch === undefined ? undefined : firstProblem(branch)
    if (inner !== undefined) return { path: [...path, ...inner.path], message: inner.message }
  }
  if (issue.code === 'invalid_key' && issue.issues[0] !== undefined) {
    return { path, message: issue.issues[0].message }
  }
  if (issue.message.startsWith(ON_PARENT)) {
    return { path: path.slice(0, -1), message: issue.message.slice(ON_PARENT.length) }
  }
  return { path, message: issue.message }
}

/**
 * A union's branch is the one the input meant unless it misses a field the branch needs:
 * `{"reply": "yes"}` meant a reply event, not a role event without a role. Needs the parse
 * to report inputs (`reportInput: true`).
 */
function isMissing(issue: Issue): boolean {
  return 'input' in issue && issue.input === undefined
}

function pathOf(issue: Issue): Path {
  return issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))
}

/**
 * Items in index order, and an enclosing object or list before what it holds; otherwise
 * zod's own order stands, which follows the schema's fields. At one field, a refinement
 * speaks over the field's own check: it saw the whole object (an answer and its choices).
 */
function comesBefore(issue: Issue, than: Issue): boolean {
  const [a, b] = [pathOf(issue), pathOf(than)]
  if (samePath(a, b)) return issue.code === 'custom' && than.code !== 'custom'
  return precedes(a, b)
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i])
}

function precedes(a: Path, b: Path): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]]
    if (x === y) continue
    return typeof x === 'number' && typeof y === 'number' && x < y
  }
  return a.length < b.length
}
