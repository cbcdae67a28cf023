/**
 * Every user action defined once: the buttons, the keyboard shortcuts and the `?` overlay
 * all read this list, so they cannot disagree.
 */

import { nextSpeed } from './speeds'
import type { AppState, AppStore } from '../store/app-store'
import { nextStep, previousStep } from '../store/lessons'
import { canJoin, canLeave, isMember, joinsLeft, takesMembers } from '../store/membership'
import { t } from '../i18n/translate'

export interface UserAction {
  readonly name: string
  /** The name of its button, if it has one. */
  readonly button?: string
  /**
   * Where that button stands: the selected node's menu, the history buttons, or the
   * graph's tools (what acts on the whole cluster).
   */
  readonly place?: 'node' | 'history' | 'cluster'
  /** What the button shows where there is no room for its name. */
  readonly glyph?: string
  /** How the overlay shows the keys. */
  readonly keys: readonly string[]
  readonly keyTest: (e: KeyboardEvent) => boolean
  readonly perform: (store: AppStore, e?: KeyboardEvent) => void
  readonly enabled?: (s: AppState) => boolean
  /** Whether it exists for the open run at all: left out, always. Its button is absent otherwise. */
  readonly available?: (s: AppState) => boolean
  /** Why it is disabled, for its button's title; null when it is not, or nothing to say. */
  readonly why?: (s: AppState) => string | null
}

const key =
  (...names: string[]) =>
  (e: KeyboardEvent) =>
    !e.ctrlKey && !e.metaKey && !e.altKey && names.includes(e.key)

