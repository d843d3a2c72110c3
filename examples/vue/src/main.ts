import { createHttpAdapter, defineCheckoutElements, registerBackend } from '@weship/checkout'
import { createApp } from 'vue'
import App from './app.vue'

// Once, before the first render: every element on the page talks to this backend.
registerBackend(createHttpAdapter({ baseUrl: import.meta.env.VITE_WESHIP_API }))
defineCheckoutElements()

createApp(App).mount('#app')
