import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { CheckoutError, formatMoney } from '@weship/checkout-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TranslatorContext } from '../../components/translator-context.js'
import { createTranslator } from '../../i18n/translator.js'
import { cartOf, lineItem } from '../../testing/cart-fixtures.js'
import { CartStep } from './cart-step.js'
import type { CartViewState } from './cart-view-state.js'

afterEach(cleanup)

function renderStep(state: CartViewState, locale = 'en') {
  const actions = { onRetry: vi.fn(), onStartOver: vi.fn() }
  render(
    <TranslatorContext.Provider value={createTranslator(locale)}>
      <CartStep state={state} {...actions} />
    </TranslatorContext.Provider>,
  )
  return actions
}

const cart = cartOf('c1', [lineItem('TEE-NAVY-M', 1), lineItem('MUG-WHITE', 2)])

describe('CartStep', () => {
  it('lists lines and totals in the shopper’s language', () => {
    renderStep({ kind: 'cart', cart, busy: false }, 'de-DE')
    expect(screen.getByRole('heading', { name: 'Dein Warenkorb' })).toBeTruthy()
    expect(screen.getByRole('list', { name: 'Artikel in deinem Warenkorb' })).toBeTruthy()
    expect(screen.getByText('Navy · M')).toBeTruthy()
    expect(screen.getByText('Menge 2')).toBeTruthy()
    expect(
      screen.getAllByText('12,90 €', { normalizer: (s) => s.replace(/\s/g, ' ') }),
    ).toHaveLength(1)
    expect(
      screen.getAllByText('29,90 €', { normalizer: (s) => s.replace(/\s/g, ' ') }),
    ).toHaveLength(2)
  })

  it('leaves out the options line for a product without options', () => {
    renderStep({ kind: 'cart', cart: cartOf('c2', [lineItem('MUG-WHITE', 1)]), busy: false })
    const line = screen.getByRole('listitem')
    expect(line.querySelector('[part~="line-item-options"]')).toBeNull()
  })

  it('gives the price of one on a line of several, and only there', () => {
    renderStep({ kind: 'cart', cart, busy: false })
    const [tee, mugs] = screen.getAllByRole('listitem')
    const mug = cart.items.find((item) => item.sku === 'MUG-WHITE')
    if (!tee || !mugs || !mug) throw new Error('no lines')
    expect(within(mugs).getByText(`${formatMoney(mug.unitPrice, 'en')} each`)).toBeTruthy()
    expect(tee.textContent).not.toContain('each')
  })

  it('announces loading politely', () => {
    renderStep({ kind: 'loading' }, 'es')
    expect(screen.getByRole('status').textContent).toBe('Cargando tu carrito…')
  })

  it('offers "Try again" for a failure the shopper can retry', () => {
    const error = new CheckoutError('NETWORK', 'down', { reason: 'timeout' })
    const { onRetry } = renderStep({ kind: 'error', error })
    expect(screen.getByRole('alert').textContent).toContain('taking too long')
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })
})
