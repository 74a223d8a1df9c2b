import { useDashboardStore } from '../../store'

/** The 只看有问题的报告 filter: keeps reports with a failed error or warning check, in every view. */
export function OnlyProblemsToggle() {
  const onlyProblems = useDashboardStore((state) => state.filters.onlyProblems)
  const setOnlyProblems = useDashboardStore((state) => state.setOnlyProblems)
  return (
    <label className="only-problems">
      <input
        type="checkbox"
        checked={onlyProblems}
        onChange={(event) => setOnlyProblems(event.target.checked)}
      />
      只看有问题的报告
    </label>
  )
}
