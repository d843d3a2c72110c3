import '@preact/signals'
import { cleanup, render, waitFor } from '@testing-library/preact'
import type { Address } from '@weship/checkout-core'
import { afterEach, describe, expect, it } from 'vitest'
import { createTranslator } from '../i18n/translator.js'
import { PostalAddress } from './postal-address.js'
import { TranslatorContext } from './translator-context.js'

afterEach(cleanup)

function renderAddress(address: Address, locale = 'en') {
  const view = render(
    <TranslatorContext.Provider value={createTranslator(locale)}>
      <PostalAddress address={address} />
    </TranslatorContext.Provider>,
  )
  const block = view.container.querySelector('address')
  if (!block) throw new Error('no <address>')
  const lines = () =>
    [...block.querySelectorAll('.address-line')].map((line) => line.textContent ?? '')
  return { block, lines }
}

describe('PostalAddress', () => {
  it('writes a US address the American way, once its country’s data is here', async () => {
    const { block, lines } = renderAddress({
      name: 'Ada Lovelace',
      line1: '350 Fifth Avenue',
      city: 'New York',
      region: 'NY',
      postalCode: '10118',
      country: 'US',
    })
    await waitFor(() => expect(block.getAttribute('aria-busy')).toBeNull())
    expect(lines()).toEqual([
      'Ada Lovelace',
      '350 Fifth Avenue',
      'New York, NY 10118',
      'United States',
    ])
  })

  it('writes a Japanese address in Japanese order, each line isolated for right-to-left pages', async () => {
    const { block, lines } = renderAddress(
      {
        name: '山田太郎',
        line1: '渋谷区渋谷1-2-3',
        region: '13',
        postalCode: '150-0002',
        country: 'JP',
      },
      'ar',
    )
    await waitFor(() => expect(lines()).toHaveLength(5))
    expect(lines()).toEqual(['〒150-0002', '東京都', '渋谷区渋谷1-2-3', '山田太郎', 'اليابان'])
    for (const line of block.querySelectorAll('.address-line')) {
      expect(line.getAttribute('dir')).toBe('auto')
    }
  })
})
