/** Why the browser refused to keep the workspace; the message is shown to the user as is. */
export interface StorageFailure {
  kind: 'quota' | 'unavailable' | 'other'
  message: string
}

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name
  }
  return ''
}

function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message } = error
    if (typeof message === 'string' && message !== '') return message
  }
  return String(error)
}

/**
 * Names the failure in Chinese. Quota is recognised by its DOMException name and, because some browsers
 * abort the transaction with a generic error, by the words of the message too.
 */
export function describeStorageFailure(error: unknown, action: 'save' | 'load' | 'clear'): StorageFailure {
  const name = errorName(error)
  const text = errorText(error)
  const verb = action === 'save' ? '保存' : action === 'load' ? '读取' : '清除'
  if (name === 'QuotaExceededError' || /quota/i.test(text)) {
    return {
      kind: 'quota',
      message: `浏览器存储空间已满，工作区未能${verb}（${text}）。请导出工作区备份，或移除部分报告后重试。`,
    }
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || /indexedDB/i.test(text)) {
    return {
      kind: 'unavailable',
      message: `浏览器不允许使用本地存储，工作区未能${verb}（${text}）。关闭页面后工作区不会保留，请导出工作区备份。`,
    }
  }
  return { kind: 'other', message: `工作区未能${verb}到本机：${text}` }
}
