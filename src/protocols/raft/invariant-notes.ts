/**
 * Why each of Raft's safety properties matters, in one plain clause: what the app adds
 * after a violation's own message ("n2 and n4 are both leaders of term 3: …").
 */

export const RAFT_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  'Election Safety':
    'a term may have one leader only, since two could commit different entries at the same index; a node voted twice, or votes were counted from overlapping majorities',
  'Leader Append-Only':
    'a leader only ever appends to its log; changing it can take back entries it already counted as replicated',
  'Log Matching':
    'logs that agree on an entry must agree on everything before it, or a follower applies a history no leader had',
  'Leader Completeness':
    'every committed entry must be in every later leader’s log; this leader can overwrite a write clients were told succeeded',
  'State Machine Safety':
    'every replica must apply the same command at each index; now they hold different data, and a committed write is lost',
}
