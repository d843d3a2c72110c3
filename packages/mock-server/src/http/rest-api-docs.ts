import {
  cartSchema,
  customerSchema,
  orderSchema,
  paymentMethodListSchema,
  placeOrderResultSchema,
  problemSchema,
  productListSchema,
  restRoutes,
  sessionSchema,
  shippingOptionListSchema,
} from '@weship/checkout-core'
import * as z from 'zod/mini'

// Response bodies repeat (most routes answer a Cart): each is shown once, under its name.
const namedResponses = new Map<z.ZodMiniType, string>([
  [cartSchema, 'Cart'],
  [productListSchema, 'ProductList'],
  [shippingOptionListSchema, 'ShippingOptionList'],
  [paymentMethodListSchema, 'PaymentMethodList'],
  [placeOrderResultSchema, 'PlaceOrderResult'],
  [orderSchema, 'Order'],
  [sessionSchema, 'Session'],
  [customerSchema, 'Customer'],
  [problemSchema, 'Problem'],
])

const json = (schema: z.ZodMiniType) =>
  JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }), null, 2)

/** Renders docs/rest-api.md from core's route table and schemas, so the two cannot drift. */
export function renderRestApiDocs(): string {
  const lines = [
    '# REST API',
    '',
    '<!-- Generated from packages/core/src/rest/rest-routes.ts and the zod schemas by',
    '     packages/mock-server/src/http/rest-api-docs.test.ts (UPDATE_DOCS=1 rewrites it). -->',
    '',
    'The contract between the widget (`createHttpAdapter`) and a commerce backend; the mock server',
    'serves it. Bodies are JSON; money is `{ "amount": <integer minor units>, "currency": "EUR" }`.',
    'The server computes every price: requests carry SKUs, quantities, codes, addresses and choices.',
    '',
    '## Conventions',
    '',
    '- **Errors** are RFC 9457 problem documents (`application/problem+json`) with `code` (one of',
    '  `CONFIG`, `VALIDATION`, `ADAPTER`, `NETWORK`, `PAYMENT_DECLINED`, `CONFLICT`, `CANCELLED`),',
    '  a finer `reason` (e.g. `cart_not_found`, `code_expired`, `insufficient_stock`) and, for bad',
    "  input, `errors[]` of `{ field, message, reason? }`; a field's own `reason` (`required`,",
    "  `invalid_postal_code`…) is what the widget words for the shopper, else the document's.",
    '  Malformed input is a 4xx, never a 5xx, and writes nothing.',
    "- **Addresses** are checked with Google's per-country address data, the same files the",
    "  widget's form loads (`@weship/checkout-core`, ADR 0019). Which of `city`, `region` and",
    '  `postalCode` a country needs, and their formats, vary: Japan and the Emirates write no',
    "  city, Hong Kong and the Emirates no postal code, Ireland's Eircode is optional. A refused",
    '  address is `422` `invalid_address` with one error per field, whose `reason` is `required`,',
    '  `invalid_postal_code` (wrong shape), `postal_code_mismatch` (of another region) or',
    "  `invalid_region` (not on the country's list). `region` is a listed region's code (ISO",
    '  3166-2 suffix: `CA`, `13`, `DU`); its name in any case is taken and stored as the code.',
    '- **Cart versions**: every change bumps `version`; placing an order with an older',
    '  `cartVersion` is `409` `CONFLICT` (`cart_version_mismatch`).',
    '- **Idempotency**: `POST /carts/{cartId}/orders` and payment-action completion require an',
    '  `Idempotency-Key` header. Same key and attempt (cart, `cartVersion`, payment method and',
    '  card: the same token, or a fresh single-use token of the same card number) → the stored',
    '  response; same key, other attempt (another card included) → `422`',
    '  `idempotency_key_reused`; while the first is in flight → `409`. Keys live at least 24 hours.',
    '- **Rate limits** answer `429` `too_many_attempts` with `Retry-After` (seconds); a server',
    '  that holds as many carts as it can answers a new one `503` `cart_capacity_reached`, also',
    '  with `Retry-After`.',
    '- **Payment methods** may name the widget provider that serves them: `provider: "stripe"`',
    '  with `stripe: { publishableKey, stripeAccount? }` (public values only; a secret key is',
    '  refused). The widget mounts that provider and sends its token (a Stripe ConfirmationToken)',
    '  as `payment.token` ([Stripe payments](payments/stripe.md)).',
    '- **Payment actions**: `POST /carts/{cartId}/orders` answers `202` with an `action` when the',
    "  shopper must act: `three_d_secure` (the payment origin's page at `url`, framed by the",
    "  widget) or `stripe_next_action` (a PaymentIntent's `clientSecret` for Stripe.js's",
    '  `handleNextAction`; the widget never stores it). Then the widget calls `.../complete`, and',
    '  the backend answers with the order, a decline (`402`, `reason` one of `card_declined`,',
    '  `insufficient_funds`, `expired_card`, `incorrect_cvc`, `authentication_failed`,',
    '  `processing_error`), or the same action while it still waits (with a fresh `clientSecret`',
    '  for a completion that lost it in a reload).',
    '- **CORS**: loopback origins are allowed by default; others with `--allow-origin`.',
    '- Demo-only routes of the mock server (`GET /health`, `GET /images/{file}`, the `--dev` hooks',
    '  `POST /__dev/clock` and friends) are described in',
    '  [its README](../packages/mock-server/README.md).',
    '',
    '## Endpoints',
    '',
    '| Endpoint | What it does |',
    '| --- | --- |',
    ...restRoutes.map((route) => `| \`${route.method} ${route.path}\` | ${route.summary} |`),
    '',
  ]
  for (const route of restRoutes) {
    lines.push(`### \`${route.method} ${route.path}\``, '', route.summary, '')
    if (route.headers)
      lines.push(`Headers: ${route.headers.map((h) => `\`${h}\``).join(', ')}.`, '')
    lines.push(`Success: \`${route.status ?? 200}\`.`, '')
    if (route.request) {
      lines.push('<details><summary>Request body (JSON Schema)</summary>', '')
      lines.push('```json', json(route.request), '```', '', '</details>', '')
    }
    const name = route.response && namedResponses.get(route.response)
    if (name) lines.push(`Response body: [${name}](#${name.toLowerCase()}).`, '')
  }
  lines.push('## Schemas', '')
  for (const [schema, name] of namedResponses) {
    lines.push(`### ${name}`, '', '```json', json(schema), '```', '')
  }
  return lines.join('\n')
}
