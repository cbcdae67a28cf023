/**
 * What an index needs to go on reading from a point of the trace, kept every so many
 * entries read: a branch's copy of the index starts from the last point at or before the
 * branch's start, instead of reading the run again from its first entry.
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

export interface ResumePoint<S> {
  /** How many entries had been read. */
  readonly at: number
  readonly state: S
}

export class ResumePoints<S> {
  private readonly states: S[]
  private readonly mask: number

  constructor(
    readonly every: number,
    states: S[] = [],
  ) {
    this.mask = every - 1
    this.states = states
  }

  /**
   * Whether the state before reading entry `scanned` is a point not kept yet: then `keep`
   * it. (Asked for every entry read, so it makes nothing.)
   */
  due(scanned: number): boolean {
    return (scanned & this.mask) === 0 && scanned === (this.states.length + 1) * this.every
  }

  keep(state: S): void {
    this.states.push(state)
  }

  /** The last point at or before `count`, or null when there is none (start from nothing). */
  before(count: number): ResumePoint<S> | null {
    const k = Math.min(Math.floor(count / this.every), this.states.length)
    return k === 0 ? null : { at: k * this.every, state: this.states[k - 1]! }
  }

  /** The points up to `count` (a branch's copy shares their states, which are not changed). */
  upTo(count: number): ResumePoints<S> {
    return new ResumePoints(this.every, this.states.slice(0, Math.floor(count / this.every)))
  }
}
