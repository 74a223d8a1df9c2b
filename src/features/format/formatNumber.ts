const countFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 })
const rateFormat = new Intl.NumberFormat('zh-CN', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
})
const decimalFormats = new Map<number, Intl.NumberFormat>()

/** Decimal places of the shortest text that reads back as this number (2221.9632 → 4, 1e-7 → 7). */
function decimalPlaces(value: number): number {
  const [mantissa = '', exponent] = String(Math.abs(value)).split('e')
  const fraction = mantissa.split('.')[1]?.length ?? 0
  const shift = exponent === undefined ? 0 : -Number(exponent)
  return Math.min(20, Math.max(0, fraction + shift))
}

/** A count: 517645 → "517,645". */
export function formatCount(value: number): string {
  return countFormat.format(value)
}

/** A money amount with every decimal the report gave: 5949.088667 → "5,949.088667", never rounded. */
export function formatDecimal(value: number): string {
  const places = decimalPlaces(value)
  let format = decimalFormats.get(places)
  if (!format) {
    format = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: places, maximumFractionDigits: places })
    decimalFormats.set(places, format)
  }
  return format.format(value)
}

/** A share: 8/51 → "15.7%". */
export function formatRate(value: number): string {
  return rateFormat.format(value)
}
