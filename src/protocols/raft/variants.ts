/**
 * Raft with one rule taken out: deliberately broken versions for teaching, and for testing
 * that the checkers catch what each rule is there to prevent. Each id is a switch in the
 * pure rules (rules.ts); the machine is the same for all of them.
 */

export const RAFT_VARIANT_IDS = [
  'vote-twice',
  'no-up-to-date-check',
  'commit-old-terms',
  'volatile-vote',
  'no-truncate',
  'stale-read',
] as const

export type RaftVariant = (typeof RAFT_VARIANT_IDS)[number]

export interface VariantInfo {
  readonly id: RaftVariant
  readonly title: string
  /** One plain paragraph: the rule removed, what goes wrong, and what catches it. */
  readonly explanation: string
}

export const RAFT_VARIANTS: readonly VariantInfo[] = [
  {
    id: 'vote-twice',
    title: 'A node may vote twice in one term',
    explanation:
      'Each node may grant at most one vote per term, and that rule is what makes a majority ' +
      'unique: two majorities of the same cluster always share a node. Here a node grants ' +
      'every candidate that asks in its current term, so when two candidates run at once ' +
      'the nodes between them vote for both, and both win. Two leaders of one term break ' +
      'Election Safety, which the invariant checker reports the moment the second one wins.',
  },
  {
    id: 'no-up-to-date-check',
    title: 'Votes ignore how up to date the candidate is',
    explanation:
      'A node refuses its vote to a candidate whose log is less up to date than its own ' +
      '(§5.4.1), so only a node holding every committed entry can win. Without that check, a ' +
      'node that missed committed writes (it was down while they committed) can be elected, ' +
      'and as leader it would overwrite them on the others. Leader Completeness catches it: ' +
      'a leader of a later term lacks an entry that an earlier term committed.',
  },
  {
    id: 'commit-old-terms',
    title: 'A leader commits entries of earlier terms by counting copies',
    explanation:
      'A leader counts replicas only for entries of its own term; older entries commit ' +
      'along with them. This version also commits an older entry as soon as a majority holds ' +
      'it, which is Figure 8 of the Raft paper: an entry of term 2 on a majority is ' +
      'committed by the leader of term 4, yet a node with an entry of term 3 at that index ' +
      'can still win term 5 and overwrite it. Leader Completeness reports the term-5 leader ' +
      'that lacks the committed entry, and State Machine Safety the node that then applies ' +
      'a different command at that index.',
  },
  {
    id: 'volatile-vote',
    title: 'Term and vote are not kept across a crash',
    explanation:
      'currentTerm and votedFor must be written to stable storage before a node answers, ' +
      'because a vote is a promise for the whole term. Here only the log survives a crash, ' +
      'so a restarted node starts again at term 0 and will vote once more in a term where ' +
      'it already voted, or stand for election in it. A second leader of a term that ' +
      'already had one breaks Election Safety, which the invariant checker reports. The ' +
      'forgetful node also takes orders from a deposed leader of an old term, which may ' +
      'overwrite committed entries in its log: then State Machine Safety breaks.',
  },
  {
    id: 'no-truncate',
    title: 'A follower keeps entries that conflict with the leader',
    explanation:
      "A follower deletes an entry that conflicts with the leader's (same index, different " +
      "term) and everything after it, then takes the leader's entries. Here it keeps its own " +
      'entries and only appends what lies past the end of its log, yet still tells the ' +
      'leader it matches. The leader counts it toward a majority and commits, and the ' +
      'follower applies its own, different command at that index, which State Machine ' +
      'Safety catches. Often Log Matching catches it sooner: the new entries sit on top of ' +
      'old ones, so two logs hold the same entry after different histories.',
  },
  {
    id: 'stale-read',
    title: 'The leader answers reads without checking it still leads',
    explanation:
      'A read must not return a value older than a write that finished before the read ' +
      'began, so a leader has to confirm it is still the leader before answering (Raft puts ' +
      'the read through the log, or checks with a majority first). Here a node that thinks ' +
      'it leads answers a get from its own store at once, so a leader cut off from the ' +
      'others by a partition keeps serving old values after a new leader has taken writes. ' +
      'Every invariant still holds, since no log or state machine goes wrong; only the ' +
      'linearizability check of the client history catches it.',
  },
]

/** The variant a scenario names, or null for the protocol as the paper has it. */
export function raftVariant(name: string | undefined): RaftVariant | null {
  if (name === undefined) return null
  const known = RAFT_VARIANT_IDS.find((id) => id === name)
  if (known === undefined) throw new Error(`raft has no variant "${name}"`)
  return known
}
