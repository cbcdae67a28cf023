import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '../components/App'
import { createAppStore } from '../store/app-store'
import { AppStoreContext } from '../store/context'
import { initialState } from './initial-state'
import { installTestApi } from './test-api'
import './styles.css'

const store = createAppStore(initialState(window.location.hash))
installTestApi(store)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext value={store}>
      <App />
    </AppStoreContext>
  </StrictMode>,
)
