/**
 * Share links and scenarios promise the same run for ever (DESIGN.md, determinism): these
 * trace hashes were computed when each protocol landed. A change to the kernel, a protocol
 * or the scenario defaults that alters a run shows here; a new protocol adds its own pin.
 */

import { describe, expect, it } from 'vitest'
import { readScenarioFile } from '../cli/load'
import { protocolLookup } from '../protocols/registry'
import { defaultUntil, runScenario } from './summary'

const PINS = [
  { file: 'examples/design.json', events: 2565, traceHash: '3c6934099926724f' },
  { file: 'examples/paxos.json', events: 2045, traceHash: '31d03b83350e1d0c' },
  { file: 'examples/primary-backup.json', events: 1966, traceHash: '19febc5bd7a0c798' },
  { file: 'examples/chain.json', events: 1498, traceHash: 'a2323340ee0f1531' },
  { file: 'examples/dynamo.json', events: 287, traceHash: 'f4c6bd44548b9c58' },
  { file: 'examples/2pc.json', events: 124, traceHash: '9e8dd893e9da17eb' },
  { file: 'examples/swim.json', events: 1690, traceHash: '7b6bda52d98d4098' },
  { file: 'examples/nakamoto.json', events: 82, traceHash: '04b6699663e944f7' },
  { file: 'examples/allreduce.json', events: 673, traceHash: '3185709efae4e448' },
  { file: 'examples/mapreduce.json', events: 278, traceHash: 'ddf69d38c821c731' },
]

describe('the runs of the example scenarios', () => {
  it.each(PINS)('$file runs as it always has', ({ file, events, traceHash }) => {
    const scenario = readScenarioFile(file)
    const run = runScenario(
      scenario,
      protocolLookup.get(scenario.protocol)!,
      defaultUntil(scenario),
    )
    expect({ events: run.events, traceHash: run.traceHash }).toEqual({ events, traceHash })
  })
})