/** With Ctrl (or ⌘ on a Mac): the editing shortcuts every app shares. */
const command = (name: string, shift: boolean) => (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === name

function selectedNode(s: AppState): string | null {
  return s.selection?.kind === 'node' ? s.selection.id : null
}

/** Whether the selected node is a member (not one that left) and up, or down. */
function nodeIsUp(s: AppState, up: boolean): boolean {
  const id = selectedNode(s)
  return id !== null && s.nodes.some((n) => n.id === id && n.member && n.up === up)
}

function onSelected(store: AppStore, act: (id: string) => void) {
  const id = selectedNode(store.getState())
  if (id !== null) act(id)
}

export const ACTIONS: readonly UserAction[] = [
  {
    name: 'Play / Pause',
    keys: ['Space', 'K'],
    keyTest: key(' ', 'k'),
    perform: (store) => store.getState().togglePlay(),
  },
  {
    name: 'Next lesson step (while a lesson is open)',
    keys: ['→'],
    keyTest: key('ArrowRight'),
    perform: (store) => nextStep(store),
    enabled: (s) => s.lesson !== null,
  },
  {
    name: 'Previous lesson step (while a lesson is open)',
    keys: ['←'],
    keyTest: key('ArrowLeft'),
    perform: (store) => previousStep(store),
    enabled: (s) => s.lesson !== null,
  },
  {
    name: 'Step to the next event',
    keys: ['→', '.'],
    keyTest: key('ArrowRight', '.'),
    perform: (store) => store.getState().stepForward(),
  },
  {
    name: 'Step back to the previous event',
    keys: ['←', ','],
    keyTest: key('ArrowLeft', ','),
    perform: (store) => store.getState().stepBack(),
  },
  {
    name: 'Faster',
    keys: ['+', ']'],
    keyTest: key('+', '=', ']'),
    perform: (store) => store.getState().setSpeed(nextSpeed(store.getState().speed, 1)),
  },
  {
    name: 'Slower',
    keys: ['−', '['],
    keyTest: key('-', '['),
    perform: (store) => store.getState().setSpeed(nextSpeed(store.getState().speed, -1)),
  },
  {
    name: 'Undo the last intervention',
    button: 'Undo',
    place: 'history',
    glyph: '↶',
    keys: ['Ctrl+Z'],
    keyTest: command('z', false),
    perform: (store) => store.getState().undo(),
    enabled: (s) => s.past.length > 0,
  },
  {
    name: 'Redo',
    button: 'Redo',
    place: 'history',
    glyph: '↷',
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    keyTest: (e) => command('z', true)(e) || command('y', false)(e),
    perform: (store) => store.getState().redo(),
    enabled: (s) => s.future.length > 0,
  },
  {
    name: 'Crash the selected node',
    button: 'Crash',
    place: 'node',
    keys: ['C'],
    keyTest: key('c'),
    perform: (store) => onSelected(store, (node) => store.getState().act({ type: 'crash', node })),
    enabled: (s) => nodeIsUp(s, true),
  },
  {
    name: 'Restart the selected node',
    button: 'Restart',
    place: 'node',
    keys: ['R'],
    keyTest: key('r'),
    perform: (store) =>
      onSelected(store, (node) => store.getState().act({ type: 'restart', node })),
    enabled: (s) => nodeIsUp(s, false),
  },
  {
    name: 'Force the selected node to time out',
    button: 'Force timeout',
    place: 'node',
    keys: ['T'],
    keyTest: key('t'),
    perform: (store) =>
      onSelected(store, (node) => store.getState().act({ type: 'timeout', node })),
    enabled: (s) => nodeIsUp(s, true),
  },
  {
    name: 'Isolate the selected node',
    button: 'Isolate',
    place: 'node',
    keys: ['I'],
    keyTest: key('i'),
    perform: (store) =>
      onSelected(store, (node) => store.getState().act({ type: 'partition', groups: [[node]] })),
    enabled: (s) => {
      const id = selectedNode(s)
      return id !== null && isMember(s, id)
    },
  },
  {
    name: 'Make the selected node leave the cluster',
    button: 'Leave',
    place: 'node',
    keys: ['L'],
    keyTest: key('l'),
    perform: (store) => onSelected(store, (node) => store.getState().leaveNode(node)),
    enabled: (s) => {
      const id = selectedNode(s)
      return id !== null && canLeave(s, id)
    },
    available: takesMembers,
    why: (s) => {
      const id = selectedNode(s)
      if (id === null || !isMember(s, id)) return t('actions.leave.notMember')
      return canLeave(s, id) ? null : t('actions.leave.last')
    },
  },
  {
    name: 'Make the selected node vote no on its next prepare',
    button: 'Vote no',
    place: 'node',
    keys: ['V'],
    keyTest: key('v'),
    perform: (store) =>
      onSelected(store, (node) => store.getState().act({ type: 'vote', node, value: 'no' })),
    enabled: (s) => nodeIsUp(s, true),
    available: (s) => s.timeline.context.protocol.spec.votes === true,
  },
  {
    name: 'Join a new node to the cluster',
    button: 'Join a node',
    place: 'cluster',
    keys: ['J'],
    keyTest: key('j'),
    perform: (store) => store.getState().joinNode(),
    enabled: canJoin,
    available: takesMembers,
    why: (s) =>
      joinsLeft(s) > 0
        ? null
        : t('actions.join.full', {
            protocol: s.timeline.context.protocol.spec.title,
            max: s.timeline.context.protocol.spec.nodes.max,
          }),
  },
  {
    name: 'Heal the network',
    keys: ['H'],
    keyTest: key('h'),
    perform: (store) => store.getState().act({ type: 'heal' }),
    enabled: (s) => s.world.groupOf !== null,
  },
  {
    name: 'Select node 1…9',
    keys: ['1', '…', '9'],
    keyTest: key('1', '2', '3', '4', '5', '6', '7', '8', '9'),
    perform: (store, e) => {
      const id = `n${e?.key ?? ''}`
      if (store.getState().nodes.some((n) => n.id === id)) {
        store.getState().select({ kind: 'node', id })
      }
    },
  },
  {
    name: 'Clear the selection, close this list',
    keys: ['Esc'],
    keyTest: key('Escape'),
    perform: (store) => store.getState().select(null),
  },
]
