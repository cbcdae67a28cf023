import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

// Placeholder entry; the real app replaces this file.
const root = document.getElementById('root')
if (!root) throw new Error('missing #root')
createRoot(root).render(
  <StrictMode>
    <h1>Clusterscope</h1>
  </StrictMode>,
)
