// packages/mock-server/README.md, verbatim (docs-snippets.test.ts); its context is declared below.
import {
  answerTestChallenge,
  createCommerceEngine,
  createMemoryAdapter,
  createTestCardToken,
} from '@weship/mock-server'

const engine = createCommerceEngine()
const adapter = createMemoryAdapter(engine)
const token = createTestCardToken(engine, '4000002760003184') // checked like POST /tokens
const result = await adapter.placeOrder(
  cartId,
  { cartVersion, payment: { methodId: 'card', token } },
  { idempotencyKey },
)
if (result.status === 'action_required') answerTestChallenge(engine, result.action.id, 'pass')

declare const cartId: string
declare const cartVersion: number
declare const idempotencyKey: string
