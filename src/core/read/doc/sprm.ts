/**
 * Property modifiers ([MS-DOC] 2.6 Single Property Modifiers, 2.2.5.1 Sprm): a grpprl is a list of sprms,
 * each a 2-byte code followed by an operand whose size the code's spra bits give, or a size byte.
 */
import { u16, u8 } from './bytes'

const SPRM_T_DEF_TABLE = 0xd608
const SPRM_P_CHG_TABS = 0xc615

/** Size of a sprm's operand, or undefined when it cannot be known (stop reading that grpprl). */
function operandSize(bytes: Uint8Array, sprm: number, at: number): number | undefined {
  switch ((sprm >> 13) & 7) {
    case 0:
    case 1:
      return 1
    case 2:
    case 4:
    case 5:
      return 2
    case 3:
      return 4
    case 7:
      return 3
    default: {
      if (sprm === SPRM_T_DEF_TABLE) return u16(bytes, at) + 1
      const size = u8(bytes, at)
      if (sprm === SPRM_P_CHG_TABS && size === 255) return undefined
      return size + 1
    }
  }
}

/** Calls `visit` with each sprm of bytes[from, to) and the position of its operand. */
export function forEachSprm(
  bytes: Uint8Array,
  from: number,
  to: number,
  visit: (sprm: number, operand: number) => void,
): void {
  let at = from
  while (at + 2 <= to) {
    const sprm = u16(bytes, at)
    const size = operandSize(bytes, sprm, at + 2)
    if (size === undefined) return
    visit(sprm, at + 2)
    at += 2 + size
  }
}
