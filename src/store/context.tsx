/** Hands the app's store down the React tree, and reads it with a selector. */

import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { AppState, AppStore } from './app-store'

export const AppStoreContext = createContext<AppStore | null>(null)

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext)
  if (store === null) throw new Error('useAppStore must be used inside <AppStoreContext>')
  return store
}

/** Reads a slice of the app state; re-renders only when the slice changes (shallowly). */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), useShallow(selector))
}
