import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core'
// Types the weship-* tags' events in templates (HTMLElementEventMap), with strictTemplates.
import type {} from '@weship/checkout'

@Component({
  selector: 'app-store',
  // The weship-* tags are custom elements, not Angular components.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <header>
      <strong>Northwind Supply</strong>
      <weship-cart-button />
    </header>
    <main>
      <ul>
        @for (product of products; track product.sku) {
          <li>
            <h2>{{ product.name }}</h2>
            <p>{{ product.price }}</p>
            <weship-add-to-cart [attr.sku]="product.sku" />
          </li>
        }
      </ul>
      <!-- The events' \`detail\` is typed: no cast, no \`any\`. -->
      <p id="bag-status" role="status">
        {{ orderNumber() ? 'Order ' + orderNumber() + ' placed' : itemCount() + ' in your bag' }}
      </p>
      <weship-checkout
        currency="EUR"
        (weship-cart-change)="itemCount.set($event.detail.cart?.itemCount ?? 0)"
        (weship-order-placed)="orderNumber.set($event.detail.order.number)"
      />
    </main>
  `,
})
export class StoreComponent {
  readonly products = [
    { sku: 'MERINO-CREW-NAVY-M', name: 'Merino Crew Sweater', price: '€89.00' },
    { sku: 'STONEWARE-MUG-SPECKLED', name: 'Stoneware Mug', price: '€22.00' },
  ]
  readonly itemCount = signal(0)
  readonly orderNumber = signal<string | undefined>(undefined)
}
