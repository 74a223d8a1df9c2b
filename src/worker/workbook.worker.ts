import { answerWorkbookRequest } from './workbookHandler'
import type { WorkbookReply, WorkbookRequest } from './workbookProtocol'

/*
 * Writes the .xlsx of 导出 Excel off the page's thread: the XML parts and the zip of 1,000 reports take
 * about 300 ms, which froze the page. One worker serves every export of the session.
 */

// The app's lib is DOM, where `self` is typed as Window; its postMessage with a transfer list has the
// shape of the worker scope's.
function reply(message: WorkbookReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer })
}

self.addEventListener('message', (event: MessageEvent<WorkbookRequest>) => {
  const { reply: answer, transfer } = answerWorkbookRequest(event.data)
  reply(answer, transfer)
})

reply({ type: 'ready' })
