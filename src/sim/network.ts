/**
 * The network between nodes. Each message draws its latency and its loss when sent.
 * Partitions: a message is lost if its link is cut when it is sent or when it would
 * arrive, so messages in flight when a partition starts are lost, and messages sent
 * into a partition stay lost even if it heals before they would arrive. The loss is
 * recorded at the moment of arrival, so a view can show the message travelling and
 * vanishing. Clients stand outside the cluster: their links are never cut and never
 * lose messages, but they have latency, and nothing reaches a crashed node.
 */

import { drawMs, nextFloat } from './prng'
import { linkKey, type World } from './world'
import type { ResolvedParams } from './params'

export function isCut(w: World, a: number, b: number): boolean {
  return w.groupOf !== null && w.groupOf[a] !== w.groupOf[b]
}

export interface Route {
  readonly latencyMs: readonly [number, number]
  readonly lossRate: number
}

const baseRoutes = new WeakMap<ResolvedParams, Route>()

function baseRoute(params: ResolvedParams): Route {
  let route = baseRoutes.get(params)
  if (route === undefined) {
    route = {
      latencyMs: params.latencyMs as readonly [number, number],
      lossRate: params.lossRate as number,
    }
    baseRoutes.set(params, route)
  }
  return route
}

export function routeOf(w: World, params: ResolvedParams, from: string, to: string): Route {
  const base = baseRoute(params)
  if (!hasOverrides(w.links)) return base
  const override = w.links[linkKey(from, to)]
  if (override === undefined) return base
  return {
    latencyMs: override.latencyMs ?? base.latencyMs,
    lossRate: override.lossRate ?? base.lossRate,
  }
}

/** Whether any link has its own settings; most runs have none, and then no key is built. */
function hasOverrides(links: World['links']): boolean {
  for (const _ in links) return true
  return false
}

export function drawLatency(w: World, route: Route): number {
  return drawMs(w.rng, route.latencyMs)
}

/** Draws whether a message on this route is lost. No draw is made when loss is off. */
export function drawLoss(w: World, route: Route): boolean {
  return route.lossRate > 0 && nextFloat(w.rng) < route.lossRate
}

/** Maps partition groups to a group number per node; unlisted nodes share one more group. */
export function groupsToIndex(ids: readonly string[], groups: readonly (readonly string[])[]) {
  const groupOf = ids.map(() => groups.length)
  groups.forEach((g, i) => g.forEach((id) => (groupOf[ids.indexOf(id)] = i)))
  return groupOf
}
