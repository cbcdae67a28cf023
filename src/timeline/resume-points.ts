/**
 * What an index needs to go on reading from a point of the trace, kept every so many
 * entries read: a branch's copy of the index starts from the last point at or before the
 * branch's start, instead of reading the run again from its first entry.
 *
 * A branch usually starts near the end of what was read (an input added at the cursor,
 * while the run plays), so the newest stretch also has points a few times closer: they
 * are let go once the next regular point is kept, so there are never more than a few.
 */

/**
 * Entries between points: a power of two, larger in a large cluster, whose states hold
 * one thing per node (a point per 4,096 entries of a 1,000-node run would hold 25 MB).
 */
export function resumeEvery(nodes: number): number {
  let every = 4096
  while (every < 64 * nodes) every *= 2
  return every
}

/** How many closer points the newest stretch has, between two regular ones. */
const RECENT_PER_REGULAR = 8

export interface ResumePoint<S> {
  /** How many entries had been read. */
  readonly at: number
  readonly state: S
}

export class ResumePoints<S> {
  /** States at every `every` entries: the kth at (k + 1) · every. */
  private readonly states: S[]
  /** Points since the last regular one, at every `every / RECENT_PER_REGULAR` entries. */
  private recent: ResumePoint<S>[]
  private readonly mask: number
  private readonly recentMask: number
  /** Where the point `keep` is to keep is: set by `due`. */
  private dueAt = 0

  constructor(
    readonly every: number,
    states: S[] = [],
    recent: ResumePoint<S>[] = [],
  ) {
    this.mask = every - 1
    this.recentMask = every / RECENT_PER_REGULAR - 1
    this.states = states
    this.recent = recent
  }

  /** How many entries had been read at the newest point (0: none kept). */
  private get lastAt(): number {
    return this.recent.at(-1)?.at ?? this.states.length * this.every
  }

  /**
   * Whether the state before reading entry `scanned` is a point not kept yet: then `keep`
   * it. (Asked for every entry read, so it makes nothing.)
   */
  due(scanned: number): boolean {
    if ((scanned & this.recentMask) !== 0 || scanned <= this.lastAt) return false
    this.dueAt = scanned
    return true
  }

  /** Keeps the point `due` said was due. */
  keep(state: S): void {
    if ((this.dueAt & this.mask) !== 0) {
      this.recent.push({ at: this.dueAt, state })
      return
    }
    // A regular point: the states are dense, so a gap (read past without keeping) is none.
    if (this.dueAt !== (this.states.length + 1) * this.every) return
    this.states.push(state)
    this.recent = []
  }

  /** The last point at or before `count`, or null when there is none (start from nothing). */
  before(count: number): ResumePoint<S> | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      if (this.recent[i]!.at <= count) return this.recent[i]!
    }
    const k = Math.min(Math.floor(count / this.every), this.states.length)
    return k === 0 ? null : { at: k * this.every, state: this.states[k - 1]! }
  }

  /** The points up to `count` (a branch's copy shares their states, which are not changed). */
  upTo(count: number): ResumePoints<S> {
    const k = Math.floor(count / this.every)
    const states = this.states.slice(0, k)
    // The newest stretch's points belong with the regular ones they follow.
    const recent = k >= this.states.length ? this.recent.filter((p) => p.at <= count) : []
    return new ResumePoints(this.every, states, recent)
  }
}
