import { describe, expect, it } from 'vitest'
import { testExamplePurchase } from '../../test/browser/example-purchase'
import { startNextExample } from '../../test/browser/framework-example'

describe('the Next.js example, server rendered', () => {
  // `next build` takes ~20 s on an idle two-core machine and over a minute under CI's load.
  const example = testExamplePurchase(() => startNextExample(import.meta.dirname), {
    startTimeoutMs: 240_000,
  })

  it('sends the elements in its HTML, pointed at the backend the server was started with', async () => {
    const { url, api } = example.site()
    const html = await (await fetch(url)).text()
    expect(html).toContain(`<weship-add-to-cart api="${api}" sku="MERINO-CREW-NAVY-M">`)
    expect(html).toContain(`<weship-checkout api="${api}" currency="EUR">`)
    expect(html).toContain('<p id="bag-status" role="status">0 in your bag</p>')
  })
})
