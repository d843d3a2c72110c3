import { cleanup, render, waitFor } from '@testing-library/preact'
import type { Checkout } from '@weship/checkout-core'
import type { ComponentChild } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CheckoutContext } from '../../components/checkout-context.js'
import { TranslatorContext } from '../../components/translator-context.js'
import { createTranslator } from '../../i18n/translator.js'
import type { MountedPayment, PaymentProvider } from '../../payments/payment-provider.js'
import { shopAtPayment } from '../../testing/payment-harness.js'
import { PaymentFields } from './payment-fields.js'

afterEach(cleanup)

const method = { id: 'wallet', type: 'wallet' as const, label: 'Wallet' }

function lightProvider() {
  const update = vi.fn<NonNullable<MountedPayment['update']>>()
  const mount = vi.fn<PaymentProvider['mount']>((container) => {
    container.append(document.createElement('form'))
    return { tokenize: vi.fn(), update, destroy: vi.fn() }
  })
  const provider: PaymentProvider = { type: 'wallet', mountTarget: 'light', mount }
  return { provider, mount, update }
}

function withContexts(view: ComponentChild, checkout: Checkout, locale = 'en') {
  return (
    <TranslatorContext.Provider value={createTranslator(locale)}>
      <CheckoutContext.Provider value={checkout}>{view}</CheckoutContext.Provider>
    </TranslatorContext.Provider>
  )
}

describe('PaymentFields', () => {
  it('gives a light-DOM provider a container on the host, shown through a slot', async () => {
    const { checkout } = await shopAtPayment()
    const host = document.createElement('div')
    document.body.append(host)
    const root = host.attachShadow({ mode: 'open' })
    const { provider, mount } = lightProvider()
    const onMount = vi.fn()
    const view = render(
      withContexts(
        <PaymentFields method={method} provider={provider} onMount={onMount} />,
        checkout,
      ),
      { container: root as unknown as HTMLElement },
    )
    const container = mount.mock.calls[0]?.[0]
    expect(container?.parentNode).toBe(host)
    expect(container?.slot).toBe('payment-fields')
    expect(root.querySelector('slot[name="payment-fields"]')).not.toBeNull()
    expect(onMount).toHaveBeenCalledWith(
      expect.objectContaining({ tokenize: expect.any(Function) }),
    )
    view.unmount()
    await waitFor(() => expect(container?.isConnected).toBe(false))
    expect(onMount).toHaveBeenLastCalledWith(null)
  })

  it('mounts with the amount due and follows a code that changes it, without remounting', async () => {
    const { checkout } = await shopAtPayment()
    const due = checkout.cart.value?.amountDue
    const { provider, mount, update } = lightProvider()
    render(
      withContexts(
        <PaymentFields method={method} provider={provider} onMount={vi.fn()} />,
        checkout,
      ),
    )
    expect(mount.mock.calls[0]?.[1]).toMatchObject({ amount: due, locale: 'en' })
    expect(update).not.toHaveBeenCalled()
    expect(await checkout.applyCode('GIFT-DEMO-EURO-0050')).toBe(true)
    const after = checkout.cart.value?.amountDue
    expect(after?.amount).toBeLessThan(due?.amount ?? 0)
    await waitFor(() => expect(update).toHaveBeenCalledWith({ amount: after, locale: 'en' }))
    expect(mount).toHaveBeenCalledOnce()
  })
})
