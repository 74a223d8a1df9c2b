/**
 * visibility:hidden hides an element's own text but not a descendant that sets visibility:visible, and a
 * font size of 0 not a descendant that sets a size of its own: which stretches of tokens show, inside such
 * an element whose descendants may show themselves again (one stack per property).
 */
import type { HtmlToken } from './tokenize'

export type StartToken = HtmlToken & { type: 'start' }

/**
 * Whether an element between `from` and `to` may show itself inside a hidden ancestor (`shows`: it may make
 * itself visible, or sets a font size of its own).
 */
export function holdsShowing(
  tokens: readonly HtmlToken[],
  from: number,
  to: number,
  shows: (token: StartToken, index: number) => boolean,
): boolean {
  for (let index = from; index < to; index++) {
    const token = tokens[index]
    if (token?.type === 'start' && shows(token, index)) return true
  }
  return false
}

/** Hiding elements whose descendants may show, and those descendants: until which token each reaches. */
export class VisibilityStack {
  private readonly entries: { end: number; visible: boolean }[] = []

  /** Whether text at this token shows; forgets the elements that ended before it. */
  visibleAt(index: number): boolean {
    while ((this.entries.at(-1)?.end ?? Infinity) < index) this.entries.pop()
    return this.entries.at(-1)?.visible ?? true
  }

  push(end: number, visible: boolean): void {
    this.entries.push({ end, visible })
  }
}

/**
 * The solid colour painted behind each point of the page (see textColour's Backdrop): the page's own, or
 * that of the innermost element painting one, until which token each reaches; undefined where what is
 * painted is not known.
 */
export class BackdropStack {
  private readonly entries: { end: number; colour: string | undefined }[] = []

  constructor(private readonly page: string | undefined) {}

  /** The colour behind text at this token; forgets the elements that ended before it. */
  colourAt(index: number): string | undefined {
    while ((this.entries.at(-1)?.end ?? Infinity) < index) this.entries.pop()
    const top = this.entries.at(-1)
    return top === undefined ? this.page : top.colour
  }

  push(end: number, colour: string | undefined): void {
    this.entries.push({ end, colour })
  }
}
