/** The gallery the app shows: every protocol's scenarios, in teaching order. */

import { RAFT_GALLERY } from '../protocols/raft/gallery'
import type { Preset } from '../scenario/preset'

export const GALLERY: readonly Preset[] = RAFT_GALLERY
