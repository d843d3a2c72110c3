// The setup snippet of docs/adapters/medusa.md, compiled by this example's typecheck.
import '@weship/checkout/define'
import { createMedusaAdapter } from '@weship/adapter-medusa'
import { registerBackend } from '@weship/checkout'

// Once per page: every element without `api` or `backend` uses it (`sku`s are Medusa SKUs), and
// so do elements naming backend="medusa" with the same server and key.
registerBackend(createMedusaAdapter({ baseUrl: 'https://shop.example', publishableKey: 'pk_…' }))
