import { bootstrapApplication } from '@angular/platform-browser'
import { createHttpAdapter, defineCheckoutElements, registerBackend } from '@weship/checkout'
import { StoreComponent } from './app/store.component'

// Once, before the first render: every element on the page talks to this backend.
registerBackend(createHttpAdapter({ baseUrl: WESHIP_API }))
defineCheckoutElements()

bootstrapApplication(StoreComponent).catch((error: unknown) => console.error(error))
