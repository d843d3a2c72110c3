import { wholeText } from '../../testing/dom.js'
import '@preact/signals'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { createMemoryAdapter, DEMO_EMAIL, DEMO_PASSWORD } from '@weship/mock-server'
import { afterEach, describe, expect, it } from 'vitest'
import { checkoutWithCart, renderStep } from '../../testing/render-step.js'
import { ContactStep } from './contact-step.js'

afterEach(cleanup)

async function atContact(locale = 'en', adapter = createMemoryAdapter()) {
  const harness = await checkoutWithCart(undefined, { adapter })
  harness.checkout.goTo('contact')
  renderStep(<ContactStep />, harness.checkout, locale)
  return harness
}

const email = () => screen.getByRole('textbox', { name: 'E-mail' })
const continueButton = () => screen.getByRole('button', { name: 'Continue to shipping' })

describe('ContactStep', () => {
  it('lets a guest go on with an e-mail only, saving their locale with it', async () => {
    const { checkout } = await atContact('en-GB')
    expect(screen.getByRole('heading', { name: 'Continue as guest' })).toBeTruthy()
    expect(email().getAttribute('type')).toBe('email')
    expect(email().getAttribute('autocomplete')).toBe('email')
    expect(screen.queryByLabelText(/password/i)).toBeNull()
    fireEvent.input(email(), { target: { value: 'ada@example.com' } })
    fireEvent.click(continueButton())
    await waitFor(() => expect(checkout.step.value).toBe('shipping'))
    expect(checkout.cart.value?.contact).toMatchObject({
      email: 'ada@example.com',
      locale: 'en-GB',
    })
    expect(checkout.cart.value?.contact?.marketingConsent?.email).not.toBe(true)
  })

  it('flags a bad e-mail on blur and clears it on the first valid keystroke', async () => {
    await atContact()
    fireEvent.input(email(), { target: { value: 'ada@' } })
    expect(email().getAttribute('aria-invalid')).toBeNull()
    fireEvent.blur(email())
    const error = await screen.findByText('Enter an e-mail address like name@example.com.')
    expect(email().getAttribute('aria-describedby')).toContain(error.id)
    fireEvent.input(email(), { target: { value: 'ada@example.com' } })
    await waitFor(() => expect(email().getAttribute('aria-invalid')).toBeNull())
    expect(screen.queryByText('Enter an e-mail address like name@example.com.')).toBeNull()
  })

  it('keeps the button still when leaving the field for it, so the first click counts', async () => {
    await atContact()
    fireEvent.input(email(), { target: { value: 'ada@' } })
    // Mouse-down on "Continue" moves focus there: an error shown now would push it away.
    fireEvent.blur(email(), { relatedTarget: continueButton() })
    expect(email().getAttribute('aria-invalid')).toBeNull()
    fireEvent.click(continueButton())
    const name = 'E-mail: Enter an e-mail address like name@example.com.'
    expect(await screen.findByRole('link', { name })).toBeTruthy()
  })

  it('focuses an error summary when continuing without an e-mail, linked to the field', async () => {
    const { checkout } = await atContact()
    fireEvent.click(continueButton())
    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(document.activeElement).toBe(summary))
    expect(summary.textContent).toContain('Please check the following:')
    const link = within(summary).getByRole('link', { name: 'E-mail: This field is required.' })
    fireEvent.click(link)
    expect(document.activeElement).toBe(email())
    expect(checkout.step.value).toBe('contact')
  })

  it('leaves marketing consent unticked, and saves it once ticked', async () => {
    const { checkout } = await atContact()
    const consent = screen.getByRole('checkbox', { name: 'E-mail me news and offers' })
    expect((consent as HTMLInputElement).checked).toBe(false)
    fireEvent.click(consent)
    fireEvent.input(email(), { target: { value: 'ada@example.com' } })
    fireEvent.click(continueButton())
    await waitFor(() => expect(checkout.step.value).toBe('shipping'))
    expect(checkout.cart.value?.contact?.marketingConsent).toEqual({ email: true })
  })

  it('signs a returning customer in, prefilling their e-mail and saved address', async () => {
    const { checkout } = await atContact()
    const toggle = screen.getByRole('button', { name: 'Sign in for faster checkout' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(toggle)
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: DEMO_PASSWORD } })
    const forms = screen.getAllByRole('textbox', { name: 'E-mail' })
    fireEvent.input(forms[1] as HTMLElement, { target: { value: DEMO_EMAIL } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText(wholeText('Signed in as Dana Demo'))).toBeTruthy()
    expect(checkout.shippingAddress.value).toMatchObject({ city: 'Berlin', postalCode: '10119' })
    expect((email() as HTMLInputElement).value).toBe(DEMO_EMAIL)
    await waitFor(() => expect(document.activeElement).toBe(continueButton()))
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }))
    await screen.findByRole('heading', { name: 'Continue as guest' })
    expect(checkout.customer.value).toBeNull()
  })

  it('says so by the password when the sign-in is refused', async () => {
    const { checkout } = await atContact()
    fireEvent.click(screen.getByRole('button', { name: 'Sign in for faster checkout' }))
    const password = screen.getByLabelText('Password')
    fireEvent.input(screen.getAllByRole('textbox', { name: 'E-mail' })[1] as HTMLElement, {
      target: { value: DEMO_EMAIL },
    })
    fireEvent.input(password, { target: { value: 'not-the-password' } })
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    const error = await screen.findByText('The e-mail address or password is not right.')
    expect(password.getAttribute('aria-describedby')).toBe(error.id)
    await waitFor(() => expect(document.activeElement).toBe(password))
    expect(checkout.customer.value).toBeNull()
  })

  it('offers no sign-in when the shop has no accounts', async () => {
    const memory = createMemoryAdapter()
    const adapter = { ...memory, capabilities: { ...memory.capabilities, accounts: false } }
    await atContact('en', adapter)
    expect(screen.queryByRole('button', { name: 'Sign in for faster checkout' })).toBeNull()
  })

  it('speaks Arabic', async () => {
    await atContact('ar')
    expect(screen.getByRole('heading', { name: 'المتابعة كضيف' })).toBeTruthy()
    expect(screen.getByRole('textbox', { name: 'البريد الإلكتروني' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'المتابعة إلى الشحن' })).toBeTruthy()
  })
})
