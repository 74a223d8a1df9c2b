import { isUserValue } from '../../core/corrections'
import type { DuplicateGroup } from '../../core/identity/duplicates'
import { identityChanged } from '../../core/identity/identityCorrection'
import { describeCell } from '../../core/model/labels'
import type { LoadedReport } from '../../store'
import { CorrectedMark } from '../corrections/CorrectedMark'
import { ReportIdentity } from '../corrections/ReportIdentity'
import { formatCellValue } from '../format/formatCellValue'

const FIELD_NAMES: Record<string, string> = {
  agency: '报告中的机关名称',
  template: '表格版本',
  proactive: '表二版本',
  otherHandling: '（六）其他处理版本',
}

function failedCount(loaded: LoadedReport, severity: 'error' | 'warning'): number {
  return loaded.report.checks.filter((check) => !check.ok && check.severity === severity).length
}

/** How many of the differing cells the user corrected or entered in some copy: those are not the files' doing. */
function correctedNote(group: DuplicateGroup, copies: readonly LoadedReport[]): string {
  const corrected = group.differences.filter((difference) =>
    copies.some((loaded) => isUserValue(loaded.report.cells[difference.cellId])),
  ).length
  return corrected === 0 ? '' : `（其中 ${corrected} 个是用户更正的数值）`
}

interface DuplicateGroupViewProps {
  group: DuplicateGroup
  copies: LoadedReport[]
  onKeep: (id: string) => void
}

/** The copies of one agency and year side by side: where each came from, how it reads, what differs. */
export function DuplicateGroupView({ group, copies, onKeep }: DuplicateGroupViewProps) {
  return (
    <div className="duplicates-group">
      <table className="duplicates-table" data-testid="duplicate-group">
        <thead>
          <tr>
            <th scope="col">单元格</th>
            {copies.map((loaded) => (
              <th key={loaded.id} scope="col">
                <span className="duplicates-file">{loaded.fileName}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {/* A copy the user gave this agency or year may be why the copies are one group: each says which. */}
          {copies.some((loaded) => identityChanged(loaded.report)) ? (
            <tr data-testid="duplicate-identities">
              <th scope="row">机关和年度</th>
              {copies.map((loaded) => (
                <td key={loaded.id}>
                  <ReportIdentity report={loaded.report} />
                </td>
              ))}
            </tr>
          ) : null}
          <tr>
            <th scope="row">读取的数字</th>
            {copies.map((loaded) => (
              <td key={loaded.id}>{Object.keys(loaded.report.cells).length} 个</td>
            ))}
          </tr>
          <tr>
            <th scope="row">检查</th>
            {copies.map((loaded) => (
              <td key={loaded.id}>
                {failedCount(loaded, 'error')} 个错误，{failedCount(loaded, 'warning')} 个警告，
                {loaded.report.notices.length} 条提示
              </td>
            ))}
          </tr>
          {Object.entries(group.fieldDifferences).map(([field, values]) => (
            <tr key={field} data-diff="true">
              <th scope="row">{FIELD_NAMES[field] ?? field}</th>
              {values.map((value, index) => (
                <td key={copies[index]?.id ?? index}>{value || '—'}</td>
              ))}
            </tr>
          ))}
          {group.differences.map((difference) => (
            <tr key={difference.cellId} data-testid="duplicate-difference" data-diff="true">
              <th scope="row" title={difference.cellId}>
                {describeCell(difference.cellId)}
              </th>
              {difference.values.map((value, index) => {
                const cell = copies[index]?.report.cells[difference.cellId]
                return (
                  <td key={copies[index]?.id ?? index}>
                    {value === null ? '未读到' : formatCellValue(difference.cellId, value)}
                    {/* A user's correction, not the file, may be what makes the copies differ. */}
                    {cell ? <CorrectedMark cellId={difference.cellId} cell={cell} /> : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">选择</th>
            {copies.map((loaded) => (
              <td key={loaded.id}>
                <button
                  type="button"
                  onClick={() => onKeep(loaded.id)}
                  aria-label={`保留 ${loaded.fileName}`}
                >
                  保留此份
                </button>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="duplicates-summary">
        {group.differences.length === 0
          ? `${group.sameCells} 个数字完全一致。`
          : `${group.differences.length} 个数字不同${correctedNote(group, copies)}，${group.sameCells} 个一致。`}
        保留一份后，其余各份从工作区移除（文件列表中会注明）。
      </p>
    </div>
  )
}
