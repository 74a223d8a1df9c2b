import { compareNatural } from '../text/naturalOrder'

/** The order agency names are shown in everywhere: Chinese collation, numbers by their value. */
export function compareAgencyNames(a: string, b: string): number {
  return compareNatural(a, b)
}
