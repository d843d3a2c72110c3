import type { MarketingChannel } from '@weship/checkout-core'
import { useCheckout } from '../../components/checkout-context.js'
import { useTranslator } from '../../components/translator-context.js'

/**
 * Consent to marketing e-mail, unticked until the shopper ticks it. One box per channel; SMS is
 * left out here because this step asks for no phone number.
 */
export function MarketingConsent({ channel }: { channel: Extract<MarketingChannel, 'email'> }) {
  const checkout = useCheckout()
  const { t } = useTranslator()
  const consent = checkout.contact.value.marketingConsent ?? {}
  const id = `field-contact.marketingConsent.${channel}`
  return (
    <div part="field consent" class="field">
      <label part="label choice" class="choice" for={id}>
        <input
          type="checkbox"
          id={id}
          name={`contact.marketingConsent.${channel}`}
          checked={consent[channel] === true}
          onChange={(event) =>
            checkout.saveDraftField('contact.marketingConsent', {
              ...consent,
              [channel]: event.currentTarget.checked,
            })
          }
        />
        <span>{t('contact.marketingEmail')}</span>
      </label>
    </div>
  )
}
