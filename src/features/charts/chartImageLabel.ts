import { createContext } from 'react'

/**
 * What a screen reader hears for a chart's drawing: one name, which says where its numbers can be read.
 * recharts' keyboard layer made the SVG an "application" announced tick by tick and a tab stop whose arrow
 * keys never left the first agency in these horizontal bar charts; the table under the chart serves
 * keyboards and screen readers instead.
 */
export const ChartImageLabel = createContext<string | undefined>(undefined)

export function chartImageLabel(title: string): string {
  return `${title}：条形图，各机关的数字见图下方“以表格查看数据”`
}
