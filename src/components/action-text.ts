/**
 * The words of the user actions (app/actions.ts) in the language at hand. The list there
 * holds them in English, which names each action here; a test holds every action to an entry.
 */

import { t, type MessageKey } from '../i18n'
import type { UserAction } from '../app/actions'
import type { AppState } from '../store/app-store'

interface ActionWords {
  readonly name: MessageKey
  readonly button?: MessageKey
}

export const ACTION_WORDS: Readonly<Record<string, ActionWords>> = {
  'Play / Pause': { name: 'actions.playPause' },
  'Next lesson step (while a lesson is open)': { name: 'actions.nextLessonStep' },
  'Previous lesson step (while a lesson is open)': { name: 'actions.previousLessonStep' },
  'Step to the next event': { name: 'actions.stepForward' },
  'Step back to the previous event': { name: 'actions.stepBack' },
  Faster: { name: 'actions.faster' },
  Slower: { name: 'actions.slower' },
  'Undo the last intervention': { name: 'actions.undo', button: 'actions.undo.button' },
  Redo: { name: 'actions.redo', button: 'actions.redo.button' },
  'Crash the selected node': { name: 'actions.crash', button: 'actions.crash.button' },
  'Restart the selected node': { name: 'actions.restart', button: 'actions.restart.button' },
  'Force the selected node to time out': {
    name: 'actions.timeout',
    button: 'actions.timeout.button',
  },
  'Isolate the selected node': { name: 'actions.isolate', button: 'actions.isolate.button' },
  'Make the selected node leave the cluster': {
    name: 'actions.leave',
    button: 'actions.leave.button',
  },
  'Make the selected node vote no on its next prepare': {
    name: 'actions.voteNo',
    button: 'actions.voteNo.button',
  },
  'Join a new node to the cluster': { name: 'actions.join', button: 'actions.join.button' },
  'Heal the network': { name: 'actions.heal' },
  'Select node 1…9': { name: 'actions.selectNode' },
  'Clear the selection, close this list': { name: 'actions.clear' },
}

/** What the action does, as the shortcut list and the buttons' titles say it. */
export function actionName(a: UserAction): string {
  const words = ACTION_WORDS[a.name]
  return words === undefined ? a.name : t(words.name)
}

/** Keys as the keyboard at hand labels them: `Space`, `Ctrl+Z`; in German `Leertaste`, `Strg+Z`. */
export function keyText(key: string): string {
  return key
    .split('+')
    .map((part) => (KEY_WORDS[part] === undefined ? part : t(KEY_WORDS[part])))
    .join('+')
}

const KEY_WORDS: Readonly<Record<string, MessageKey>> = {
  Space: 'keys.space',
  Ctrl: 'keys.ctrl',
  Shift: 'keys.shift',
  Esc: 'keys.esc',
}

/** The action's name and its keys, as a button's title says them: `Redo (Ctrl+Shift+Z)`. */
export function actionTitle(a: UserAction): string {
  return `${actionName(a)} (${a.keys.map(keyText).join(', ')})`
}

/**
 * A button's title: why it is disabled when it says, else its name and keys. `enabled`
 * is whether it is enabled in `s`.
 */
export function actionButtonTitle(a: UserAction, s: AppState, enabled: boolean): string {
  const why = enabled ? null : (a.why?.(s) ?? null)
  return why ?? actionTitle(a)
}

/** Whether the action exists for the open run (its button is absent otherwise). */
export function actionAvailable(a: UserAction, s: AppState): boolean {
  return a.available === undefined || a.available(s)
}

/** The name of its button (an accessible name: English `Crash`, `Restart`, …). */
export function actionButton(a: UserAction): string {
  const key = ACTION_WORDS[a.name]?.button
  return key === undefined ? (a.button ?? a.name) : t(key)
}
