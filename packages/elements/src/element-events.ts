import type { WeshipEventName } from '@weship/checkout-core'

/**
 * The events each element dispatches, as its doc block's `@event` tags list them (a test keeps
 * the two equal). The framework typings read it as a type only: the details come from
 * `WeshipEventMap`, so a change there reaches every framework's handlers.
 */
export const elementEvents = {
  'weship-checkout': [
    'weship-ready',
    'weship-cart-change',
    'weship-error',
    'weship-step-change',
    'weship-order-placed',
    'weship-checkout-abandon',
    'weship-payment-failed',
  ],
  'weship-add-to-cart': ['weship-ready', 'weship-cart-change', 'weship-error'],
  'weship-cart-button': ['weship-ready', 'weship-error'],
  'weship-order-status': [
    'weship-ready',
    'weship-error',
    'weship-tracking-update',
    'weship-feedback-submit',
  ],
} as const satisfies Record<string, readonly WeshipEventName[]>

export type WeshipTag = keyof typeof elementEvents

/** The names of the events `<Tag>` dispatches. */
export type ElementEventName<Tag extends WeshipTag> = (typeof elementEvents)[Tag][number]
