/** What every stand-in worker does alike: it keeps the page's listeners, and a test has it reply or fail. */
export class FakeWorkerBase<Reply> {
  terminated = false
  private messageListeners: ((event: MessageEvent<Reply>) => void)[] = []
  private errorListeners: ((event: ErrorEvent) => void)[] = []

  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.messageListeners.push(listener)
    else this.errorListeners.push(listener)
  }

  terminate(): void {
    this.terminated = true
  }

  protected send(reply: Reply): void {
    for (const listener of this.messageListeners) listener(new MessageEvent('message', { data: reply }))
  }

  /** Fires an error, as a crash or a script that failed to load does; says whether a listener prevented its default. */
  protected fail(message: string): boolean {
    const event = new ErrorEvent('error', { message, cancelable: true })
    for (const listener of this.errorListeners) listener(event)
    return event.defaultPrevented
  }
}
