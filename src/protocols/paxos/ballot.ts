/**
 * Ballots are (round, node) pairs, ordered by round and then by node, so that two proposers
 * never share one. Both fit in one number that orders them the same way: round × 100 +
 * node, since a cluster has at most 25 nodes. That number is what NodeView.term carries,
 * and `formatBallot` writes it back as "round.node" (3.1).
 */

export type Ballot = number

/** No ballot at all: the promise of a node that has promised nothing, written "0.0". */
export const NO_BALLOT: Ballot = 0

const NODES_PER_ROUND = 100

export function ballotOf(round: number, node: number): Ballot {
  return round * NODES_PER_ROUND + node
}

export function roundOf(b: Ballot): number {
  return Math.floor(b / NODES_PER_ROUND)
}

export function ballotNode(b: Ballot): number {
  return b % NODES_PER_ROUND
}

export function formatBallot(b: Ballot): string {
  return `${roundOf(b)}.${ballotNode(b)}`
}

/** The number of a node id: n3 is 3. */
export function nodeNumber(id: string): number {
  return Number(id.slice(1))
}

/** The ballot a node proposes next: its own, in a round above every ballot it has seen. */
export function nextBallot(id: string, ...seen: readonly Ballot[]): Ballot {
  return ballotOf(Math.max(...seen.map(roundOf)) + 1, nodeNumber(id))
}
