/**
 * How fast news spreads by gossip, as mean-field epidemic models: the fraction of members
 * that know it, `dt` ms after the first one did. Pure, so the views draw these curves and
 * the tests hold the simulations to them.
 *
 * Both protocols stagger their rounds: each member's period (or gossip interval) starts at
 * a random offset, and news heard mid-period goes out on the very next message. So news is
 * not held back to round boundaries, and the continuous-time model fits where the
 * synchronous-round recurrences do not. Measured over 8 seeds with 200 members, the time
 * to reach half of the members was, in intervals (simulated / continuous / synchronous):
 * push gossip fanout 1: 5.8 / 5.8 / 8; fanout 2: 3.2 / 3.1 / 5. SWIM (without loss)
 * u_{r+1} = u_r (1 − i_r) e^{−i_r} gives 5 periods where the run takes 2.6.
 *
 * Continuous time: an uninformed member hears the news at rate β·i (i: the informed
 * fraction, β: messages a member receives per ms, each from a member picked at random),
 * so di/dt = β i (1 − i), the logistic. A message takes the network's mean latency L to
 * arrive, which slows the growth from β to r with r·e^{rL} = β (Euler–Lotka for an
 * infectiousness that starts L after a member learns the news and then lasts): with
 * 200 ms gossip intervals and 20 ms latency that is 9% slower, which the runs show.
 */

export interface Curve {
  /** The fraction of members that know, dtMs after the first one did (0 before that). */
  readonly at: (dtMs: number) => number
  /** When the fraction first reaches `q` (0 < q < 1), in ms after the first one. */
  readonly timeTo: (q: number) => number
}

/** Where a latency range's draws average (the kernel draws uniformly from it). */
export const meanLatencyMs = ([low, high]: readonly [number, number]) => (low + high) / 2

/**
 * The growth rate r (per ms) of news that informed members pass on at `contactsPerMs`,
 * each message arriving `delayMs` later: the root of r·e^{r·delay} = contacts, by
 * bisection (the left side grows with r, and r ≤ contacts).
 */
export function growthRate(contactsPerMs: number, delayMs: number): number {
  let low = 0
  let high = contactsPerMs
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2
    if (mid * Math.exp(mid * delayMs) < contactsPerMs) low = mid
    else high = mid
  }
  return (low + high) / 2
}

/** The logistic from one informed member of `members`: i = 1 / (1 + (n − 1) e^{−r t}). */
export function logistic(members: number, ratePerMs: number): Curve {
  const n = Math.max(2, members)
  return {
    at: (dt) => (dt < 0 ? 0 : 1 / (1 + (n - 1) * Math.exp(-ratePerMs * dt))),
    timeTo: (q) => Math.log(((n - 1) * q) / (1 - q)) / ratePerMs,
  }
}

/**
 * di/dt = (1 − i)(r i + s): the logistic plus news that each uninformed member finds out
 * by itself at rate s (a SWIM member probing the crashed member). It solves in closed
 * form: (r i + s) / (1 − i) = K e^{(r + s) t}, with K fixed by i(0) = 1/n.
 */
export function logisticWithSource(members: number, ratePerMs: number, sourcePerMs: number): Curve {
  const n = Math.max(2, members)
  const r = ratePerMs
  const s = sourcePerMs
  const i0 = 1 / n
  const k = (r * i0 + s) / (1 - i0)
  return {
    at: (dt) => {
      if (dt < 0) return 0
      const e = k * Math.exp((r + s) * dt)
      return (e - s) / (r + e)
    },
    timeTo: (q) => Math.log((s + r * q) / (1 - q) / k) / (r + s),
  }
}

/** A curve given as values every `stepMs` from 0 (linear in between, the last value after). */
function tabulated(values: readonly number[], stepMs: number): Curve {
  return {
    at: (dt) => {
      if (dt < 0) return 0
      const x = dt / stepMs
      const i = Math.floor(x)
      if (i >= values.length - 1) return values.at(-1)!
      return values[i]! + (values[i + 1]! - values[i]!) * (x - i)
    },
    timeTo: (q) => {
      const i = values.findIndex((v) => v >= q)
      if (i <= 0) return i === 0 ? 0 : Infinity
      return (i - 1 + (q - values[i - 1]!) / (values[i]! - values[i - 1]!)) * stepMs
    },
  }
}

export interface PushGossipParams {
  readonly members: number
  readonly fanout: number
  readonly intervalMs: number
  readonly lossRate: number
  readonly latencyMs: readonly [number, number]
}

