import { commitOldTerms } from '../gallery/commit-old-terms'
import type { BuiltInLesson } from '../../../lesson/types'

const followers = (term: number, ...ids: string[]) =>
  Object.fromEntries(ids.map((id) => [id, `follower, term ${term}`]))

/**
 * The gallery's Figure 8 story (n1 … n5 as S1 … S5), run by the broken variant that
 * commits an entry of an earlier term once a majority holds it. Every election is forced
 * and election timeouts are long; the message ids below were read off its trace.
 */
const scenario = commitOldTerms.scenario

export const figure8Lesson: BuiltInLesson = {
  id: 'raft-figure-8',
  lesson: {
    version: 1,
    title: 'Raft: Figure 8, why a leader commits only its own term',
    summary:
      'Figure 8 of the Raft paper, played by a broken Raft that commits an old-term entry ' +
      'as soon as a majority holds it: a later leader overwrites that "committed" entry.',
    scenario,
    steps: [
      {
        at: 240,
        text:
          'n1 to n5 play S1 to S5 of Figure 8 in the Raft paper. In term 1, n2 led and copied ' +
          'x = 1 to every node, so index 1 is committed everywhere. Every election from here ' +
          'on is forced, and leaders skip the usual no-op entry, as in the figure.\n\n' +
          'This Raft is broken on purpose: a leader commits any entry once a majority holds ' +
          'it, whatever the entry’s term. Watch where that goes wrong.',
        highlight: { nodes: ['n2'] },
        expect: { nodes: { n2: 'leader, term 1', ...followers(1, 'n1', 'n3', 'n4', 'n5') } },
      },
      {
        at: 424,
        text:
          '(a) n1 won term 2. A client asked it to put x = 2, which it appended at index 2 ' +
          'in term 2 and sent out at 411, but only the copy to n2 arrived (message 98); the ' +
          'copies to n3, n4 and n5 were lost, and n1 crashed at once.',
        highlight: { nodes: ['n1', 'n2'], messages: [98, 99, 100, 101] },
        question: {
          prompt: 'n5 now stands for term 3. Who votes for it?',
          choices: ['n2, n3 and n4', 'n3 and n4, but not n2', 'Nobody while n1 is down'],
          answer: 1,
          explanation:
            'A node votes only for a candidate whose log is at least as up to date as its ' +
            'own. n2’s log ends with x = 2 of term 2, newer than n5’s last entry (term 1), ' +
            'so n2 says no. n3 and n4 hold the same log as n5 and say yes.',
        },
        expect: { nodes: { n1: 'crashed', ...followers(2, 'n2', 'n3', 'n4', 'n5') } },
      },
      {
        until: { role: 'leader', node: 'n5' },
        text:
          '(b) n3 and n4 voted yes, n2 no (message 109). With its own vote n5 has three ' +
          'of five and leads term 3.',
        highlight: { nodes: ['n5'], messages: [109, 110, 111] },
        expect: {
          nodes: { n1: 'crashed', n5: 'leader, term 3', ...followers(3, 'n2', 'n3', 'n4') },
        },
      },
      {
        at: 620,
        text:
          'A client’s put x = 3 reached n5 at 615. n5 appended it at index 2, in term 3, ' +
          'and crashed before any copy arrived. Index 2 now holds two different entries: ' +
          'x = 2 of term 2 on n1 and n2, and x = 3 of term 3 on n5 alone.',
        highlight: { nodes: ['n5'], messages: [126, 127, 128] },
        question: {
          prompt: 'n1 restarts at 700 and stands for term 3 at 750. Does it win?',
          choices: [
            'Yes: its log ends in term 2, the newest among the live nodes',
            'No: n3 and n4 have already voted in term 3',
          ],
          answer: 1,
          explanation:
            'A node votes once per term, and n3 and n4 gave their term-3 votes to n5. Only ' +
            'n2 says yes, so n1 must try again, for term 4.',
        },
        expect: { nodes: { n1: 'crashed', n5: 'crashed', ...followers(3, 'n2', 'n3', 'n4') } },
      },
      {
        until: { role: 'leader', node: 'n1' },
        text:
          '(c) n1 lost term 3 (n3 and n4 said no, messages 135 and 137). At 850 it stood ' +
          'for term 4, and the votes of n3 and n4 (142 and 144) make it leader.',
        highlight: { nodes: ['n1'], messages: [135, 137, 142, 144] },
        expect: {
          nodes: { n1: 'leader, term 4', n5: 'crashed', ...followers(4, 'n2', 'n3', 'n4') },
        },
      },
      {
        at: 945,
        text:
          'n3 and n4 lack index 2, so n1 repairs their logs: it sends them x = 2 of term 2. ' +
          'n3 stored it at 932 (message 152); both copies to n4 were lost. x = 2 is now on ' +
          'n1, n2 and n3, a majority. A client also sends n1 put x = 4 (message 160).',
        highlight: { nodes: ['n1', 'n2', 'n3'], messages: [152, 153, 157, 160] },
        question: {
          prompt: 'n3’s acknowledgement is on its way. When it arrives, what does this n1 do?',
          choices: [
            'Commits x = 2: three of five nodes hold it',
            'Nothing yet: x = 2 is from term 2 and n1 leads term 4',
            'Replaces x = 2 with an entry of term 4',
          ],
          answer: 0,
          explanation:
            'This broken n1 counts copies of any entry, and three is a majority. Correct ' +
            'Raft would do nothing yet: a leader counts copies only of entries of its own ' +
            'term, so x = 2 would commit only together with an entry of term 4 after it.',
        },
        expect: {
          nodes: { n1: 'leader, term 4', n5: 'crashed', ...followers(4, 'n2', 'n3', 'n4') },
        },
      },
      {
        at: 954,
        text:
          'n3’s acknowledgement (message 159) arrives: n1 counts n1, n2 and n3, marks index ' +
          '2 committed and applies x = 2 to its store. A committed entry must never change. ' +
          'But is three copies of an old-term entry enough to make sure it never does?',
        highlight: { nodes: ['n1'], messages: [159] },
        expect: {
          nodes: { n1: 'leader, term 4', n5: 'crashed', ...followers(4, 'n2', 'n3', 'n4') },
        },
      },
      {
        at: 970,
        text:
          '(d) n1 appended x = 4 at index 3, in term 4, but its copies were lost (n5 is ' +
          'down) and n1 crashed at 970. n5 restarts at 1050; its try for term 4 fails, as ' +
          'everyone voted for n1 in term 4, and at 1200 it stands for term 5.',
        highlight: { nodes: ['n1', 'n5'], messages: [162, 163, 164] },
        question: {
          prompt: 'n2, n3 and n4 hold x = 2 at index 2; n5 does not. Will they vote for n5?',
          choices: ['Yes', 'No: n5 lacks a committed entry'],
          answer: 0,
          explanation:
            'Logs are compared by the term of their last entry first. n5’s ends in term 3; ' +
            'n2’s and n3’s end in term 2 and n4’s in term 1, so n5’s log counts as more up ' +
            'to date. Voters cannot tell which entries are committed.',
        },
        expect: { nodes: { n1: 'crashed', n5: 'crashed', ...followers(4, 'n2', 'n3', 'n4') } },
      },
      {
        until: { violation: 'Leader Completeness' },
        text:
          'n4 and n3 vote yes (messages 177 and 178), and n5 leads term 5 without x = 2, ' +
          'which n1 committed. That breaks Leader Completeness: a leader must hold every ' +
          'committed entry. The vote rule promises it only for entries committed the ' +
          'correct way.',
        highlight: { nodes: ['n5'], messages: [177, 178] },
        expect: {
          nodes: { n1: 'crashed', n5: 'leader, term 5', ...followers(5, 'n2', 'n3', 'n4') },
          violations: ['Leader Completeness'],
        },
      },
      {
        until: { violation: 'State Machine Safety' },
        text:
          'n5 repairs the followers’ logs as n1 did: it overwrites index 2 on n3, n4 and n2 ' +
          'with its own x = 3 of term 3 and, counting copies the same broken way, commits ' +
          'it. n5 applies x = 3 at index 2, where n1 applied x = 2: State Machine Safety ' +
          'breaks too.',
        highlight: { nodes: ['n1', 'n5'] },
        expect: {
          nodes: { n1: 'crashed', n5: 'leader, term 5', ...followers(5, 'n2', 'n3', 'n4') },
          violations: ['Leader Completeness', 'State Machine Safety'],
        },
      },
      {
        until: { reply: 'ok', op: 5 },
        text:
          'x = 5, an entry of term 5, now commits on a majority. Correct Raft (the gallery’s ' +
          'Figure 8 scenario is this run without the bug) would have committed nothing at ' +
          '954, so n5 overwriting the uncommitted x = 2 would be harmless.\n\n' +
          '(e) A correct leader commits an old-term entry only together with one of its own ' +
          'term. Had x = 4 reached n2 and n3 before n1 crashed, committing it would have ' +
          'committed x = 2 as well, and n5, whose log ends in term 3, could no longer win a ' +
          'majority’s votes.',
        highlight: { nodes: ['n5'] },
        expect: {
          nodes: { n1: 'crashed', n5: 'leader, term 5', ...followers(5, 'n2', 'n3', 'n4') },
          violations: ['Leader Completeness', 'State Machine Safety'],
        },
      },
    ],
  },
}
