/**
 * Text from a report as a notice quotes it: whole when short, else its start and a mark. A damaged line can
 * hold thousands of values or a label of a whole page, and a notice is read by a person, kept in the
 * workspace and written by the batch command for every report.
 */

/** Characters of report text a notice quotes at most. */
const QUOTE_LENGTH = 120

export function quoted(text: string): string {
  return text.length <= QUOTE_LENGTH ? text : `${text.slice(0, QUOTE_LENGTH)}…（共 ${text.length} 字）`
}
