import { cartSchema, type LineItem, problemSchema } from '@weship/checkout-core'
import type { Hono } from 'hono'
import * as z from 'zod/mini'
import { demoCatalog } from '../catalog/demo-catalog.js'
import { API_ORIGIN, type HostileRequest } from './hostile-requests.js'

export interface Answer {
  status: number
  reason: string | undefined
  body: unknown
}

const receiptLinesSchema = z.pick(cartSchema, { currency: true, items: true })
const priceList = new Map(
  demoCatalog.products.flatMap((product) =>
    product.variants.map((variant) => [variant.sku, variant.prices] as const),
  ),
)

/**
 * Sends one request and holds the server to §3 of the design: no 5xx; every 4xx a problem
 * document with a code; nothing written by a refused request; prices only ever from the catalog.
 * `state` renders everything the engine stores (rate-limit counters are not part of it).
 */
export async function sendChecked(
  app: Hono,
  request: HostileRequest,
  state: () => string,
): Promise<Answer> {
  const before = state()
  const response = await app.request(request.url, request.init)
  const text = await response.text()
  const fail = (why: string) => {
    throw new Error(
      `${why}\n  request: ${request.label}\n  answer: ${response.status} ${text.slice(0, 400)}`,
    )
  }
  assertPrototypeClean(fail)
  if (response.status >= 500) fail('A 5xx answer')
  const body = parseJson(text)
  if (response.status < 400) {
    checkPrices(body, fail)
    return { status: response.status, reason: undefined, body }
  }
  if (response.headers.get('content-type') !== 'application/problem+json') {
    fail(`A ${response.status} without content-type application/problem+json`)
  }
  const problem = problemSchema.safeParse(body)
  if (request.method !== 'HEAD') {
    if (!problem.success || problem.data.code === '' || problem.data.status !== response.status) {
      fail('A 4xx whose body is not a problem document with a code and the same status')
    }
  }
  const after = state()
  if (after !== before)
    fail(`A refused request changed the state: ${firstDifference(before, after)}`)
  return { status: response.status, reason: problem.data?.reason, body }
}

/** After a hostile batch, a shopper's plain requests must still work. */
export async function assertStillServing(app: Hono): Promise<void> {
  const items = [{ sku: 'STONEWARE-MUG-SPECKLED', quantity: 1 }]
  const created = await app.request(`${API_ORIGIN}/carts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ items }),
  })
  const cart = (await created.json()) as { id?: string }
  const read = await app.request(`${API_ORIGIN}/carts/${cart.id}`)
  if (created.status !== 201 || read.status !== 200) {
    throw new Error(`The server stopped serving after the batch: ${created.status}, ${read.status}`)
  }
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text)
  } catch {
    return text
  }
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join()

function assertPrototypeClean(fail: (why: string) => never): void {
  const polluted = ({} as Record<string, unknown>).polluted !== undefined
  if (polluted || Object.getOwnPropertyNames(Object.prototype).join() !== prototypeKeys) {
    fail('Object.prototype was polluted')
  }
}

/** Cart and receipt lines must carry the catalog's price, whatever the body claimed. */
function checkPrices(body: unknown, fail: (why: string) => never): void {
  const lines = linesIn(body)
  if (!lines) return
  for (const line of lines.items) {
    const expected = priceList.get(line.sku)?.[lines.currency]
    if (line.unitPrice.amount !== expected || line.total.amount !== expected * line.quantity) {
      fail(`Line ${line.sku} priced ${line.unitPrice.amount}, the catalog says ${expected}`)
    }
  }
}

function linesIn(body: unknown): { currency: string; items: LineItem[] } | undefined {
  const cart = cartSchema.safeParse(body)
  if (cart.success) return cart.data
  const receipt = (body as { order?: { receipt?: unknown } } | undefined)?.order?.receipt
  const parsed = receiptLinesSchema.safeParse(receipt)
  return parsed.success ? parsed.data : undefined
}

function firstDifference(before: string, after: string): string {
  let index = 0
  while (index < before.length && before[index] === after[index]) index += 1
  const from = Math.max(0, index - 120)
  return `\n    before: …${before.slice(from, index + 120)}\n    after:  …${after.slice(from, index + 120)}`
}
