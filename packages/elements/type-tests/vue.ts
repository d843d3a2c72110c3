// Compiled, never run: Vue's view of the published typings (`dist/jsx-vue.d.ts`), as Volar reads
// the tags of a template.
import type {} from '@weship/checkout/jsx-vue'
import type { GlobalComponents } from 'vue'

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props']

export const checkout: PropsOf<'weship-checkout'> = { api: '/api/checkout', mode: 'drawer' }
export const addToCart: PropsOf<'weship-add-to-cart'> = { sku: 'MERINO-CREW-NAVY-M', quantity: 2 }
export const status: PropsOf<'weship-order-status'> = { order: 'WS-10001', token: 't' }

// @ts-expect-error: a mode the element does not have
export const badMode: PropsOf<'weship-checkout'> = { mode: 'modal' }
// @ts-expect-error: quantity is a number (or its text)
export const badQuantity: PropsOf<'weship-add-to-cart'> = { sku: 'X', quantity: true }
