import { describe, expect, it } from 'vitest'
import { demoMerchant } from '../engine/demo-merchant.js'
import { messageEnvironment } from './message-environment.js'

describe('messageEnvironment', () => {
  it('keeps the outbox and the demo shop when nothing is set', () => {
    const settings = messageEnvironment({})
    expect(settings.smtpUrl).toBeUndefined()
    expect(settings.merchant).toEqual(demoMerchant)
    expect(settings.merchant?.name).toBe('Northwind Goods')
    expect(settings.invitations).toEqual({})
  })

  it('sends through SMTP_URL and speaks for the shop the variables name', () => {
    const settings = messageEnvironment({
      SMTP_URL: 'smtp://mail.example.com:587',
      WESHIP_MERCHANT_NAME: 'Acme',
      WESHIP_MERCHANT_ADDRESS: '1 Road, Springfield',
      WESHIP_MAIL_FROM: 'Someone Else <orders@acme.example>',
      WESHIP_SHOP_URL: 'https://acme.example/shop',
    })
    expect(settings.smtpUrl).toBe('smtp://mail.example.com:587')
    expect(settings.merchant).toEqual({ name: 'Acme', postalAddress: '1 Road, Springfield' })
    expect(settings.messages?.mailFrom).toBe('Someone Else <orders@acme.example>')
    expect(settings.messages?.shopUrl).toBe('https://acme.example/shop')
  })

  it('sets the invitation’s days and code, and refuses values that cannot work', () => {
    expect(
      messageEnvironment({ WESHIP_INVITATION_DAYS: '21', WESHIP_INVITATION_PERCENT: '15' })
        .invitations,
    ).toEqual({ afterMs: 21 * 86_400_000, incentivePercent: 15 })
    expect(messageEnvironment({ WESHIP_INVITATION_DAYS: 'off' }).invitations).toEqual({
      afterMs: null,
    })
    expect(() => messageEnvironment({ WESHIP_INVITATION_DAYS: '2 weeks' })).toThrow(
      /WESHIP_INVITATION_DAYS must be a whole number/,
    )
    expect(() => messageEnvironment({ WESHIP_INVITATION_PERCENT: '100' })).toThrow(
      /WESHIP_INVITATION_PERCENT/,
    )
  })
})
