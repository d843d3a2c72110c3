/**
 * `amount × numerator ÷ denominator` rounded half up (halves away from zero), in exact integer
 * arithmetic: BigInt keeps large carts free of floating-point error.
 */
export function mulDivRoundHalfUp(amount: number, numerator: number, denominator: number): number {
  const product = BigInt(amount) * BigInt(numerator)
  const divisor = BigInt(denominator)
  const magnitude = product < 0n ? -product : product
  const rounded = (2n * magnitude + divisor) / (2n * divisor)
  return Number(product < 0n ? -rounded : rounded)
}

/** Tax added on top of a net amount at `rateBp` basis points (725 = 7.25 %). */
export const taxOnNet = (net: number, rateBp: number) => mulDivRoundHalfUp(net, rateBp, 10_000)

/** The tax part of a gross amount that already includes it (VAT), at `rateBp` basis points. */
export const taxInGross = (gross: number, rateBp: number) =>
  mulDivRoundHalfUp(gross, rateBp, 10_000 + rateBp)
