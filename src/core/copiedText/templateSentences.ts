/**
 * The official blank template's own sentences (its headings, table headers and row labels), which every
 * report repeats. Compared by their ideographs alone (ideographsOf), so "(二)" and "（二）", a label with its row's digits
 * run onto it, or "商业 企业" split by a space, are still the template's.
 */
import { TEMPLATE_SENTENCES } from './templateSentenceList'

const TEMPLATE = new Set(TEMPLATE_SENTENCES)

/** `ideographs`: a sentence's ideographsOf. */
export function isTemplateSentence(ideographs: string): boolean {
  return TEMPLATE.has(ideographs)
}
