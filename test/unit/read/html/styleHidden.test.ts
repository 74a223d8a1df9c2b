import { describe, expect, it } from 'vitest'
import { styleHiding } from '../../../../src/core/read/html/styleHidden'
import { readStyleSheet } from '../../../../src/core/read/html/styleSheet'
import { PAGE_WHITE } from '../../../../src/core/read/html/textColour'

/** Whether an element of the page with these <style> texts is hidden. */
function hidden(css: string | string[], name: string, attributes: Record<string, string> = {}): boolean {
  return styleHiding(readStyleSheet(Array.isArray(css) ? css : [css]), name, attributes) !== undefined
}

describe('styleHiding: the page’s <style> rules', () => {
  it('hides elements matched by .class, tag.class, #id, tag and selector lists', () => {
    const css = '.hid { display: none } span.cp { visibility: hidden } #old, em { display:none }'
    expect(hidden(css, 'span', { class: 'x hid' })).toBe(true)
    expect(hidden(css, 'span', { class: 'cp' })).toBe(true)
    expect(hidden(css, 'b', { class: 'cp' })).toBe(false)
    expect(hidden(css, 'div', { id: 'old' })).toBe(true)
    expect(hidden(css, 'em')).toBe(true)
    expect(hidden(css, 'span', { class: 'hidden-xs' })).toBe(false)
  })

  it('drops a rule, selector list and all, whose class or id name starts with a digit, as browsers do', () => {
    expect(hidden('.10 { display: none }', 'span', { class: '10' })).toBe(false)
    expect(hidden('span.15 { display: none }', 'span', { class: '15' })).toBe(false)
    expect(hidden('#2x { display: none }', 'span', { id: '2x' })).toBe(false)
    expect(hidden('.hid, .10 { display: none }', 'span', { class: 'hid' })).toBe(false)
    // A digit after a letter, or in an attribute value, is no such name.
    expect(hidden('.a10 { display: none }', 'span', { class: 'a10' })).toBe(true)
    expect(hidden('[title=".5"] { display: none }', 'span', { title: '.5' })).toBe(true)
  })

  it('reads visibility: collapse as hidden, and Word’s mso-hide alone as shown (browsers ignore it)', () => {
    expect(hidden('.a { visibility: collapse }', 'tr', { class: 'a' })).toBe(true)
    expect(hidden('.a { mso-hide: all }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('.a { mso-display: none }', 'span', { class: 'a' })).toBe(false)
  })

  it('reads rules in every <style> element, through comments and <!-- --> wrappers', () => {
    expect(
      hidden(['p { color: red }', '<!-- /* .a { display: block } */ .a { display: none } -->'], 'i', {
        class: 'a',
      }),
    ).toBe(true)
  })

  it('applies what shows on screen: top level, @media screen and all; not print or conditional media', () => {
    expect(hidden('@media print { .a { display: none } }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('@media screen { .a { display: none } }', 'span', { class: 'a' })).toBe(true)
    expect(hidden('@media all { .a { display: none } }', 'span', { class: 'a' })).toBe(true)
    expect(hidden('@media (max-width: 600px) { .a { display: none } }', 'span', { class: 'a' })).toBe(false)
    expect(
      hidden('.a { display: none } @media print { .a { display: inline } }', 'span', { class: 'a' }),
    ).toBe(true)
    expect(
      hidden('@import url(x.css); @font-face { font-family: x } .a { display: none }', 'span', {
        class: 'a',
      }),
    ).toBe(true)
  })

  it('never hides through an over-long selector, and one that shows may show anything', () => {
    // Stripping the pseudo-classes of such selectors once took 21 s (quadratic in the unclosed brackets).
    const long = '['.repeat(200_000)
    expect(hidden(`${long} { display: none }`, 'span', { class: 'a' })).toBe(false)
    expect(hidden(`.a { display: none } ${long} { display: block }`, 'span', { class: 'a' })).toBe(false)
    expect(
      hidden(`.a { display: none } ${':a('.repeat(70_000)} { display: block }`, 'span', { class: 'a' }),
    ).toBe(false)
  })

  it('finds a rule under its rarest class among many, and never hides beyond a full bucket', () => {
    const many = (rule: (index: number) => string) =>
      Array.from({ length: 10_000 }, (_, index) => rule(index)).join('')
    const css =
      many((index) => `.a.b${index} { display: none }`) + many((index) => `.c${index}.a { display: none }`)
    expect(hidden(css, 'span', { class: 'a b77' })).toBe(true)
    expect(hidden(css, 'span', { class: 'c9999 a' })).toBe(true)
    expect(hidden(css, 'span', { class: 'a' })).toBe(false)
    // Past the bucket's 256 rules, a rule that shows still shows and one that hides is not read.
    const repeated = (block: string) => `.a { ${block} } `.repeat(300)
    expect(hidden(repeated('display: none'), 'span', { class: 'a' })).toBe(true)
    expect(hidden(`${repeated('display: none')} .a { display: inline }`, 'span', { class: 'a' })).toBe(false)
    expect(hidden(`${repeated('display: inline')} .a { display: none }`, 'span', { class: 'a' })).toBe(false)
  })

  it('hides nothing through a selector it cannot match', () => {
    expect(hidden('.a:hover { display: none }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('.b + .a { display: none }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('span:nth-child(odd of .a) { display: none }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('> .a { display: none }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('.a:not(.b .c) { display: none }', 'span', { class: 'a' })).toBe(false)
  })

  it('matches tests of an attribute’s value, ignoring letter case only under the i flag', () => {
    const hides = (selector: string, attributes: Record<string, string>) =>
      hidden(`${selector} { display: none }`, 'span', attributes)
    expect(hides('[data-x="1"]', { 'data-x': '1' })).toBe(true)
    expect(hides("[data-x='1']", { 'data-x': '12' })).toBe(false)
    expect(hides('[class*=hide]', { class: 'x-hide-1' })).toBe(true)
    expect(hides('[class*=hide]', { class: 'x-HIDE-1' })).toBe(false)
    expect(hides('[class*=hide i]', { class: 'x-HIDE-1' })).toBe(true)
    expect(hides('[class^=cp]', { class: 'cp9 a' })).toBe(true)
    expect(hides('[class$=cp]', { class: 'a cp' })).toBe(true)
    expect(hides('[class~=cp]', { class: 'a cp b' })).toBe(true)
    expect(hides('[class~=cp]', { class: 'a cpx' })).toBe(false)
    expect(hides('[lang|=zh]', { lang: 'zh-CN' })).toBe(true)
    expect(hides('[class*=""]', { class: 'a' })).toBe(false)
    expect(hides('[ data-x = "a b" ]', { 'data-x': 'a b' })).toBe(true)
    expect(hides('span[data-x="1"]', { 'data-y': '1' })).toBe(false)
  })

  it('matches :not() of compounds, which counts as its most specific argument', () => {
    expect(hidden('td span:not(.b) { display: none }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('span:not(.b) { display: none }', 'span', { class: 'a' })).toBe(true)
    expect(hidden('span:not(.b) { display: none }', 'span', { class: 'a b' })).toBe(false)
    expect(hidden('span:not(.b, #c) { display: none }', 'span', { id: 'c' })).toBe(false)
    // :not(#c) outranks .a.
    expect(hidden('span:not(#c) { display: none } .a { display: inline }', 'span', { class: 'a' })).toBe(true)
  })

  it('matches attributes present, whatever their value, as a class counts in specificity', () => {
    expect(hidden('[data-x] { display: none }', 'span', { 'data-x': '' })).toBe(true)
    expect(hidden('span[DATA-X].a { display: none }', 'span', { 'data-x': '1', class: 'a' })).toBe(true)
    expect(hidden('[data-x] { display: none }', 'span', { 'data-y': '' })).toBe(false)
    // Not an attribute through the object's prototype.
    expect(hidden('[constructor] { display: none }', 'span', {})).toBe(false)
    expect(
      hidden('[hidden].a { display: none } .a.b { display: inline }', 'p', { class: 'a b', hidden: '' }),
    ).toBe(false)
    expect(
      hidden('.a.b { display: inline } [hidden].a { display: none }', 'p', { class: 'a b', hidden: '' }),
    ).toBe(true)
  })

  it('never hides what a rule it cannot match may show again', () => {
    expect(hidden('.a { display: none } .tab:hover .a { display: inline }', 'span', { class: 'a' })).toBe(
      false,
    )
    expect(hidden('.a { display: none } .tab + .a { display: inline }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('.a { display: none } .tab:hover .b { display: inline }', 'span', { class: 'a' })).toBe(
      true,
    )
    // A rule that may show through one property does not undo another's hiding.
    expect(hidden('.a { display: none } .tab:hover .a { visibility: visible }', 'span', { class: 'a' })).toBe(
      true,
    )
    // Pseudo-elements style generated content, not the element.
    expect(hidden('.a { display: none } .a:after { display: block }', 'span', { class: 'a' })).toBe(true)
  })

  it('lets the later rule win at equal specificity, the more specific one otherwise, !important first', () => {
    expect(hidden('.a { display: none } .a { display: inline }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('.a { display: inline } .a { display: none }', 'span', { class: 'a' })).toBe(true)
    expect(hidden('#x { display: none } .a { display: inline }', 'span', { class: 'a', id: 'x' })).toBe(true)
    expect(hidden('span.a { display: none } .a { display: inline }', 'span', { class: 'a' })).toBe(true)
    expect(
      hidden('.a { display: none !important } #x { display: inline }', 'span', { class: 'a', id: 'x' }),
    ).toBe(true)
  })

  it('lets the style attribute beat the sheet, unless the sheet says !important', () => {
    expect(hidden('.a { display: none }', 'span', { class: 'a', style: 'display: inline' })).toBe(false)
    expect(hidden('.a { display: none !important }', 'span', { class: 'a', style: 'display: inline' })).toBe(
      true,
    )
    expect(hidden('.a { display: inline }', 'span', { class: 'a', style: 'display:none' })).toBe(true)
  })

  it('reads opacity 0 and a font size of 0, in a rule or the style attribute', () => {
    expect(hidden('.a { opacity: 0 }', 'span', { class: 'a' })).toBe(true)
    expect(hidden('.a { opacity: 0.0 !important }', 'span', { class: 'a', style: 'opacity: 1' })).toBe(true)
    expect(hidden([], 'span', { style: 'opacity:0%' })).toBe(true)
    expect(hidden('.a { font-size: 0px }', 'span', { class: 'a' })).toBe(true)
    expect(hidden('.a { font: 0/0 a }', 'span', { class: 'a' })).toBe(true)
    expect(hidden('.a { font: bold 12px/1.5 宋体 }', 'span', { class: 'a' })).toBe(false)
    expect(hidden('.a { font-size: 0em }', 'span', { class: 'a', style: 'font-size: 14px' })).toBe(false)
    // White text is not hidden unless the caller knows nothing paints a background behind it (onWhite).
    expect(hidden('.a { color: #fff }', 'span', { class: 'a' })).toBe(false)
  })

  it('hides what is drawn too small or too faint to be seen: a size of 2px or less, opacity 0.03 or less', () => {
    // Chromium draws a digit of 1px as a dot, and one of opacity 0.01 as #fdfdfd on the page's white.
    expect(hidden([], 'span', { style: 'opacity:0.01' })).toBe(true)
    expect(hidden([], 'span', { style: 'opacity:3%' })).toBe(true)
    expect(hidden([], 'span', { style: 'opacity:0.1' })).toBe(false)
    expect(hidden([], 'span', { style: 'filter: opacity(0)' })).toBe(true)
    expect(hidden([], 'span', { style: 'filter: blur(1px)' })).toBe(false)
    expect(hidden('.a { font-size: 1px }', 'span', { class: 'a' })).toBe(true)
    expect(hidden([], 'span', { style: 'font-size: .1em' })).toBe(true)
    expect(hidden([], 'span', { style: 'font: 1pt 宋体' })).toBe(true)
    expect(hidden([], 'span', { style: 'font-size: 3px' })).toBe(false)
    expect(hidden([], 'span', { style: 'font-size: 0.5em' })).toBe(false)
    expect(hidden([], 'span', { style: 'color: rgba(0,0,0,0.02)' })).toBe(true)
    expect(hidden([], 'span', { style: 'color: rgba(0,0,0,0.2)' })).toBe(false)
  })

  it('hides text filled with a colour not seen (-webkit-text-fill-color), which browsers draw over its colour', () => {
    const onWhite = (css: string, attributes: Record<string, string>) =>
      styleHiding(readStyleSheet([css]), 'span', attributes, [], PAGE_WHITE) !== undefined
    expect(hidden('.a { -webkit-text-fill-color: transparent }', 'span', { class: 'a' })).toBe(true)
    expect(onWhite('', { style: '-webkit-text-fill-color: #fff; color: #000' })).toBe(true)
    expect(onWhite('', { style: 'color: transparent; -webkit-text-fill-color: #000' })).toBe(false)
    expect(onWhite('.a { color: #fff }', { class: 'a', style: '-webkit-text-fill-color: #333' })).toBe(false)
  })

  it('hides text in a transparent colour, and white text on white: nothing behind it paints', () => {
    const onWhite = (css: string, name: string, attributes: Record<string, string>) =>
      styleHiding(readStyleSheet([css]), name, attributes, [], PAGE_WHITE) !== undefined
    expect(hidden([], 'span', { style: 'color: transparent' })).toBe(true)
    expect(hidden([], 'span', { style: 'color: rgba(0, 0, 0, 0)' })).toBe(true)
    expect(hidden('.a { color: #FFF }', 'span', { class: 'a' })).toBe(false)
    expect(onWhite('.a { color: #FFF }', 'span', { class: 'a' })).toBe(true)
    expect(onWhite('', 'font', { color: '#FFFFFF' })).toBe(true)
    expect(onWhite('', 'font', { color: 'ffffff' })).toBe(true)
    expect(onWhite('', 'span', { style: 'color: #f5f5f5' })).toBe(false)
    // Text in the very colour of the background behind it, its own or what its ancestors paint (behind).
    const onGrey = (css: string, name: string, attributes: Record<string, string>) =>
      styleHiding(readStyleSheet([css]), name, attributes, [], '242,242,242') !== undefined
    expect(onGrey('', 'font', { color: '#F2F2F2' })).toBe(true)
    expect(onGrey('.g { color: rgb(242, 242, 242) }', 'span', { class: 'g' })).toBe(true)
    expect(onGrey('', 'span', { style: 'color: #fff' })).toBe(false)
    expect(onWhite('', 'td', { bgcolor: '#c6d9f1', style: 'color: #C6D9F1' })).toBe(true)
    expect(onWhite('.hd { background: #1f4e79 }', 'td', { class: 'hd', style: 'color: #1f4e79' })).toBe(true)
    expect(
      onWhite('.hd { background: url(a.png) #1f4e79 }', 'td', { class: 'hd', style: 'color: #1f4e79' }),
    ).toBe(false)
    expect(onWhite('', 'td', { bgcolor: '#c6d9f1', style: 'background: #fff; color: #c6d9f1' })).toBe(false)
    // Near white is white to a reader's eye; a <font color="fff"> is a legacy value, near black.
    expect(onWhite('', 'span', { style: 'color: #fefefe' })).toBe(true)
    expect(onWhite('', 'span', { style: 'color: rgb(251, 252, 250)' })).toBe(true)
    expect(onWhite('', 'font', { color: 'fffffe' })).toBe(true)
    expect(onWhite('', 'font', { color: 'fff' })).toBe(false)
    expect(onWhite('', 'td', { bgcolor: '#fefefe', style: 'color: #fff' })).toBe(true)
    // Any rule beats a <font color>; a rule we cannot match may set another colour.
    expect(onWhite('font { color: #000 }', 'font', { color: '#FFFFFF' })).toBe(false)
    expect(onWhite('.a:hover { color: red } .a { color: #fff }', 'span', { class: 'a' })).toBe(false)
    // A background painted by the element itself, by its attributes, style or a rule that reaches it.
    expect(onWhite('', 'span', { style: 'color:#fff; background:#1f4e79' })).toBe(false)
    expect(onWhite('', 'td', { bgcolor: '#4472C4', style: 'color: white' })).toBe(false)
    expect(onWhite('', 'td', { style: 'color: white; background: transparent' })).toBe(true)
    expect(onWhite('.a { color: #fff } .hd { background-color: #333 }', 'span', { class: 'a' })).toBe(true)
    expect(onWhite('.a { color: #fff } span.a { background-color: #333 }', 'span', { class: 'a' })).toBe(
      false,
    )
    expect(onWhite('.a { color: #fff; background: rgba(0,0,0,0) }', 'span', { class: 'a' })).toBe(true)
    // A rule we cannot match may paint a background behind it.
    expect(onWhite('.a { color: #fff } .a:hover { background: #333 }', 'span', { class: 'a' })).toBe(false)
  })

  it('hides an element its own block puts off the screen: absolute, far left or up, or clipped to nothing', () => {
    expect(hidden([], 'span', { style: 'position:absolute; left:-9999px' })).toBe(true)
    expect(hidden('.sr { position: fixed; top: -1000em }', 'span', { class: 'sr' })).toBe(true)
    const srOnly =
      '.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0,0,0,0) }'
    expect(hidden(srOnly, 'span', { class: 'sr' })).toBe(true)
    expect(hidden('.sr { position: absolute; clip: rect(1px 1px 1px 1px) }', 'span', { class: 'sr' })).toBe(
      true,
    )
    expect(hidden([], 'span', { style: 'position: absolute; clip-path: inset(50%)' })).toBe(true)
    // Chromium clips an inline <span> by its clip path too, and draws one moved relatively far off nowhere.
    expect(hidden([], 'span', { style: 'clip-path: inset(50%)' })).toBe(true)
    expect(hidden([], 'span', { style: 'clip-path: circle(0)' })).toBe(true)
    expect(hidden([], 'span', { style: 'clip-path: inset(10%)' })).toBe(false)
    expect(hidden('.c { clip-path: inset(50%) }', 'span', { class: 'c', style: 'clip-path: none' })).toBe(
      false,
    )
    expect(hidden([], 'span', { style: 'position:relative; left:-9999px' })).toBe(true)
    expect(hidden([], 'span', { style: 'position:relative; left:-20px' })).toBe(false)
    expect(hidden([], 'span', { style: 'position:relative; clip: rect(0 0 0 0)' })).toBe(false)
    expect(hidden([], 'span', { style: 'position:absolute; left:-20px' })).toBe(false)
    expect(hidden([], 'span', { style: 'left:-9999px' })).toBe(false)
    expect(hidden(srOnly, 'span', { class: 'sr', style: 'position: static' })).toBe(false)
  })

  it('hides a block box of no width or height that clips what overflows it; not an inline one', () => {
    expect(hidden([], 'span', { style: 'display:inline-block; width:0; overflow:hidden' })).toBe(true)
    expect(hidden('.w0 { display: inline-block; width: 0; overflow: hidden }', 'span', { class: 'w0' })).toBe(
      true,
    )
    expect(hidden([], 'div', { style: 'height: 0; overflow: hidden' })).toBe(true)
    expect(hidden([], 'span', { style: 'display:block; max-width:0; overflow-x:hidden' })).toBe(true)
    expect(hidden([], 'span', { style: 'float:left; width:0; overflow:hidden' })).toBe(true)
    expect(hidden([], 'span', { style: 'position:absolute; width:1px; height:1px; overflow:hidden' })).toBe(
      true,
    )
    // Inline: width and height do not apply. Padding, a visible overflow or a width of its own show it.
    expect(hidden([], 'span', { style: 'width:0; overflow:hidden' })).toBe(false)
    const w0 = '.w0 { display: inline-block; width: 0; overflow: hidden }'
    expect(hidden(w0, 'span', { class: 'w0', style: 'display: inline' })).toBe(false)
    expect(hidden(w0, 'span', { class: 'w0', style: 'width: 40px' })).toBe(false)
    expect(
      hidden([], 'span', { style: 'display:inline-block; width:0; overflow:hidden; padding:0 9px' }),
    ).toBe(false)
    expect(hidden([], 'span', { style: 'display:inline-block; width:0; overflow:visible' })).toBe(false)
    expect(hidden([], 'span', { style: 'display:inline-block; width:0.5em; overflow:hidden' })).toBe(false)
    // A box scaled to nothing, or whose content is not drawn; a transform does not apply to an inline box.
    expect(hidden([], 'span', { style: 'display:inline-block; transform: scale(0)' })).toBe(true)
    expect(hidden([], 'div', { style: 'transform: translateX(2px) scaleY(0)' })).toBe(true)
    expect(hidden([], 'div', { style: 'content-visibility: hidden' })).toBe(true)
    expect(hidden([], 'span', { style: 'transform: scale(0)' })).toBe(false)
    // A line indented far off a box that clips it; without the clip, or inline, the indent shows it.
    expect(hidden([], 'span', { style: 'display:inline-block; text-indent:-9999px; overflow:hidden' })).toBe(
      true,
    )
    expect(hidden('.ir { text-indent: -999em; overflow: hidden }', 'h1', { class: 'ir' })).toBe(true)
    expect(hidden([], 'div', { style: 'text-indent:-9999px' })).toBe(false)
    expect(hidden([], 'span', { style: 'text-indent:-9999px; overflow:hidden' })).toBe(false)
    expect(hidden([], 'div', { style: 'text-indent:-2em; overflow:hidden' })).toBe(false)
    expect(hidden([], 'div', { style: 'transform: scale(0.5)' })).toBe(false)
  })

  it('reads the style attribute alone, its last declaration of a property winning', () => {
    expect(hidden([], 'div', { style: 'color: red; DISPLAY : NONE' })).toBe(true)
    expect(hidden([], 'div', { style: 'visibility:hidden' })).toBe(true)
    expect(hidden([], 'div', { style: 'display:none; display:block' })).toBe(false)
    expect(hidden([], 'div', { style: 'mso-display:none' })).toBe(false)
  })
})
