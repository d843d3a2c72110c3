import { cleanup, render, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TranslatorContext } from '../../components/translator-context.js'
import { createTranslator } from '../../i18n/translator.js'
import type { PaymentProvider } from '../../payments/payment-provider.js'
import { PaymentFields } from './payment-fields.js'

afterEach(cleanup)

const method = { id: 'wallet', type: 'wallet' as const, label: 'Wallet' }

function lightProvider() {
  const mount = vi.fn((container: HTMLElement) => {
    container.append(document.createElement('form'))
    return { tokenize: vi.fn(), destroy: vi.fn() }
  })
  const provider: PaymentProvider = { type: 'wallet', mountTarget: 'light', mount }
  return { provider, mount }
}

describe('PaymentFields', () => {
  it('gives a light-DOM provider a container on the host, shown through a slot', async () => {
    const host = document.createElement('div')
    document.body.append(host)
    const root = host.attachShadow({ mode: 'open' })
    const { provider, mount } = lightProvider()
    const onMount = vi.fn()
    const view = render(
      <TranslatorContext.Provider value={createTranslator('en')}>
        <PaymentFields method={method} provider={provider} onMount={onMount} />
      </TranslatorContext.Provider>,
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
})
