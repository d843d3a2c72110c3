// packages/mock-server/README.md, verbatim (docs-snippets.test.ts).
import { createMemoryAdapter, startMockServer } from '@weship/mock-server'

const server = await startMockServer({ port: 0 }) // { url, port, paymentUrl, paymentPort, close() }
const adapter = createMemoryAdapter() // a CheckoutAdapter over the same engine, in-process

export { adapter, server }
