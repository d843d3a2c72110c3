import { createHttpAdapter, defineCheckoutElements, registerBackend } from '@weship/checkout'
import { mount } from 'svelte'
import App from './app.svelte'

// Once, before the first render: every element on the page talks to this backend.
registerBackend(createHttpAdapter({ baseUrl: import.meta.env.VITE_WESHIP_API }))
defineCheckoutElements()

const target = document.getElementById('app')
if (!target) throw new Error('index.html lacks <div id="app">')
mount(App, { target })
