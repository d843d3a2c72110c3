// packages/core/README.md, verbatim (docs-snippets.test.ts).
import { createCartSession, createHttpAdapter } from '@weship/checkout-core'

const adapter = createHttpAdapter({ baseUrl: 'https://shop.example/api', timeoutMs: 10_000 })
const session = createCartSession({ adapter })

export { session }
