import { describe, expect, it } from 'vitest'
import { isLoopbackHost } from './loopback.js'
import { paymentPageRefusal, vetPaymentMethods } from './payment-pages.js'
import { shipmentSchema } from './schemas/tracking.js'

const declared = ['https://pay.example']

describe('paymentPageRefusal', () => {
  it.each([
    ['a page on a declared https origin', 'https://pay.example/hosted-fields?x=1'],
    ['a loopback page under the any-port rule', 'http://127.0.0.1:4011/hosted-fields'],
  ])('lets %s be framed', (_case, url) => {
    const sources = [...declared, 'http://127.0.0.1:*']
    expect(paymentPageRefusal(url, sources)).toBeNull()
  })

  it.each([
    ['a javascript: URL', 'javascript:alert(document.domain)', '"javascript:" address'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>', '"data:" address'],
    ['a blob: URL', 'blob:https://pay.example/0b1c', '"blob:" address'],
    ['plain http off this machine', 'http://pay.example/hosted-fields', 'not https'],
    ['another https origin', 'https://pay.evil.example/fields', 'not a declared payment origin'],
    ['the declared host on another port', 'https://pay.example:8443/fields', 'not a declared'],
    ['a look-alike host', 'https://pay.example.evil.example/fields', 'not a declared'],
    ['an address that is no URL', 'pay.example/fields', 'not a URL'],
  ])('refuses %s as CONFIG, naming why', (_case, url, why) => {
    const refused = paymentPageRefusal(url, declared)
    expect(refused).toMatchObject({ code: 'CONFIG', reason: 'payment_page_refused' })
    expect(refused?.message).toContain(why)
    expect(refused?.docsUrl).toMatch(/security\.md#payment-pages$/)
  })

  it('keeps the rest of a refused URL out of the message: its query may hold a secret', () => {
    const refused = paymentPageRefusal('https://other.example/3ds?session=s3cr3t', declared)
    expect(refused?.message).toContain('https://other.example')
    expect(refused?.message).not.toContain('s3cr3t')
  })

  it('refuses everything when nothing is declared', () => {
    expect(paymentPageRefusal('https://pay.example/fields', [])?.message).toContain(
      '(declared: none)',
    )
  })

  it('matches the any-port rule on scheme and host exactly', () => {
    const sources = ['http://localhost:*']
    expect(paymentPageRefusal('http://localhost:9/f', sources)).toBeNull()
    expect(paymentPageRefusal('https://localhost:9/f', sources)).not.toBeNull()
    expect(paymentPageRefusal('http://127.0.0.1:9/f', sources)).not.toBeNull()
  })
})

describe('isLoopbackHost', () => {
  it('knows localhost, 127.0.0.0/8 and [::1], and nothing else', () => {
    for (const host of ['localhost', '127.0.0.1', '127.8.9.10', '[::1]']) {
      expect(isLoopbackHost(host)).toBe(true)
    }
    for (const host of ['localhost.evil.example', '127.0.0.1.evil.example', '10.0.0.1', '[::2]']) {
      expect(isLoopbackHost(host)).toBe(false)
    }
  })
})

describe('vetPaymentMethods', () => {
  it('passes methods without a page and throws on the first page it may not frame', () => {
    const invoice = { id: 'invoice', type: 'invoice' as const, label: 'Invoice' }
    expect(vetPaymentMethods([invoice], [])).toEqual([invoice])
    const card = {
      id: 'card',
      type: 'card' as const,
      label: 'Card',
      hostedFieldsUrl: 'javascript:1',
    }
    expect(() => vetPaymentMethods([invoice, card], declared)).toThrow(/"javascript:" address/)
  })
})

describe('links the widget only navigates to', () => {
  it('takes a carrier’s tracking page only as http(s)', () => {
    const shipment = {
      ...{ id: 's1', index: 1, count: 1, status: 'in_transit', trackingNumber: '1Z9' },
      ...{ estimatedDelivery: null, items: [], events: [] },
    }
    const parses = (trackingUrl: string) => shipmentSchema.safeParse({ ...shipment, trackingUrl })
    expect(parses('https://carrier.example/track/1Z9').success).toBe(true)
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x']) {
      expect(parses(url).success).toBe(false)
    }
  })
})
