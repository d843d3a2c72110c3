import { describe, expect, it } from 'vitest'
import { demoMessageSettings } from '../messages/message-content.js'
import { messageEnvironment } from './message-environment.js'

describe('messageEnvironment', () => {
  it('keeps the outbox and the demo merchant when nothing is set', () => {
    const settings = messageEnvironment({})
    expect(settings.smtpUrl).toBeUndefined()
    expect(settings.messages?.merchant).toEqual(demoMessageSettings.merchant)
  })

  it('sends through SMTP_URL and speaks for the merchant the variables name', () => {
    const settings = messageEnvironment({
      SMTP_URL: 'smtp://mail.example.com:587',
      WESHIP_MERCHANT_NAME: 'Acme',
      WESHIP_MERCHANT_ADDRESS: '1 Road, Springfield',
      WESHIP_SHOP_URL: 'https://acme.example/shop',
    })
    expect(settings.smtpUrl).toBe('smtp://mail.example.com:587')
    expect(settings.messages?.merchant).toMatchObject({
      name: 'Acme',
      postalAddress: '1 Road, Springfield',
    })
    expect(settings.messages?.shopUrl).toBe('https://acme.example/shop')
  })
})
