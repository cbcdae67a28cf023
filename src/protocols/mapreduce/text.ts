/**
 * The job's input and what it should produce: a short text written for this project (so
 * free of anyone's copyright), cut into M splits of nearly equal length; the map function
 * (each word as a (word, 1) pair, partitioned by a hash of the word mod R); and the
 * sequential word count that the checker compares the job's output with.
 */

import { sameItems } from '../same-items'

export const INPUT_TEXT = [
  'the master hands out the work and the workers do it',
  'a map task reads its split and writes each word with a count of one',
  'the pairs go into one file for each reduce task picked by a hash of the word',
  'a reduce task fetches its file from every map worker and sums the count of each word',
  'when a worker fails the master gives its tasks to another worker',
  'the map tasks it had done must run again because their files were on the failed worker',
  'the reduce tasks it had done need not run again because their output is safe',
  'near the end the master runs a backup copy of each task still in progress',
  'and the job is done when the first copy of the last task is done',
].join(' ')

export const WORDS: readonly string[] = INPUT_TEXT.split(' ')

/** The words of split `index` (1-based) of `m`: contiguous, nearly equal in length. */
export function splitOf(index: number, m: number): readonly string[] {
  const from = Math.floor(((index - 1) * WORDS.length) / m)
  const to = Math.floor((index * WORDS.length) / m)
  return WORDS.slice(from, to)
}

/** FNV-1a over the word's characters: the same word always lands in the same partition. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The reduce task (1-based) of `r` that a word belongs to. */
export const partitionOf = (word: string, r: number): number => (hashWord(word) % r) + 1

/**
 * The map function over split `index`: R files, each the words (one pair each) hashed to
 * it. The input never changes, so each split's files are made once and shared by every
 * run (they are never written to): a reduce task then fetches the very arrays its cache
 * below knows.
 */
export function mapSplit(index: number, m: number, r: number): readonly (readonly string[])[] {
  const key = `${index}/${m}/${r}`
  let files = splitFiles.get(key)
  if (files === undefined) {
    const made: string[][] = Array.from({ length: r }, () => [])
    for (const word of splitOf(index, m)) made[partitionOf(word, r) - 1]!.push(word)
    files = made
    splitFiles.set(key, files)
  }
  return files
}

const splitFiles = new Map<string, readonly (readonly string[])[]>()

type Counts = readonly (readonly [string, number])[]

/**
 * `f` over arrays that are never written to, remembered by `key`: called again with the
 * very same arrays (as a run of the same job passes them), it gives its last answer for
 * that key instead of working it out again. The answer is shared, and never written to.
 */
function sameArgsOnce<A, R>(f: (parts: readonly A[]) => R) {
  const last = new Map<string, { readonly parts: readonly A[]; readonly result: R }>()
  return (key: string, parts: readonly A[]): R => {
    const seen = last.get(key)
    if (seen !== undefined && sameItems(seen.parts, parts)) return seen.result
    const result = f(parts)
    last.set(key, { parts: parts.slice(), result })
    return result
  }
}

/** The reduce function over the partitions a reduce task fetched (`key` names the task). */
export const reduceParts: (key: string, parts: readonly (readonly string[] | null)[]) => Counts =
  sameArgsOnce((parts) => reduceWords(parts.flatMap((f) => f ?? [])))

/**
 * The job's output from its reduce tasks' outputs, in the order of their keys: each word
 * and its count, sorted by word (of a word two outputs hold, the later output's count).
 */
export const mergeOutputs: (
  key: string,
  parts: readonly Counts[],
) => Readonly<Record<string, number>> = sameArgsOnce((parts) => {
  const output: Record<string, number> = {}
  const pairs = parts.flat()
  for (const [word, n] of pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    output[word] = n
  }
  return output
})

/** The reduce function: the count of each word, sorted by word. */
export function reduceWords(words: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>()
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1)
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** What the whole job must output: a sequential count of every word of the input. */
export function sequentialCount(): Record<string, number> {
  return Object.fromEntries(reduceWords(WORDS))
}

/** What reduce task `index` of `r` must output: the words hashed to it, counted. */
export function expectedPartition(index: number, r: number): [string, number][] {
  return reduceWords(WORDS.filter((w) => partitionOf(w, r) === index))
}

/** A task's work time: a map task's in proportion to its split, a reduce task's `taskMs`. */
export function workMs(kind: 'map' | 'reduce', index: number, m: number, taskMs: number): number {
  if (kind === 'reduce') return taskMs
  const mean = WORDS.length / m
  return Math.max(1, Math.round((taskMs * splitOf(index, m).length) / mean))
}
