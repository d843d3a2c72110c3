import address from './address.css?inline'
import base from './base.css?inline'
import cart from './cart.css?inline'
import confirmation from './confirmation.css?inline'
import contact from './contact.css?inline'
import controls from './controls.css?inline'
import errorSummary from './error-summary.css?inline'
import fields from './fields.css?inline'
import layout from './layout.css?inline'
import orderStatus from './order-status.css?inline'
import payment from './payment.css?inline'
import print from './print.css?inline'
import review from './review.css?inline'
import shipping from './shipping.css?inline'
import tokens from './tokens.css?inline'

let shared: CSSStyleSheet | undefined

/** The one sheet every element adopts; built on first use so loading the script costs nothing. */
export function sharedStyleSheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet()
    shared.replaceSync(
      [
        tokens,
        base,
        controls,
        fields,
        cart,
        layout,
        contact,
        address,
        shipping,
        errorSummary,
        payment,
        review,
        confirmation,
        orderStatus,
        print,
      ].join('\n'),
    )
  }
  return shared
}
