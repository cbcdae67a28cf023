import { describe, expect, it } from 'vitest'
import { promisesLinearizability } from '../registry'
import { dynamoScenario } from './gallery/build'
import { raftScenario } from '../raft/gallery/build'

describe('what Dynamo promises', () => {
  it.each([
    [{}, false],
    [{ abd: true }, true],
    [{ abd: true, r: 1, w: 2 }, false],
    [{ abd: true, n: 5, r: 3, w: 3 }, true],
    [{ lww: true, r: 3, w: 3 }, false],
  ])('promises linearizability with %j: %s', (params, promised) => {
    expect(promisesLinearizability(dynamoScenario(1, [], { params }))).toBe(promised)
  })

  it('leaves the protocols that always promise it alone', () => {
    expect(promisesLinearizability(raftScenario(1, []))).toBe(true)
  })
})
