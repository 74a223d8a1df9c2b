import { MODULE_LOAD_ADVICE, isModuleLoadFailure } from '../../core/ingest/moduleLoadFailure'
import { WorkbookTooLarge } from '../../core/xlsx/sheet'

export type ExportErrorCode =
  'CHART_NOT_FOUND' | 'CANVAS_UNAVAILABLE' | 'CANVAS_TOO_BIG' | 'IMAGE_LOAD_FAILED'

/** A named export failure; the UI maps the code to a Chinese message with exportErrorMessage. */
export class ExportError extends Error {
  readonly code: ExportErrorCode

  constructor(code: ExportErrorCode, message: string) {
    super(message)
    this.name = 'ExportError'
    this.code = code
  }
}

const MESSAGES: Record<ExportErrorCode, string> = {
  CHART_NOT_FOUND: '导出失败：图表尚未绘制完成，请稍后再试。',
  CANVAS_UNAVAILABLE: '导出失败：浏览器不支持画布（canvas），无法生成 PNG，可改用“导出 SVG”。',
  CANVAS_TOO_BIG: '导出失败：图片尺寸超出浏览器画布上限，请先用筛选减少机关数量，或改用“导出 SVG”。',
  IMAGE_LOAD_FAILED: '导出失败：浏览器无法把图表转换为图片，可改用“导出 SVG”。',
}

/** Chinese text for the user, for any error an export may raise. */
export function exportErrorMessage(error: unknown): string {
  if (error instanceof ExportError) return MESSAGES[error.code]
  if (error instanceof WorkbookTooLarge) return `导出失败：${error.message}，请先用筛选减少报告数量。`
  if (isModuleLoadFailure(error)) {
    return `导出失败：无法加载生成文件所需的程序组件${MODULE_LOAD_ADVICE}。`
  }
  return '导出失败：发生未知错误。'
}
