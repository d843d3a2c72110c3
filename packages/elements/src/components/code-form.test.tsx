import '@preact/signals'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkoutWithCart, renderStep } from '../testing/render-step.js'
import { CodeForm } from './code-form.js'

afterEach(cleanup)

/** The form over a cart of the in-process shop, opened and with `code` typed. */
async function openCodeForm(code: string) {
  const { checkout, adapter } = await checkoutWithCart()
  const sent = vi.spyOn(adapter, 'applyCode')
  const cart = checkout.cart.value
  if (!cart) throw new Error('no cart')
  renderStep(<CodeForm cart={cart} />, checkout)
  fireEvent.click(screen.getByRole('button', { name: 'Add a promo code or gift card' }))
  const field = screen.getByRole('textbox', { name: 'Promo code or gift card' })
  fireEvent.input(field, { target: { value: code } })
  return { checkout, sent }
}

describe('CodeForm', () => {
  it('applies a code once for a double submit, without an "already applied" refusal', async () => {
    const { checkout, sent } = await openCodeForm('WELCOME10')
    const apply = screen.getByRole('button', { name: 'Apply' })
    // Both before any re-render, as a fast double click or double Enter is.
    apply.click()
    apply.click()
    await waitFor(() => expect(checkout.cart.value?.promoCodes).toEqual(['WELCOME10']))
    await waitFor(() => expect(checkout.busy.value.has('applyCode')).toBe(false))
    // One request: over HTTP a second one comes back "code_already_applied".
    expect(sent).toHaveBeenCalledTimes(1)
    expect(checkout.fieldErrors.value.code).toBeUndefined()
    expect(screen.queryByText('This code is already applied.')).toBeNull()
  })
  it('asks for a code when Apply is pressed with none, sending nothing', async () => {
    const { sent } = await openCodeForm('   ')
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }))
    expect(await screen.findByText('This field is required.')).toBeTruthy()
    expect(sent).not.toHaveBeenCalled()
  })
})
