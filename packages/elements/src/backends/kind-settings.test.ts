import { describe, expect, it } from 'vitest'
import type { BackendField, BackendSettings } from './backend-kinds.js'
import { checkSettings } from './kind-settings.js'

const API = 'https://shop.test/store'
const check = (kind: string, settings: Omit<BackendSettings, 'api'>, required?: BackendField) =>
  checkSettings('weship-add-to-cart', kind, { api: API, ...settings }, required)

describe("a kind's own attributes", () => {
  it('pass when they belong to the kind and are well-formed', () => {
    expect(check('vendure', { channelToken: 'eu-store' })).toEqual({
      api: API,
      channelToken: 'eu-store',
    })
    expect(check('medusa', { publishableKey: 'pk_01HV' }, 'publishableKey')).toMatchObject({
      publishableKey: 'pk_01HV',
    })
  })

  it.each<[string, string, Omit<BackendSettings, 'api'>, BackendField | undefined, string, RegExp]>(
    [
      [
        'medusa without its key',
        'medusa',
        {},
        'publishableKey',
        'invalid_publishable_key',
        /"publishable-key" attribute is needed with backend="medusa"; got nothing/,
      ],
      [
        'a secret Medusa key',
        'medusa',
        { publishableKey: 'sk_123' },
        'publishableKey',
        'invalid_publishable_key',
        /"publishable-key" attribute must be a Medusa publishable key \(pk_…\), not a secret key; got "sk_123"/,
      ],
      [
        'a publishable key on Vendure',
        'vendure',
        { publishableKey: 'pk_1' },
        undefined,
        'invalid_publishable_key',
        /"publishable-key" attribute is for backend="medusa" only/,
      ],
      [
        'a channel token on Medusa',
        'medusa',
        { publishableKey: 'pk_1', channelToken: 'eu' },
        'publishableKey',
        'invalid_channel_token',
        /"channel-token" attribute is for backend="vendure" only/,
      ],
      [
        'a channel token that is no header value',
        'vendure',
        { channelToken: 'a\nb' },
        undefined,
        'invalid_channel_token',
        /"channel-token" attribute must be a Vendure channel token/,
      ],
    ],
  )(
    'refuses %s with a CONFIG error naming the attribute',
    (_case, kind, settings, required, reason, message) => {
      let thrown: unknown
      try {
        check(kind, settings, required)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toMatchObject({
        code: 'CONFIG',
        reason,
        message: expect.stringMatching(message),
      })
      expect(thrown).toMatchObject({
        docsUrl: expect.stringMatching(/elements\.md#weship-add-to-cart$/),
      })
    },
  )
})
