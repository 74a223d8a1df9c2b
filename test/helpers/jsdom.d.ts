// jsdom ships no types of its own; the tests use only a window's DOMParser.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string)
    readonly window: Window & typeof globalThis
  }
}
