import { figure8 } from './figure-8'
import type { Preset } from '../../../scenario/preset'

/** The figure-8 story, run by a leader that commits old entries on their own count. */
export const commitOldTerms: Preset = {
  id: 'commit-old-terms',
  title: 'Broken: a leader commits entries of earlier terms (Figure 8)',
  summary:
    'Figure 8 of the Raft paper again, but n1, leader of term 4, commits x = 2 of term 2 as ' +
    'soon as a majority holds it. n5 still wins term 5 without it (Leader Completeness ' +
    'breaks) and overwrites it, so nodes apply different commands at index 2.',
  scenario: { ...figure8.scenario, variant: 'commit-old-terms' },
  t: 1240,
}
