import type { StoredCustomer } from './account-state.js'

/** The documented demo login: `demo@weship.dev` / `weship-demo-2026`. */
export const DEMO_EMAIL = 'demo@weship.dev'
export const DEMO_PASSWORD = 'weship-demo-2026'

/**
 * The demo customer, with the hash of DEMO_PASSWORD computed once ahead of time: hashing it at
 * every engine start would cost every test a tenth of a second.
 */
export function demoCustomer(createdAt: string): StoredCustomer {
  return {
    id: 'cus_demo',
    email: DEMO_EMAIL,
    name: 'Dana Demo',
    passwordHash:
      'scrypt$16384$8$1$07S68cODIO1Ms3zRv3HwfQ$sSBW5kEpojaw6TYVUzyVV5DfyV5C9iiDtQgBd2FDiZw',
    addresses: [
      {
        name: 'Dana Demo',
        line1: 'Torstraße 109',
        city: 'Berlin',
        postalCode: '10119',
        country: 'DE',
      },
      {
        name: 'Dana Demo',
        line1: '500 Howard Street',
        line2: 'Suite 300',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94105',
        country: 'US',
      },
    ],
    createdAt,
  }
}
