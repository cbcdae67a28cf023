/**
 * The atomic-commit gallery: one transaction writing x, y and z (on n2, n3 and n4), told
 * through what goes right and what goes wrong. Seed 1: the prepares leave n1 at 123 ms,
 * the votes reach it at 159, 163 and 175, and it decides at 175.
 */

import { commitScenario, crash, drop, partition, restart, txn, vote } from './build'
import type { Preset } from '../../../scenario/preset'

export const commit: Preset = {
  id: '2pc-commit',
  title: 'Commit',
  summary:
    'n1 asks n2, n3 and n4 to prepare their share of the transaction; each writes a ' +
    'prepare record, locks its key and votes yes. With every vote yes, n1 logs commit, ' +
    'answers the client and tells the participants, which apply the writes.',
  scenario: commitScenario('2pc', 1, [txn(100, 'x,y,z', '1')]),
  t: 260,
}

export const abort: Preset = {
  id: '2pc-abort',
  title: 'A participant votes no',
  summary:
    'n3 is made to vote no. One no is enough: n1 logs abort and tells everyone, and n2 ' +
    'and n4, which voted yes and held their locks, release them and apply nothing.',
  scenario: commitScenario('2pc', 1, [vote(50, 'n3', 'no'), txn(100, 'x,y,z', '1')]),
  t: 260,
}

export const blocking: Preset = {
  id: '2pc-blocking',
  title: 'Coordinator crash after prepare: blocked',
  summary:
    'n1 crashes with the votes on their way. n2, n3 and n4 voted yes, so none may decide ' +
    'alone: another might have voted no, or n1 might have committed. They hold their ' +
    'locks, blocked, until n1 comes back at 1.5 s and answers abort.',
  scenario: commitScenario('2pc', 1, [
    txn(100, 'x,y,z', '1'),
    crash(160, 'n1'),
    restart(1500, 'n1'),
  ]),
  t: 1000,
}

export const cooperative: Preset = {
  id: '2pc-cooperative',
  title: 'Cooperative termination',
  summary:
    'n4 never got its prepare, and n1 crashes. With cooperative termination the blocked ' +
    'n2 and n3 ask the other participants too: n4 has not voted, so it aborts and says ' +
    'so, and they abort without waiting for n1. Had every participant voted yes, asking ' +
    'would not help.',
  scenario: commitScenario('2pc', 1, [txn(100, 'x,y,z', '1'), drop(124, 4), crash(160, 'n1')], {
    params: { cooperative: true },
  }),
  t: 700,
}

export const threePhaseCrash: Preset = {
  id: '3pc-coordinator-crash',
  title: 'Three-phase commit: no blocking on a crash',
  summary:
    'The same crash under three-phase commit. The participants wait, then ask each ' +
    'other: nobody pre-committed, so nobody can have committed, and they all abort on ' +
    'their own while n1 is still down.',
  scenario: commitScenario('3pc', 1, [
    txn(100, 'x,y,z', '1'),
    crash(160, 'n1'),
    restart(1500, 'n1'),
  ]),
  t: 700,
}

export const threePhasePartition: Preset = {
  id: '3pc-partition',
  title: 'Three-phase commit under a partition',
  summary:
    'Every vote is yes and n1 sends pre-commit, but a partition cuts n4 off first. n2 ' +
    'and n3 pre-commit and commit; n4, alone and only prepared, concludes that nobody ' +
    'can have committed and aborts. The Atomicity check reports it: 3PC is safe only ' +
    'when a silent node is a crashed one.',
  scenario: commitScenario('3pc', 1, [txn(100, 'x,y,z', '1'), partition(176, ['n4'])]),
  t: 900,
}

export const presumeCommit: Preset = {
  id: '2pc-presume-commit-on-timeout',
  title: 'Broken: a prepared participant commits on timeout',
  summary:
    'n4 votes no, so n1 aborts, but n2 is cut off after voting yes and never hears it. ' +
    'In this variant n2 commits on its own when its timeout runs out: committed at n2, ' +
    'aborted at n3 and n4.',
  scenario: commitScenario(
    '2pc',
    1,
    [vote(50, 'n4', 'no'), txn(100, 'x,y,z', '1'), partition(140, ['n2'])],
    { variant: 'presume-commit-on-timeout' },
  ),
  t: 500,
}

export const volatileDecision: Preset = {
  id: '2pc-volatile-decision',
  title: 'Broken: the coordinator forgets its decision',
  summary:
    'n1 decides commit and tells n2 and n4, but its message to n3 is lost and n1 ' +
    'crashes. In this variant the decision was never written to disk: restarted, n1 ' +
    'answers n3’s question with abort, so T1 is committed at n2 and n4 and aborted at n3.',
  scenario: commitScenario(
    '2pc',
    1,
    [txn(100, 'x,y,z', '1'), drop(176, 10), crash(180, 'n1'), restart(300, 'n1')],
    { variant: 'volatile-decision' },
  ),
  t: 600,
}
