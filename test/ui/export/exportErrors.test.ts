import { describe, expect, it } from 'vitest'
import { exportErrorMessage } from '../../../src/features/export/exportErrors'

describe('exportErrorMessage', () => {
  it('tells the user to reload when the Excel writer could not be loaded', () => {
    const failed = new TypeError(
      'Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/workbookBlob-Y1XaiWG2.js',
    )
    expect(exportErrorMessage(failed)).toBe(
      '导出失败：无法加载生成文件所需的程序组件（网络中断或网站已更新），请刷新页面后重试；已加载的报告不受影响。',
    )
  })

  it('keeps the generic message for an error it does not know', () => {
    expect(exportErrorMessage(new Error('boom'))).toBe('导出失败：发生未知错误。')
  })
})
