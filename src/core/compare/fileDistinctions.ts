import { nameOccurrences } from '../model/repeatedNames'
import { reportTitle } from '../model/labels'
import type { Report } from '../model/report'

/** A compared report and the file it was read from. */
export interface ComparedSource {
  report: Pick<Report, 'agency' | 'year' | 'scope'>
  fileName: string
}

/**
 * What tells apart reports headed alike (same agency, year and scope: two copies of one report, or one the
 * user corrected to another's agency and year): for each such report its file name, as the file list names a
 * report, and "文件名 第 2 份" where the files share a name too; undefined for a report headed like no other.
 */
export function fileDistinctions(sources: readonly ComparedSource[]): (string | undefined)[] {
  const headings = sources.map(({ report }) => `${reportTitle(report.agency, report.year)}\n${report.scope}`)
  const byFile = nameOccurrences(sources.map(({ fileName }, index) => `${headings[index]}\n${fileName}`))
  return nameOccurrences(headings).map(({ count }, index) => {
    if (count === 1) return undefined
    const fileName = sources[index]?.fileName ?? ''
    const file = byFile[index]
    return file && file.count > 1 ? `${fileName} 第 ${file.nth} 份` : fileName
  })
}
