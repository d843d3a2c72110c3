import { expectFailure } from './expect-failure.js'
import type { ConformanceFixtures } from './fixtures.js'
import { cartWithItems, checkedCart, expectedTotal, readyToPay } from './prepare.js'
import { describe, expect, it } from './vitest.js'

const optionalPromo = 'optional: capabilities.promoCodes is false, or no promo fixture'

export function checkoutDetailsSuite(fixtures: ConformanceFixtures): void {
  const adapter = () => Promise.resolve(fixtures.createAdapter())

  describe('contact, addresses and delivery', () => {
    it('keeps the contact with its consent', async () => {
      const backend = await adapter()
      const cart = await cartWithItems(backend, fixtures)
      const after = checkedCart(await backend.setContact(cart.id, fixtures.contact))
      expect(after.contact?.email).toBe(fixtures.contact.email)
    })

    it('takes a valid shipping address and refuses an invalid one without writing', async () => {
      const backend = await adapter()
      const cart = await cartWithItems(backend, fixtures)
      const error = await expectFailure(
        backend.setShippingAddress(cart.id, fixtures.invalidAddress),
        'VALIDATION',
      )
      expect(error.fieldErrors.length).toBeGreaterThan(0)
      expect(checkedCart(await backend.getCart(cart.id)).shippingAddress).toBeNull()
      const after = checkedCart(await backend.setShippingAddress(cart.id, fixtures.address))
      expect(after.shippingAddress).toMatchObject({
        country: fixtures.address.country,
        city: fixtures.address.city,
      })
    })

    it('bills the shipping address by default, another when asked, and back', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      expect(cart.billingAddress).toBeNull()
      const billed = checkedCart(await backend.setBillingAddress(cart.id, fixtures.address))
      expect(billed.billingAddress?.line1).toBe(fixtures.address.line1)
      expect(checkedCart(await backend.setBillingAddress(cart.id, null)).billingAddress).toBeNull()
    })

    it('offers priced delivery options for the address, with dates when it declares them', async () => {
      const backend = await adapter()
      const cart = await cartWithItems(backend, fixtures)
      await backend.setShippingAddress(cart.id, fixtures.address)
      const options = await backend.listShippingOptions(cart.id)
      expect(options.length).toBeGreaterThan(0)
      for (const option of options) {
        expect(option.price.currency).toBe(fixtures.currency)
        if (!backend.capabilities.deliveryEstimates) continue
        expect(option.estimatedDelivery).not.toBeNull()
        const { earliest = '', latest = '' } = option.estimatedDelivery ?? {}
        expect(earliest <= latest).toBe(true)
      }
    })

    it('adds the chosen delivery to totals that add up', async () => {
      const backend = await adapter()
      const cart = await readyToPay(backend, fixtures)
      const options = await backend.listShippingOptions(cart.id)
      const chosen = options.find((option) => option.id === cart.shippingOptionId)
      expect(chosen).toBeDefined()
      expect(cart.shipping?.amount).toBe(chosen?.price.amount)
      expect(cart.total.amount).toBe(expectedTotal(cart))
      expect(cart.amountDue.amount).toBe(cart.total.amount)
    })
  })

  describe('codes', () => {
    it('applies a promo code as a discount and removes it again', async ({ skip }) => {
      const backend = await adapter()
      if (!backend.capabilities.promoCodes || !fixtures.promo) return skip(optionalPromo)
      const cart = await cartWithItems(backend, fixtures)
      const discounted = checkedCart(await backend.applyCode(cart.id, fixtures.promo.valid))
      expect(discounted.discounts.length).toBeGreaterThan(0)
      expect(discounted.total.amount).toBeLessThan(cart.total.amount)
      expect(discounted.total.amount).toBe(expectedTotal(discounted))
      const applied = discounted.promoCodes[0] ?? ''
      const restored = checkedCart(await backend.removeCode(cart.id, applied))
      expect(restored.total).toEqual(cart.total)
      expect(restored.promoCodes).toEqual([])
    })

    it('refuses a code with a reason the shopper can be told', async ({ skip }) => {
      const backend = await adapter()
      if (!backend.capabilities.promoCodes || !fixtures.promo) return skip(optionalPromo)
      const cart = await cartWithItems(backend, fixtures)
      const error = await expectFailure(
        backend.applyCode(cart.id, fixtures.promo.refused.code),
        'VALIDATION',
      )
      expect(error.reason).toBe(fixtures.promo.refused.reason)
      expect(checkedCart(await backend.getCart(cart.id)).version).toBe(cart.version)
    })

    it('lets a gift card pay part of the total', async ({ skip }) => {
      const backend = await adapter()
      if (!backend.capabilities.giftCards || !fixtures.giftCard) {
        return skip('optional: capabilities.giftCards is false, or no giftCard fixture')
      }
      const cart = await readyToPay(backend, fixtures)
      const after = checkedCart(await backend.applyCode(cart.id, fixtures.giftCard.code))
      const [card] = after.giftCards
      expect(card?.amount.amount).toBeGreaterThan(0)
      expect(card?.amount.amount).toBeLessThan(after.total.amount)
      expect(card?.remainingBalance.amount).toBe(0)
      expect(after.amountDue.amount).toBe(after.total.amount - (card?.amount.amount ?? 0))
    })
  })
}
