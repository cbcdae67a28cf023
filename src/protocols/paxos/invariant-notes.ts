/**
 * Why each of Multi-Paxos's safety properties matters, in one plain clause: what the app
 * adds after a violation's own message ("two values chosen in slot 4: …").
 */

export const PAXOS_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  Agreement:
    'each slot may have one chosen command only, or replicas apply different histories and a write a client was told succeeded is lost',
  Validity:
    'only a command some client really sent, or a no-op, may be chosen; anything else is a write no one made',
  'Promise Monotonicity':
    'a promise is a commitment to every later proposer; an acceptor that forgets one may accept what it swore to refuse and help choose a second value',
}
