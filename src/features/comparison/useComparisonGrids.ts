import { useMemo } from 'react'
import { compareReports, type ComparisonGrid } from '../../core/compare/comparisonGrid'
import { fileDistinctions } from '../../core/compare/fileDistinctions'
import { useSelectedReports, type LoadedReport } from '../../store'

export interface ComparisonData {
  reports: LoadedReport[]
  grids: ComparisonGrid[]
  /** Per report, the file name that tells it from another headed alike (fileDistinctions), or undefined. */
  distinctions: (string | undefined)[]
}

/** The ticked (and filtered) reports with their tables aligned; rebuilt only when that set changes. */
export function useComparisonGrids(): ComparisonData {
  const reports = useSelectedReports()
  return useMemo(
    () => ({
      reports,
      grids: reports.length >= 2 ? compareReports(reports.map((loaded) => loaded.report)) : [],
      distinctions: fileDistinctions(reports),
    }),
    [reports],
  )
}
