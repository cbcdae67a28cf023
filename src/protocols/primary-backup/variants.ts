/**
 * Primary-backup with one rule taken out: deliberately broken versions for teaching, and
 * for testing that the checkers catch what each rule is there to prevent. Each id is a
 * switch in the pure rules; the machine is the same for all of them.
 */

import type { VariantInfo } from '../presentation'

export const PB_VARIANT_IDS = ['no-forward', 'stale-primary'] as const

export type PbVariant = (typeof PB_VARIANT_IDS)[number]

export const PB_VARIANTS: readonly (VariantInfo & { readonly id: PbVariant })[] = [
  {
    id: 'no-forward',
    title: 'The primary answers before the backup has the write',
    explanation:
      'The primary must forward every write to its backup and wait for the backup to ' +
      'confirm it before it answers the client, so that the backup, which takes over when ' +
      'the primary dies, holds every write a client was told succeeded. Here the primary ' +
      'applies the write, answers at once and sends the forward without waiting. When it ' +
      'crashes with the forward still on its way, the view service promotes a backup that ' +
      'never saw the write: an acknowledged write is lost, which the Acknowledged Writes ' +
      'Survive check reports when the new view starts.',
  },
  {
    id: 'stale-primary',
    title: 'The primary answers reads on its own',
    explanation:
      'The primary forwards reads as well as writes to its backup, because the backup ' +
      'refuses anything from a primary of a view it has left: that is how a primary the ' +
      'view service has replaced finds out that it must stop serving. Here the primary ' +
      'answers reads from its own store without asking the backup. Cut off from the view ' +
      'service but not from its clients, an old primary keeps answering reads after the ' +
      'view service has made its backup primary, which takes new writes: a read returns a ' +
      'value already overwritten, and the history is not linearizable. No invariant of the ' +
      'servers breaks; only the linearizability check sees it.',
  },
]

/** The variant a scenario names, or null for the protocol as designed. */
export function pbVariant(name: string | undefined): PbVariant | null {
  if (name === undefined) return null
  const known = PB_VARIANT_IDS.find((id) => id === name)
  if (known === undefined) throw new Error(`primary-backup has no variant "${name}"`)
  return known
}
