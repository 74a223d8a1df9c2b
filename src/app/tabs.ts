export const TAB_IDS = ['overview', 'comparison', 'charts', 'checks'] as const
export type TabId = (typeof TAB_IDS)[number]

export const TAB_LABELS: Record<TabId, string> = {
  overview: '总览',
  comparison: '并排对比',
  charts: '图表',
  checks: '检查',
}
