import { afterEach, describe, expect, it } from 'vitest'
import { setLocale } from '../../../i18n'
import { membershipChanges } from './membership'
import { compareChange } from './ring-compare'
import { ringPicture, type SlotLike } from './ring-model'
import { keyTitle, ringSummary } from './ring-text'

const ids = ['n1', 'n2', 'n3', 'n4', 'n5']
const slot = (id: string, members = ids): SlotLike => ({
  id,
  up: true,
  durable: null,
  state: { context: { members, store: id === 'n1' ? { x: [] } : {}, hints: [], sent: {} } },
})

describe('the ring in words', () => {
  afterEach(() => setLocale('en'))

  it('says the size, the stored keys and what the last join moved, against mod N', () => {
    const [join] = membershipChanges(4, [{ at: 5, type: 'join' }])
    const picture = ringPicture(
      ids.map((id) => slot(id)),
      8,
      3,
      join!,
    )
    const c = compareChange(join!, 8)!
    expect(ringSummary(picture, c)).toBe(
      `5 nodes, 8 tokens each, 1 stored key; last join (n5): ${c.movedRing.toLocaleString('en')} of 10,000 keys moved (expected 2,000); hash mod N would move ${c.movedModN.toLocaleString('en')}`,
    )
    setLocale('de')
    expect(ringSummary(picture, null)).toBe(
      '5 Knoten, 8 Token je Knoten, 1 gespeicherter Schlüssel; noch kein Beitritt und kein Austritt',
    )
  })

  it('names a node that routes by another ring, and an empty ring', () => {
    const picture = ringPicture([slot('n1', ['n1']), slot('n2', ['n1', 'n2'])], 1, 1, null)
    expect(ringSummary(picture, null)).toMatch(/; still routing by another list of members: n1$/)
    const gone: SlotLike = { id: 'n1', up: false, state: null, durable: null, absent: true }
    expect(ringSummary(ringPicture([gone], 1, 1, null), null)).toBe('No node is on the ring')
  })

  it('tells under the pointer who owns a key and who holds it', () => {
    const picture = ringPicture(
      ids.map((id) => slot(id)),
      8,
      3,
      null,
    )
    const x = picture.keys[0]!
    expect(keyTitle(x)).toBe(
      `x: owner ${x.owner}; preference list ${x.preference.join(', ')}; held by n1`,
    )
  })
})
