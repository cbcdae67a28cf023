/**
 * Why each of primary-backup's safety properties matters, in one plain clause: what the
 * app adds after a violation's own message.
 */

export const PB_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  'One Primary per View':
    'two servers that both act as primary in one view can take different writes, and the clients see two diverging copies of the store',
  'Acknowledged Writes Survive':
    'the backup that takes over must hold every write a client was told succeeded, or the new primary serves a store from which that write is gone',
}
