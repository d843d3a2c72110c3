// Compiled by ngc with strictTemplates, never run: an Angular template's view of the package's
// global typings (HTMLElementTagNameMap, HTMLElementEventMap), which need no Angular-specific file.
import { Component, CUSTOM_ELEMENTS_SCHEMA, type ElementRef, viewChild } from '@angular/core'
import type { CheckoutElement, WeshipErrorDetail } from '@weship/checkout'
import '@weship/checkout'

@Component({
  selector: 'app-checkout-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <weship-add-to-cart sku="TEE-NAVY-M" (weship-error)="failed($event.detail)" />
    <weship-checkout
      #checkout
      api="/api/checkout"
      (weship-cart-change)="itemCounts.push($event.detail.cart?.itemCount)"
      (weship-order-placed)="placed($event.detail.order.number)"
    />
  `,
})
export class CheckoutPageComponent {
  readonly checkout = viewChild.required<ElementRef<CheckoutElement>>('checkout')
  readonly itemCounts: Array<number | undefined> = []
  failed(detail: WeshipErrorDetail) {
    console.warn(detail.code)
  }
  placed(number: string) {
    console.log(number, this.checkout().nativeElement.mode)
  }
}
