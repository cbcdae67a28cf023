/**
 * Why each of atomic commit's safety properties matters, in one plain clause: what the app
 * adds after a violation's own message.
 */

export const COMMIT_INVARIANT_NOTES: Readonly<Record<string, string>> = {
  Atomicity:
    'a transaction must take effect everywhere or nowhere, or the participants’ data disagree for good (money leaves one account and never reaches the other)',
  'No Commit Without Votes':
    'a participant that voted no, or never voted, may be unable to apply its part, so a commit without every yes vote breaks the transaction',
}
