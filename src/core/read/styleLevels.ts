/**
 * How the levels of Word's style hierarchy combine (ECMA-376 Part 1, 17.7.3; [MS-DOC] reads the same way):
 * a toggle property a level sets on flips the value the levels below it gave, so a hiding character style in
 * a hiding paragraph style shows the text again; any other property takes the value of the nearest level
 * that sets it. A property no level sets is off.
 */
export function combineLevels<Property extends string>(
  properties: readonly Property[],
  toggles: ReadonlySet<Property>,
  levels: readonly Partial<Record<Property, boolean>>[],
): Record<Property, boolean> {
  const result = {} as Record<Property, boolean>
  for (const property of properties) {
    let value = false
    for (const level of levels) {
      const set = level[property]
      if (toggles.has(property)) value = value !== (set === true)
      else if (set !== undefined) value = set
    }
    result[property] = value
  }
  return result
}
