import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '../components/App'
import { createAppStore } from '../store/app-store'
import { AppStoreContext } from '../store/context'
import { readAutosave, storageOrNull } from './autosave'
import { followLinks } from './follow-links'
import { initialState } from './initial-state'
import { startPersistence } from './persist'
import { installTestApi } from './test-api'
import { registerServiceWorker } from '../offline/register'
import { LocaleRoot } from '../i18n/LocaleRoot'
import './styles.css'
import '../components/sharing.css'

const storage = storageOrNull()
const { options, protectSaved } = initialState(window.location.hash, readAutosave(storage))
const store = createAppStore(options)
startPersistence(store, { storage, protectSaved })
followLinks(store)
installTestApi(store)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext value={store}>
      <LocaleRoot>
        <App />
      </LocaleRoot>
    </AppStoreContext>
  </StrictMode>,
)
registerServiceWorker()
