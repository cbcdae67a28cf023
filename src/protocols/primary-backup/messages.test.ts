import { describe, expect, it } from 'vitest'
import { describePbMessage, pbMessageKind } from './messages'
import type { Payload } from '../../sim/protocol'

const say = (msg: object, from = 'n1', to = 'n2') => describePbMessage(from, to, msg as Payload)
const x1 = { op: 'put', key: 'x', value: '1', client: 'c1', seq: 1 }

describe('primary-backup messages in words', () => {
  it('say what a ping acknowledges and what view the answer tells', () => {
    expect(say({ type: 'Ping', view: 0, incarnation: 1 }, 'n3', 'n4')).toBe(
      'n3 pings n4, acknowledging no view',
    )
    expect(say({ type: 'Ping', view: 3, incarnation: 1 }, 'n1', 'n4')).toBe('n1 pings n4 (view 3)')
    const view = { num: 3, primary: 'n1', backup: null }
    expect(say({ type: 'ViewReply', view, acked: true, incarnation: 1 }, 'n4', 'n1')).toBe(
      'n4 tells n1 view 3: primary n1, backup — (acknowledged)',
    )
    const none = { num: 0, primary: null, backup: null }
    expect(say({ type: 'ViewReply', view: none, acked: false, incarnation: 1 }, 'n4', 'n2')).toBe(
      'n4 tells n2 no view yet',
    )
  })

  it('say what is forwarded, in which view, and why a backup refuses', () => {
    expect(say({ type: 'ForwardOp', view: 3, n: 4, command: x1 })).toBe(
      'n1 forwarded put x = 1 to n2 (view 3)',
    )
    const get = { ...x1, op: 'get', value: null }
    expect(say({ type: 'ForwardOp', view: 3, n: 5, command: get })).toBe(
      'n1 forwarded get x to n2 (view 3)',
    )
    const reply = { type: 'ForwardOpReply', view: 3, n: 4 }
    expect(say({ ...reply, ok: true, reason: null }, 'n2', 'n1')).toBe(
      'n2 applied forward 4 (view 3)',
    )
    expect(say({ ...reply, ok: false, reason: 'view' }, 'n2', 'n1')).toBe(
      'n2 refused forward 4: it is not the backup of view 3',
    )
    expect(say({ ...reply, ok: false, reason: 'sync' }, 'n2', 'n1')).toBe(
      'n2 refused forward 4: it lacks the state of view 3',
    )
  })

  it('say how much a state transfer carries, and whether it was taken', () => {
    const transfer = { type: 'StateTransfer', view: 2, sessions: [], versions: {}, applied: 2 }
    expect(say({ ...transfer, store: { x: '1' } })).toBe(
      'n1 sent its whole state to n2 (view 2, 1 key)',
    )
    expect(say({ ...transfer, store: { x: '1', y: '2' } })).toBe(
      'n1 sent its whole state to n2 (view 2, 2 keys)',
    )
    expect(say({ type: 'StateTransferReply', view: 2, ok: true }, 'n2', 'n1')).toBe(
      'n2 took the state transfer (view 2)',
    )
    expect(say({ type: 'StateTransferReply', view: 2, ok: false }, 'n2', 'n1')).toBe(
      'n2 refused the state transfer: it is not the backup of view 2',
    )
  })

  it('leave client messages to their kind', () => {
    const request = { type: 'ClientRequest', client: 'c1', seq: 1, op: 'get', key: 'x' }
    expect(say(request, 'c1', 'n1')).toBeNull()
    expect(pbMessageKind(request as Payload)).toBe('ClientRequest')
  })
})