/**
 * Plain push gossip: each informed member sends the rumour to `fanout` members per
 * interval, so an uninformed one receives it at rate f (1 − loss) i / T.
 */
export function pushGossipModel(p: PushGossipParams): Curve {
  const contacts = (p.fanout * (1 - p.lossRate)) / p.intervalMs
  return logistic(p.members, growthRate(contacts, meanLatencyMs(p.latencyMs)))
}

export interface SwimSpreadParams {
  /** Live members when the news starts (the crashed member not counted). */
  readonly members: number
  readonly periodMs: number
  readonly pingTimeoutMs: number
  readonly indirectK: number
  readonly lossRate: number
  readonly latencyMs: readonly [number, number]
}

/** P(a + b ≤ x) for a and b drawn uniformly from [low, high]: a round trip in time. */
export function roundTripWithin([low, high]: readonly [number, number], x: number): number {
  const w = high - low
  if (w <= 0) return 2 * low <= x ? 1 : 0
  const u = (x - 2 * low) / w
  if (u <= 0) return 0
  if (u >= 2) return 1
  return u <= 1 ? (u * u) / 2 : 1 - ((2 - u) * (2 - u)) / 2
}

/**
 * The messages a SWIM member receives per protocol period, each able to carry the news:
 * without loss, two (the ack to its own ping, and the ping from whoever probes it: pull and
 * push). A ping that goes unanswered within the ping timeout adds k ping-reqs, k pings by the
 * helpers, their acks and the relayed acks, each delivered with what the loss leaves.
 */
export function swimMessagesPerPeriod(p: SwimSpreadParams): number {
  const ok = 1 - p.lossRate
  const acked = ok * ok * roundTripWithin(p.latencyMs, p.pingTimeoutMs)
  const helpers = Math.max(0, Math.min(p.indirectK, p.members - 2))
  return ok + ok * ok + (1 - acked) * helpers * (ok + ok ** 2 + ok ** 3 + ok ** 4)
}

export interface SwimModel {
  readonly messagesPerPeriod: number
  /** How far news of suspicion has spread, from the first suspicion. */
  readonly suspect: Curve
  /**
   * How far news of death has spread, from the first declaration (one suspicion timeout
   * after the first suspicion): gossip of the death, and every member whose own suspicion
   * times out, each one timeout after it heard of the suspicion.
   */
  readonly dead: Curve
}

/** Integration steps per protocol period, and the most periods tabulated. */
const STEPS_PER_PERIOD = 50
const MAX_PERIODS = 200

/**
 * SWIM's dissemination of a member's failure. Suspicion spreads as the logistic at the
 * rate of swimMessagesPerPeriod, plus each member's own probe of the crashed member (it
 * probes each other member once per round of n − 1 periods). Death spreads as gossip from
 * the first declaration and from every member whose suspicion timer runs out, one timeout
 * after it heard the suspicion. With time counted from the first declaration that is
 * dj/dt = r j (1 − j) + (1 − j) s'(t), s the suspicion curve (the timeout is the same for
 * every member, without Lifeguard's dogpile); it has no closed form and is integrated here
 * (Runge–Kutta, 50 steps a period).
 */
export function swimModel(p: SwimSpreadParams): SwimModel {
  const messages = swimMessagesPerPeriod(p)
  const r = growthRate(messages / p.periodMs, meanLatencyMs(p.latencyMs))
  const n = Math.max(2, p.members)
  const source = 1 / (n * p.periodMs)
  const suspect = logisticWithSource(n, r, source)
  const slope = (t: number) => {
    const i = suspect.at(t)
    return (1 - i) * (r * i + source)
  }
  return {
    messagesPerPeriod: messages,
    suspect,
    dead: deathCurve(slope, r, n, p.periodMs / STEPS_PER_PERIOD),
  }
}

/** Integrates dj/dt = r j (1 − j) + (1 − j) · timeouts(t) from j = 1/n, in steps of h ms. */
function deathCurve(timeouts: (t: number) => number, r: number, n: number, h: number): Curve {
  const f = (t: number, j: number) => r * j * (1 - j) + (1 - j) * timeouts(t)
  const values = [1 / n]
  let j = 1 / n
  for (let k = 0; k < MAX_PERIODS * STEPS_PER_PERIOD && j < 1 - 1e-6; k++) {
    const t = k * h
    const a = f(t, j)
    const b = f(t + h / 2, j + (h / 2) * a)
    const c = f(t + h / 2, j + (h / 2) * b)
    const d = f(t + h, j + h * c)
    j = Math.min(1, j + (h / 6) * (a + 2 * b + 2 * c + d))
    values.push(j)
  }
  return tabulated(values, h)
}
