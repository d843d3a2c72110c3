import { createHttpAdapter, defineCheckoutElements, registerBackend } from '@weship/checkout'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'

// Once, before the first render: every element on the page talks to this backend.
registerBackend(createHttpAdapter({ baseUrl: import.meta.env.VITE_WESHIP_API }))
defineCheckoutElements()

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks <div id="root">')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
