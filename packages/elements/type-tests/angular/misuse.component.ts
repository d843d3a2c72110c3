// Compiled by ngc with strictTemplates, never run: the misuse the typings must refuse. Each
// binding here is an error; type-tests/angular/check.mjs expects exactly these.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core'
import '@weship/checkout'

@Component({
  selector: 'app-misuse',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<weship-checkout (weship-cart-change)="seen($event.detail.order)" />`,
})
export class MisuseComponent {
  seen(value: unknown) {
    console.log(value)
  }
}
