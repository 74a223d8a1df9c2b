/**
 * A ResizeObserver for jsdom, which lays nothing out: it reports every observed element once, at once, at
 * the given size, as a browser does after layout.
 */
export function fakeResizeObserver(width: number, height: number): typeof ResizeObserver {
  return class FakeResizeObserver implements ResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element): void {
      const entry: ResizeObserverEntry = {
        target,
        contentRect: new DOMRect(0, 0, width, height),
        borderBoxSize: [],
        contentBoxSize: [],
        devicePixelContentBoxSize: [],
      }
      this.callback([entry], this)
    }
    unobserve(): void {}
    disconnect(): void {}
  }
}
