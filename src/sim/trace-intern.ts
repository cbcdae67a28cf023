/**
 * The trace's tables of things that repeat: strings (node ids, timer names, roles), routes
 * and message payloads. A Raft leader's heartbeat to four followers is four equal payloads,
 * and the same again every 50 ms until something commits: a 1-hour run sends 640,000
 * messages with a few thousand different payloads. Each is kept once, named by a number.
 */

export class StringTable {
  readonly all: string[] = []
  private readonly lookup = new Map<string, number>()

  /** The string's number, adding it if new. */
  intern(s: string): number {
    let n = this.lookup.get(s)
    if (n === undefined) {
      n = this.all.length
      this.all.push(s)
      this.lookup.set(s, n)
    }
    return n
  }
}

/**
 * A message's route, a pair of name numbers (sender, receiver), numbered in turn: a long
 * run has thousands of clients, so the pair takes 32 bits, but only a few thousand pairs
 * ever occur.
 */
const FEW = 64

export class RouteTable {
  /** Each route's pair, the sender's number times 2^16 plus the receiver's. */
  private readonly pairs: number[] = []
  private readonly lookup = new Map<number, number>()
  /** Routes between the first FEW names (the nodes, mostly), looked up directly: number + 1. */
  private readonly few = new Int32Array(FEW * FEW)

  /** The route's number, adding it if new; both numbers are below 2^16. */
  intern(from: number, to: number): number {
    const direct = from < FEW && to < FEW ? from * FEW + to : -1
    if (direct >= 0 && this.few[direct] !== 0) return this.few[direct]! - 1
    const pair = from * 0x10000 + to
    let n = this.lookup.get(pair)
    if (n === undefined) {
      n = this.pairs.length
      this.pairs.push(pair)
      this.lookup.set(pair, n)
    }
    if (direct >= 0) this.few[direct] = n + 1
    return n
  }

  from(route: number): number {
    return Math.floor(this.pairs[route]! / 0x10000)
  }

  to(route: number): number {
    return this.pairs[route]! % 0x10000
  }
}

/**
 * Payloads by structural hash (the one the trace hash takes of them) and then by deep
 * equality, field order included, so that what comes back hashes and compares as what
 * went in.
 */
export class PayloadTable<P extends object> {
  readonly all: P[] = []
  /** Hash → the payload's number, or the numbers of several that share the hash. */
  private readonly lookup = new Map<number, number | number[]>()

  intern(payload: P, hash: number): number {
    const found = this.lookup.get(hash)
    if (found === undefined) {
      this.lookup.set(hash, this.add(payload))
      return this.all.length - 1
    }
    if (typeof found === 'number') {
      if (same(this.all[found], payload)) return found
      const n = this.add(payload)
      this.lookup.set(hash, [found, n])
      return n
    }
    for (const n of found) if (same(this.all[n], payload)) return n
    const n = this.add(payload)
    found.push(n)
    return n
  }

  private add(payload: P): number {
    this.all.push(payload)
    return this.all.length - 1
  }
}

/** Deep equality of plain data, field order included; numbers by Object.is (-0 is not 0). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return a !== 0 || Object.is(a, b)
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Object.is(a, b)
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>)
}

/** b's field names, in order: one array reused, as interning runs for every message. */
const names: string[] = []

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let n = 0
  for (const k in b) names[n++] = k
  const count = n
  n = 0
  for (const k in a) {
    if (n >= count || names[n++] !== k) return false
  }
  if (n !== count) return false
  for (const k in a) if (!same(a[k], b[k])) return false
  return true
}
