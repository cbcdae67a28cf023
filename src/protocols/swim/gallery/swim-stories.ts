/** SWIM working as published: a crash detected, suspicions refuted, members joining and returning. */

import { crash, heal, join, partition, restart, swimScenario } from './build'
import type { Preset } from '../../../scenario/preset'

const ALL_BUT_N7 = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n8', 'n9', 'n10', 'n11', 'n12']

export const crashDetected: Preset = {
  id: 'swim-crash-detected',
  title: 'A crash, suspected and then declared dead',
  summary:
    'n7 crashes at 1 s. The next member to probe it gets no ack, asks three others to ping ' +
    'it for it, still hears nothing, and marks n7 suspect. The suspicion rides on pings ' +
    'and acks to every member within a second; nobody refutes it, so each member declares ' +
    'n7 dead when its suspicion timer (0.86 s here) runs out.',
  scenario: swimScenario(1, [crash(1000, 'n7')]),
  t: 2000,
}

export const refuted: Preset = {
  id: 'swim-refuted',
  title: 'A suspicion refuted',
  summary:
    'n7 is cut off for 0.3 s, long enough to miss a probe and be suspected, not long ' +
    'enough to be declared dead. Once the network heals, n7 hears that it is suspected and ' +
    'answers with incarnation 1: “alive, and newer than your suspicion”. The others take ' +
    'it back before their suspicion timers run out.',
  scenario: swimScenario(8, [partition(1000, ['n7'], ALL_BUT_N7), heal(1300)]),
  t: 1500,
}

export const partitionedDead: Preset = {
  id: 'swim-partition-dead',
  title: 'A partition: both sides declare the other dead',
  summary:
    'n7 is cut off for 2.5 s. The other eleven declare it dead, and n7, probing them one by ' +
    'one, declares them dead in turn. When the partition heals, each side hears from the ' +
    'other that it is held dead, refutes it with a higher incarnation, and the group is ' +
    'whole again a few seconds later.',
  scenario: swimScenario(2, [partition(1000, ['n7'], ALL_BUT_N7), heal(3500)]),
  t: 3300,
}

export const joins: Preset = {
  id: 'swim-join',
  title: 'A member joins through a seed',
  summary:
    'n13 starts knowing only the seed, n1. It sends n1 a join; n1 answers with its whole ' +
    'table and gossips “n13 alive” on its pings and acks, so every member knows n13 within ' +
    'a few periods and starts probing it in its next round.',
  scenario: swimScenario(4, [join(500)]),
  t: 1000,
}

export const restarted: Preset = {
  id: 'swim-restart',
  title: 'A crashed member restarts with a new incarnation',
  summary:
    'n4 crashes at 0.5 s and is declared dead. At 2.5 s it restarts, remembering only its ' +
    'incarnation: it rejoins through a seed at incarnation 1, which overrides the “dead at ' +
    'incarnation 0” every member holds, so they take it back.',
  scenario: swimScenario(3, [crash(500, 'n4'), restart(2500, 'n4')]),
  t: 2800,
}

const lossy = { nodes: 24, params: { lossRate: 0.25 } } as const

export const heavyLoss: Preset = {
  id: 'swim-heavy-loss',
  title: 'A quarter of all messages lost: false positives',
  summary:
    'No member fails, but one message in four is lost. Now and then a probe, its ping-reqs ' +
    'and the suspect’s refutations are all lost, and a live member is declared dead: the ' +
    'run’s measures count these false positives. Compare with Lifeguard on, next.',
  scenario: swimScenario(7, [], lossy),
  t: 4000,
}

export const lifeguard: Preset = {
  id: 'swim-lifeguard',
  title: 'The same loss with Lifeguard',
  summary:
    'The same run with Lifeguard’s three refinements: a suspicion starts with a long ' +
    'timeout that shrinks as other members confirm it (dogpile), a ping to a suspect tells ' +
    'it so, so that it refutes at once (buddy system), and a member that misses acks slows ' +
    'its own probes (local health). Fewer live members are declared dead.',
  scenario: swimScenario(7, [], {
    ...lossy,
    params: { ...lossy.params, dogpile: true, buddy: true, localHealth: true },
  }),
  t: 4000,
}

export const thousand: Preset = {
  id: 'swim-1000',
  title: '1,000 members, one crash',
  summary:
    'n7 crashes at 1 s in a group of 1,000. Each member still sends one ping per period, ' +
    'yet the suspicion reaches all 999 others within 1.5 s, as an epidemic does, and every ' +
    'one of them has declared n7 dead less than 4 s after the crash.',
  scenario: swimScenario(1, [crash(1000, 'n7')], { nodes: 1000 }),
  t: 2500,
}
