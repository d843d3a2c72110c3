import { fireEvent } from '@testing-library/preact'
import type { AdapterCall } from '@weship/checkout-core/testing'
import { answerTestChallenge, type CommerceEngine } from '@weship/mock-server'
import { bankSays, challengeOn, type ShopPage } from './shop-page.js'

// The moves of a whole purchase: add to cart twice, change a quantity, apply a code, reload,
// contact, address, delivery, card, 3-D Secure. Each says how the shopper makes it, when it is
// done, and what the shopper does meanwhile when its answer is late.

type Page = ShopPage

/** The e-mail and the city the shopper settles on after changing their mind while waiting. */
export const retyped = { email: 'ada.lovelace@example.com', city: 'Potsdam', postalCode: '14467' }

/** The calls of the purchase, in the order the shopper's moves first make them. */
export const purchaseCalls: AdapterCall[] = [
  'createCart',
  'addItem',
  'updateItem',
  'applyCode',
  'getCart',
  'setContact',
  'setShippingAddress',
  'listShippingOptions',
  'selectShippingOption',
  'listPaymentMethods',
  'placeOrder',
  'completePaymentAction',
]

export interface Move {
  name: string
  act(page: Page): unknown
  done(page: Page): boolean
  /** What an impatient shopper does while the answer is late, and the words for it. */
  meanwhile?(page: Page): unknown
  meanwhileDoes?: string
}

const text = (page: Page) => page.current.checkout.shadowRoot?.textContent ?? ''
const radio = (page: Page, name: RegExp) =>
  page.current.shopper.view.queryByRole('radio', { name }) as HTMLInputElement | null

export const busy = (page: Page) =>
  page.current.checkout.shadowRoot?.querySelector('[aria-busy="true"], .spinner') !== null

export const purchaseMoves = (engine: CommerceEngine): Move[] => [
  {
    name: 'add to cart',
    act: async (page) =>
      fireEvent.click(await page.current.addView.findByRole('button', { name: 'Add to cart' })),
    done: (page) => /1 item/.test(text(page)),
  },
  {
    name: 'add another',
    act: async (page) =>
      fireEvent.click(await page.current.addView.findByRole('button', { name: 'Add to cart' })),
    done: (page) => /2 items/.test(text(page)),
  },
  {
    name: 'one more in the cart',
    act: async (page) =>
      fireEvent.click(await page.current.shopper.findButton(/^Increase quantity of/)),
    done: (page) => /3 items/.test(text(page)) && !page.current.shopper.part('status'),
  },
  {
    name: 'apply a code',
    act: async (page) => {
      const { shopper } = page.current
      if (!shopper.view.queryByRole('textbox', { name: 'Promo code or gift card' })) {
        fireEvent.click(await shopper.findButton('Add a promo code or gift card'))
      }
      shopper.type('Promo code or gift card', 'WELCOME10')
      shopper.click('Apply')
    },
    done: (page) => !!page.current.shopper.view.queryByRole('button', { name: 'Remove WELCOME10' }),
    meanwhileDoes: 'the shopper presses Apply again',
    meanwhile: (page) => {
      const apply = page.current.shopper.view.queryByRole('button', { name: 'Apply' })
      if (apply) fireEvent.click(apply)
    },
  },
  {
    name: 'reload the page',
    act: (page) => page.reload(),
    done: (page) => /3 items/.test(text(page)) && /Discount \(WELCOME10\)/.test(text(page)),
  },
  {
    name: 'contact',
    act: async (page) => {
      const { shopper } = page.current
      if (shopper.step() !== 'Contact') fireEvent.click(await shopper.findButton('Check out'))
      await shopper.findField('E-mail')
      if (!shopper.value('E-mail')) shopper.typeEmail()
      shopper.click('Continue to shipping')
    },
    done: (page) => page.current.shopper.step() === 'Shipping',
    meanwhileDoes: 'the shopper fixes the e-mail and presses Continue again',
    meanwhile: (page) => {
      const { shopper } = page.current
      shopper.type('E-mail', retyped.email)
      shopper.click('Continue to shipping')
    },
  },
  {
    name: 'address',
    act: async (page) => {
      const { shopper } = page.current
      await shopper.findField('Full name')
      if (!shopper.value('Full name')) shopper.typeAddress()
      shopper.leaveAddress()
    },
    done: (page) => !!radio(page, /Standard delivery/)?.checked,
    meanwhileDoes: 'the shopper changes city and postal code',
    meanwhile: (page) => {
      const { shopper } = page.current
      shopper.type('City', retyped.city)
      shopper.type('Postal code', retyped.postalCode)
      shopper.leaveAddress()
    },
  },
  {
    name: 'express delivery',
    act: (page) => {
      const express = radio(page, /Express delivery/)
      if (express) fireEvent.click(express)
    },
    done: (page) => !!radio(page, /Express delivery/)?.checked && !busy(page),
    // Picked while the answer to the first choice is still on its way.
    meanwhileDoes: 'the shopper has picked Express meanwhile',
  },
  {
    name: 'payment',
    act: async (page) =>
      fireEvent.click(await page.current.shopper.findButton('Continue to payment')),
    done: (page) =>
      page.current.shopper.step() === 'Payment' &&
      !!page.current.shopper.view.queryByRole('button', { name: 'Continue to review' }) &&
      !!page.current.checkout.shadowRoot?.querySelector('[data-testid="card-fields"]'),
  },
  {
    name: 'review',
    act: async (page) =>
      fireEvent.click(await page.current.shopper.findButton('Continue to review')),
    done: (page) => page.current.shopper.step() === 'Review and pay',
  },
  {
    name: 'pay',
    act: async (page) => fireEvent.click(await page.current.shopper.findButton(/^Pay /)),
    done: (page) => !!page.current.checkout.shadowRoot?.querySelector('dialog[open]'),
    meanwhileDoes: 'the shopper presses Pay again',
    meanwhile: (page) => {
      const pay = page.current.shopper.view.queryByRole('button', { name: /^Pay / })
      if (pay) fireEvent.click(pay)
    },
  },
  {
    name: '3-D Secure',
    act: (page) => {
      const challenge = challengeOn(page)
      if (!challenge) return
      answerTestChallenge(engine, challenge.actionId, 'pass')
      bankSays(challenge)
    },
    done: (page) => page.current.shopper.step() === 'Thank you for your order',
    meanwhileDoes: 'the bank page says it is done once more',
    meanwhile: (page) => {
      const challenge = challengeOn(page)
      if (challenge) bankSays(challenge)
    },
  },
]
