/**
 * The header's protocol picker: shows the open run's protocol and variant; picking another
 * starts a fresh run of it (its default size, the same seed), and the old run stays a branch.
 */

import { useAppStore } from '../store/context'
import { choiceOf, choiceValue, starterScenario } from '../app/protocol-choices'
import { ProtocolSelect } from './ProtocolSelect'
import { runLabel } from './params-form'
import type { AppState } from '../store/app-store'

const selector = (s: AppState) => ({ scenario: s.scenario, newRun: s.newRun })

export function ProtocolPicker() {
  const { scenario, newRun } = useAppStore(selector)
  const pick = (value: string) => {
    const choice = choiceOf(value)
    if (choice === undefined) return
    const next = starterScenario(choice.protocol, scenario.seed, choice.variant)
    newRun(next, `${choice.label}, ${runLabel(next)}`)
  }
  return (
    // The select is narrow, so the whole choice is in its title too.
    <div
      className="protocol-picker"
      title={choiceOf(choiceValue(scenario.protocol, scenario.variant))?.label}
    >
      <ProtocolSelect
        compact
        value={choiceValue(scenario.protocol, scenario.variant)}
        onChange={pick}
      />
    </div>
  )
}
