import { afterEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../../server/start-mock-server.js'
import { postPurchaseShopper } from '../../testing/post-purchase-shopper.js'

let server: MockServer | undefined
afterEach(async () => {
  await server?.close()
})

describe('GET /__dev/outbox', () => {
  it('lists sent messages as JSON or a page, and shows each as it would appear', async () => {
    server = await startMockServer({ port: 0, paymentPort: 0, dev: true })
    const shopper = postPurchaseShopper(server)
    const order = await shopper.order(
      await shopper.cartWithContact({ email: 'ada@example.com', consent: false, locale: 'es' }),
    )
    const json = await fetch(`${server.url}/__dev/outbox`, {
      headers: { accept: 'application/json' },
    })
    const { messages } = (await json.json()) as {
      messages: { id: string; kind: string; subject: string; to: string }[]
    }
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
