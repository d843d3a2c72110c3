import type { Merchant } from '@weship/checkout-core'

/** The demo shop the examples show: one name on the pages, the receipts and the e-mails. */
export const demoMerchant: Merchant = {
  name: 'Northwind Goods',
  postalAddress: 'Northwind Goods GmbH, Unter den Linden 1, 10117 Berlin, Germany',
}
