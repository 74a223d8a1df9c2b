import { nameWithoutExtension } from '../parse/identity'
import type { Report } from '../model/report'

/**
 * Whether the reader found no agency, in a title or in the file name, and named the report after its file
 * ("2023年政府信息公开工作年度报告", "report"). Such a name says nothing about who wrote the report: two
 * reports named so are not one agency's, neither copies of one report nor its years. (A report whose agency
 * was taken from one of several titles, or whose year is implausible, still names its agency.)
 */
export function agencyIsFileName(
  report: Pick<Report, 'agency' | 'document' | 'notices' | 'identityCorrected'>,
): boolean {
  return (
    // The user gave or confirmed the agency: it names who wrote the report, whatever the file is called.
    report.identityCorrected === undefined &&
    // The notice first: nearly every report has none, and the file name is split by a regex.
    report.notices.some((notice) => notice.code === 'identity-guessed') &&
    report.agency === nameWithoutExtension(report.document.name)
  )
}
