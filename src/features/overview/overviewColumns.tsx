import { yearSortKey, yearText } from '../../core/model/labels'
import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table'
import { figureValue } from '../../core/compare/figure'
import { compareAgencyNames } from '../../core/identity/agencyOrder'
import { FigureSource } from '../provenance/FigureSource'
import { checkSeverityRank, checkSummaryText, checkTitle, checkTone } from './checkSummary'
import { FigureCell } from './FigureCell'
import { FIGURE_COLUMNS, isSmallSample, notApplicableNote } from './overviewColumnsSpec'
import type { OverviewEntry } from './overviewEntries'
import { SelectCell } from './SelectCell'
import { ScopeBadge } from '../format/ScopeBadge'
import { IdentityCorrectedMark } from '../corrections/IdentityCorrectedMark'

export const overviewFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text },
})

const helper = createColumnHelper<typeof overviewFeatures, OverviewEntry>()

/** Columns whose cells hold numbers: right-aligned, tabular digits. */
export const NUMERIC_COLUMN_IDS: ReadonlySet<string> = new Set(FIGURE_COLUMNS.map((column) => column.key))

export const overviewColumns = helper.columns([
  helper.display({
    id: 'select',
    header: '选择',
    enableHiding: false,
    enableSorting: false,
    cell: ({ row }) => (
      <SelectCell
        id={row.original.id}
        agency={row.original.row.agency}
        year={row.original.row.year}
        distinction={row.original.distinction}
      />
    ),
  }),
  helper.accessor((entry) => entry.row.agency, {
    id: 'agency',
    header: '机关',
    enableHiding: false,
    sortFn: (a, b) => compareAgencyNames(a.original.row.agency, b.original.row.agency),
    cell: ({ row }) => (
      <span className="agency" title={`${row.original.row.agency}（${row.original.fileName}）`}>
        <span className="agency-name">{row.original.row.agency}</span>
        <IdentityCorrectedMark report={row.original.report} field="agency" />
        <ScopeBadge scope={row.original.scope} />
      </span>
    ),
  }),
  // 未识别 (year 0) sorts after every year.
  helper.accessor((entry) => yearSortKey(entry.row.year), {
    id: 'year',
    header: '年度',
    // It stays in view beside the agency (OverviewTable), so it cannot be hidden.
    enableHiding: false,
    cell: ({ row }) => (
      <>
        {yearText(row.original.row.year)}
        <IdentityCorrectedMark report={row.original.report} field="year" />
      </>
    ),
  }),
  // Beside the report's name, in view without scrolling: what a supervisor looks at first.
  helper.accessor((entry) => checkSeverityRank(entry.row.checks), {
    id: 'checks',
    header: '检查',
    cell: ({ row }) => {
      const { checks, template } = row.original.row
      const text = checkSummaryText(checks, template)
      return (
        <span
          className={`check check-${checkTone(checks)}`}
          title={checkTitle(checks, template, row.original.failedChecks)}
        >
          {text}
        </span>
      )
    },
  }),
  ...FIGURE_COLUMNS.map(({ key, header, kind }) =>
    helper.accessor((entry) => figureValue(entry.row.figures[key]), {
      id: key,
      header,
      sortUndefined: 'last',
      cell: ({ row }) => (
        <FigureSource reportId={row.original.id} report={row.original.report} figureKey={key} label={header}>
          <FigureCell
            figure={row.original.row.figures[key]}
            kind={kind}
            smallSample={isSmallSample(row.original.row, key)}
            notApplicableTitle={notApplicableNote(key)}
          />
        </FigureSource>
      ),
    }),
  ),
])
