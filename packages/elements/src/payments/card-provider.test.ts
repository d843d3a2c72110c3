import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCardProvider } from './card-provider.js'
import type { PaymentMountContext } from './payment-provider.js'

const PAY = 'https://pay.example'
const method = {
  id: 'card',
  type: 'card' as const,
  label: 'Card',
  hostedFieldsUrl: `${PAY}/hosted-fields`,
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

/** The payment page's side of the protocol is played by the test, through a stand-in window. */
function fakeFrameWindow() {
  const frameWindow = { postMessage: vi.fn() } as unknown as Window
  vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockReturnValue(frameWindow)
  return frameWindow
}

function mountCard(timeoutMs = 1000, locale = 'en', extra: Partial<PaymentMountContext> = {}) {
  const frameWindow = fakeFrameWindow()
  const container = document.createElement('div')
  document.body.append(container)
  const mounted = createCardProvider({ timeoutMs }).mount(container, {
    method,
    locale,
    title: 'Secure card fields',
    amount: { amount: 4290, currency: 'EUR' },
    ...extra,
  })
  const frame = container.querySelector('iframe')
  if (!frame) throw new Error('no frame')
  const posted = vi.mocked(frameWindow.postMessage)
  const fromFrame = (data: unknown, origin = PAY, source: Window | null = frameWindow) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
  return { mounted, frame, posted, fromFrame }
}

describe('card provider', () => {
  it('frames the hosted fields with a title, telling them the parent origin', () => {
    const { frame } = mountCard()
    const src = new URL(frame.src)
    expect(`${src.origin}${src.pathname}`).toBe(`${PAY}/hosted-fields`)
    expect(src.searchParams.get('origin')).toBe(location.origin)
    expect(frame.title).toBe('Secure card fields')
  })

  it('never frames a javascript: or data: page, even if a caller passes one', () => {
    const container = document.createElement('div')
    for (const hostedFieldsUrl of ['javascript:alert(1)', 'data:text/html,<p>card</p>']) {
      const mount = () =>
        createCardProvider().mount(container, {
          method: { ...method, hostedFieldsUrl },
          locale: 'en',
          title: 'Secure card fields',
          amount: { amount: 4290, currency: 'EUR' },
        })
      expect(mount).toThrow(expect.objectContaining({ code: 'CONFIG' }))
    }
    expect(container.querySelector('iframe')).toBeNull()
  })

  it('tells the hosted fields the widget’s locale, so their labels and errors speak it', () => {
    const { frame } = mountCard(1000, 'de-AT')
    const src = new URL(frame.src)
    expect(src.searchParams.get('locale')).toBe('de-AT')
    expect(src.searchParams.get('origin')).toBe(location.origin)
  })

  it('asks for a token once the frame is ready and resolves with brand and last four', async () => {
    const { mounted, posted, fromFrame } = mountCard()
    const token = mounted.tokenize()
    expect(mounted.tokenize()).toBe(token)
    expect(posted).not.toHaveBeenCalled()
    fromFrame({ type: 'weship:ready' })
    expect(posted).toHaveBeenCalledExactlyOnceWith({ type: 'weship:tokenize' }, PAY)
    fromFrame({ type: 'weship:token', token: 'tok_1', brand: 'visa', last4: '4242' })
    await expect(token).resolves.toEqual({ token: 'tok_1', brand: 'visa', last4: '4242' })
  })

  it('gives the frame the name to prefill once it is ready, and passes on its changes', () => {
    const onChange = vi.fn()
    const { posted, fromFrame } = mountCard(1000, 'en', { cardholderName: 'Erika', onChange })
    fromFrame({ type: 'weship:ready' })
    expect(posted).toHaveBeenCalledExactlyOnceWith({ type: 'weship:prefill', name: 'Erika' }, PAY)
    fromFrame({ type: 'weship:change', complete: true })
    fromFrame({ type: 'weship:change', complete: true }, 'https://evil.example')
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ type: 'weship:change', complete: true })
  })

  it('sizes the frame from its resize messages', () => {
    const { frame, fromFrame } = mountCard()
    fromFrame({ type: 'weship:resize', height: 312 })
    expect(frame.style.height).toBe('312px')
  })

  it('ignores messages from another origin or another window', async () => {
    const { mounted, frame, fromFrame } = mountCard()
    fromFrame({ type: 'weship:ready' })
    const token = mounted.tokenize()
    fromFrame({ type: 'weship:token', token: 'tok_evil' }, 'https://evil.example')
    fromFrame({ type: 'weship:token', token: 'tok_evil' }, PAY, window)
    fromFrame({ type: 'weship:resize', height: 999 }, 'https://evil.example')
    expect(frame.style.height).toBe('')
    fromFrame({ type: 'weship:token', token: 'tok_good' })
    await expect(token).resolves.toMatchObject({ token: 'tok_good' })
  })

  it('rejects when the frame refuses the card, leaving the errors to the frame', async () => {
    const { mounted, fromFrame } = mountCard()
    fromFrame({ type: 'weship:ready' })
    const token = mounted.tokenize()
    fromFrame({ type: 'weship:token-error', fields: [{ field: 'number', message: 'Bad.' }] })
    await expect(token).rejects.toMatchObject({ code: 'VALIDATION' })
  })

  it('gives up after its timeout, and a destroyed frame stops listening', async () => {
    vi.useFakeTimers()
    const { mounted, frame } = mountCard(500)
    const token = mounted.tokenize()
    vi.advanceTimersByTime(500)
    await expect(token).rejects.toMatchObject({ code: 'NETWORK', reason: 'timeout' })
    vi.useRealTimers()
    const again = mounted.tokenize()
    mounted.destroy()
    await expect(again).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(frame.isConnected).toBe(false)
  })
})
