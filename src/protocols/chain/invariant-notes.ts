/**
 * Why each of chain replication's safety properties matters, in one plain clause: what
 * the app adds after a violation's own message.
 */

export const CHAIN_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  'History Prefix':
    'every server must hold the updates of the one before it in the same order, or a server that takes over as head or tail serves a history that skips writes',
  'Acknowledged Writes':
    'the tail answers reads, so a write a client was told is done must be there, or a read after it will not see it',
}
