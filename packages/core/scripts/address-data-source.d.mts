export interface AddressDataDefaults {
  format: string
  required: string
  upper: string
  labels: { region: string; city: string; district: string; postal: string }
}
export function sourceVersion(): string
export function sourceCountries(): string[]
export function sourceDefaults(): AddressDataDefaults
export function compactCountry(
  code: string,
  defaults?: AddressDataDefaults,
): Record<string, unknown>
export function buildAddressData(): {
  version: string
  defaults: AddressDataDefaults
  groups: Record<string, Record<string, Record<string, unknown>>>
}
export function groupFileText(
  group: Record<string, Record<string, unknown>>,
  version?: string,
): string
export function groupJson(text: string): string
