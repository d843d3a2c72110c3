import { afterEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../../server/start-mock-server.js'
import { postPurchaseShopper } from '../../testing/post-purchase-shopper.js'

let server: MockServer | undefined
afterEach(async () => {
  await server?.close()
})

interface Listed {
  id: string
  kind: string
  subject: string
  to: string
}

/** The confirmation is sent just after the order's answer: poll briefly for it. */
async function outboxOnceFilled(url: string): Promise<Listed[]> {
  for (let tries = 0; tries < 100; tries += 1) {
    const json = await fetch(`${url}/__dev/outbox`, { headers: { accept: 'application/json' } })
    const { messages } = (await json.json()) as { messages: Listed[] }
    if (messages.length > 0) return messages
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('The outbox stayed empty.')
}

describe('GET /__dev/outbox', () => {
  it('lists sent messages as JSON or a page, and shows each as it would appear', async () => {
    server = await startMockServer({ port: 0, paymentPort: 0, dev: true })
    const shopper = postPurchaseShopper(server)
    const order = await shopper.order(
      await shopper.cartWithContact({ email: 'ada@example.com', consent: false, locale: 'es' }),
    )
    const messages = await outboxOnceFilled(server.url)
    expect(messages).toMatchObject([
      {
        kind: 'order_confirmation',
        to: 'ada@example.com',
        subject: `Tu pedido ${order.number} está confirmado`,
      },
    ])
    const page = await fetch(`${server.url}/__dev/outbox`)
    expect(page.headers.get('content-type')).toContain('text/html')
    const id = messages[0]?.id ?? ''
    expect(await page.text()).toContain(`href="/__dev/outbox/${id}"`)

    const rendered = await fetch(`${server.url}/__dev/outbox/${id}`)
    expect(rendered.headers.get('content-security-policy')).toContain('sandbox')
    expect(await rendered.text()).toContain('Gracias por tu pedido')
    const text = await fetch(`${server.url}/__dev/outbox/${id}?part=text`)
    expect(await text.text()).toContain('Subtotal')
    const missing = await fetch(`${server.url}/__dev/outbox/999`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toBe('application/problem+json')
  }, 30_000)

  it('is not served without --dev', async () => {
    server = await startMockServer({ port: 0, paymentPort: 0 })
    expect((await fetch(`${server.url}/__dev/outbox`)).status).toBe(404)
  })
})
