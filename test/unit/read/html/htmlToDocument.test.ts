import { describe, expect, it } from 'vitest'
import { htmlToDocument } from '../../../../src/core/read/html/htmlToDocument'
import { lineCells } from '../../../../src/core/model/lineCells'

function rows(html: string): (readonly string[])[] {
  return htmlToDocument('t.html', html).lines.map(lineCells)
}

describe('htmlToDocument: table grid', () => {
  // 表三's header and first rows as government pages publish them (domain.md §1.4).
  const applicationsTable = `
    <table>
      <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
          <td colspan="7">申请人情况</td></tr>
      <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
      <tr><td>商业<p>企业</p></td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>3</td><td>&nbsp;</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
      <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>2</td><td></td><td></td><td></td><td></td><td></td><td>2</td></tr>
      <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
      <tr><td>2.其他法律行政法规禁止公开</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
    </table>`

  it('gives each <tr> its own cells only, in order, with their grid columns', () => {
    const lines = htmlToDocument('t.html', applicationsTable).lines
    expect(lines.map(lineCells)).toEqual([
      ['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况'],
      ['自然人', '法人或其他组织', '总计'],
      ['商业 企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
      ['一、本年新收政府信息公开申请数量', '3', '', '0', '0', '0', '0', '3'],
      ['三、本年度办理结果', '(一)予以公开', '2', '', '', '', '', '', '2'],
      ['(三)不予公开', '1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
      ['2.其他法律行政法规禁止公开', '1', '0', '0', '0', '0', '0', '1'],
    ])
    expect(lines.map((line) => line.gridColumns)).toEqual([
      [0, 3],
      [3, 4, 9],
      [4, 5, 6, 7, 8],
      [0, 3, 4, 5, 6, 7, 8, 9],
      [0, 1, 3, 4, 5, 6, 7, 8, 9],
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      [2, 3, 4, 5, 6, 7, 8, 9],
    ])
    expect(lines[3]?.text).toBe('一、本年新收政府信息公开申请数量\t3\t\t0\t0\t0\t0\t3')
  })

  it('repairs unclosed <td>, <tr> and <table>, uppercase tags and rows outside <tbody>', () => {
    const html = '<TABLE><TR><TD>规章<TD>1<TD>0<TD>5<TR><TD>规范性文件<TD>2<td>0<td>7'
    expect(rows(html)).toEqual([
      ['规章', '1', '0', '5'],
      ['规范性文件', '2', '0', '7'],
    ])
  })

  it('takes a cell’s whole text across Word-pasted <span>/<font>/<o:p> runs; empty runs are blank', () => {
    const html = `<table><tr>
      <td><p><span>申请人情</span><span>况</span><o:p></o:p></p></td>
      <td><p><span>20</span><font face="Times New Roman">23</font></p></td>
      <td><p><span><o:p>&nbsp;</o:p></span></p></td>
      <td><p>&nbsp;</p><p>\u3000</p></td>
    </tr></table>`
    expect(rows(html)).toEqual([['申请人情况', '2023', '', '']])
  })

  it('brackets a superscript in a cell (a footnote mark) and drops deleted text', () => {
    const html = `<table><tr><td>行政许可</td><td><del>99</del>1436<sup>1</sup></td></tr></table>
      <p>面积 100 m<sup>2</sup></p>`
    expect(rows(html)).toEqual([['行政许可', '1436[1]'], ['面积 100 m2']])
  })

  it('brackets a footnote mark set off the baseline by <sub> or vertical-align, inline or by a rule', () => {
    const html = `<style>.fn { vertical-align: super } td { vertical-align: middle }</style>
      <table><tr><td style="vertical-align: top">行政许可</td><td>1436<sub>1</sub></td>
      <td>287<span style="vertical-align:super">2</span></td><td>12<span class="fn">3</span></td>
      <td>5<span style="vertical-align: baseline">7</span></td><td><span style="vertical-align:sub">9</span></td></tr></table>`
    expect(rows(html)).toEqual([['行政许可', '1436[1]', '287[2]', '12[3]', '57', '[9]']])
  })

  it('brackets a mark moved off the number’s baseline, not text moved alike or set small on it', () => {
    // As Chromium shows them: a raised (or top-aligned smaller) mark after the number; the same size top-
    // aligned, a smaller one on the baseline, a lowered value run by run, and Word's footnote reference.
    const html = `<style>sup { vertical-align: text-top } span.MsoFootnoteReference { vertical-align: super }</style>
      <table><tr><td>行政许可</td><td>1436<sup>1</sup></td>
      <td>33<span style='font-size:7.0pt;position:relative;top:-3.0pt;mso-text-raise:3.0pt'>4</span>件</td>
      <td>22<span style="display:inline-block;font-size:70%;vertical-align:top">3</span></td>
      <td>75<span style="display:inline-block;transform:translateY(-5px);font-size:9px">6</span></td>
      <td>75<span style="transform:translateY(-5px)">6</span></td>
      <td>1<span style="position:relative;top:1px">2</span></td>
      <td>1436<span style="vertical-align:text-top">1</span></td><td>1436<span style="font-size:70%">1</span></td>
      <td><span style='position:relative;top:2.0pt'>1</span><span lang=EN-US style='position:relative;top:2.0pt'>46</span></td>
      <td><span style='position:relative;top:2.0pt'>46</span><span style='font-size:7.0pt'>5</span></td>
      <td>57<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:10.5pt'>[1]</span></span><![endif]></span></span></a></td></tr></table>`
    expect(rows(html)).toEqual([
      [
        '行政许可',
        '1436[1]',
        '33[4]件',
        '22[3]',
        '75[6]',
        '756',
        '12',
        '14361',
        '14361',
        '146',
        '46[5]',
        '57[[[1]]]',
      ],
    ])
  })

  it('keeps the lines of a text file whose tables are HTML (a converter’s Markdown), not of a page', () => {
    const text =
      '# 样例县自然资源局2022年政府信息公开工作年度报告\n\n## 一、总体情况\n\n全年新收申请172件。\n\n<table><tr><td>行政许可</td><td>1436</td></tr></table>\n\n## 六、其他'
    expect(rows(text)).toEqual([
      ['# 样例县自然资源局2022年政府信息公开工作年度报告'],
      ['## 一、总体情况'],
      ['全年新收申请172件。'],
      ['行政许可', '1436'],
      ['## 六、其他'],
    ])
    // A page's own newlines are spaces, as a browser shows them.
    expect(rows(`<body>${text}</body>`)[0]?.[0]).toContain('报告 ## 一、总体情况')
  })

  it('drops the hidden column-width row Word appends to its tables', () => {
    const html = `<table><tr><td>行政处罚</td><td>3</td></tr>
      <![if !supportMisalignedColumns]><tr height=0 style='display:none'><td width=183 style='border:none'></td>
      <td width=136 style='border:none'></td></tr><![endif]></table>`
    expect(rows(html)).toEqual([['行政处罚', '3']])
  })

  it('joins a source line break between CJK characters (Word wraps its HTML mid-sentence)', () => {
    expect(rows('<table><tr><td>本年新收政府信息\r\n   公开申请数量</td><td>3\n</td></tr></table>')).toEqual([
      ['本年新收政府信息公开申请数量', '3'],
    ])
  })

  it('keeps a data table with one long footnote row a data table', () => {
    const note = '注：' + '本表数据统计时限为本年度1月1日至12月31日，'.repeat(25)
    const html = `<table><tr><td>规章</td><td>1</td></tr><tr><td>规范性文件</td><td>2</td></tr>
      <tr><td>行政许可</td><td>3</td></tr><tr><td colspan="2">${note}</td></tr></table>`
    const lines = rows(html)
    expect(lines.slice(0, 3)).toEqual([
      ['规章', '1'],
      ['规范性文件', '2'],
      ['行政许可', '3'],
    ])
    expect(lines).toHaveLength(4)
  })

  it('stops rowspans at the end of a row group', () => {
    const html =
      '<table><thead><tr><td rowspan="5">a</td><td>b</td></tr></thead>' +
      '<tbody><tr><td>c</td><td>d</td></tr></tbody></table>'
    expect(htmlToDocument('t', html).lines.map((line) => line.gridColumns)).toEqual([
      [0, 1],
      [0, 1],
    ])
  })

  it('reads a layout table (one holding another table or a whole article) as running text', () => {
    const html = `<table><tr><td>导航</td><td>
      <h1>某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p>
      <table><tr><td>规章</td><td>1</td></tr></table>
      <p>六、其他需要报告的事项</p></td></tr></table>`
    expect(rows(html)).toEqual([
      ['导航'],
      ['某局2023年政府信息公开工作年度报告'],
      ['一、总体情况'],
      ['规章', '1'],
      ['六、其他需要报告的事项'],
    ])
  })

  it('reads a table of one column that is all a cell holds as that cell’s text, its rows apart', () => {
    const html = `<table><tr><td>规章</td><td><table><tr><td>1436</td></tr></table></td>
      <td> <table><tr><td>12</td></tr><tr><td>5</td></tr></table> </td></tr></table>
      <table><tr><td>文件</td><td><table><tr><td>7</td><td>8</td></tr></table></td><td>3</td></tr></table>
      <table><tr><td>通知</td><td>共<table><tr><td>9</td></tr></table></td></tr></table>`
    // A table of two columns, or one beside text, keeps the table holding it a layout table.
    expect(rows(html)).toEqual([
      ['规章', '1436', '12 5'],
      ['文件'],
      ['7', '8'],
      ['3'],
      ['通知'],
      ['共'],
      ['9'],
    ])
  })
})

describe('htmlToDocument: text outside tables', () => {
  it('makes block elements and <br> into lines, keeps inline runs together, drops empty lines', () => {
    const html = `<div>首页 &gt; 政府信息公开</div>
      <h1>某<span>局</span>2023年度报告</h1>
      <p>第一段<br>第二段</p><ul><li>项一</li><li>项二</li></ul>
      <p> </p><p>&nbsp;</p>正文末尾`
    expect(rows(html)).toEqual([
      ['首页 > 政府信息公开'],
      ['某局2023年度报告'],
      ['第一段'],
      ['第二段'],
      ['项一'],
      ['项二'],
      ['正文末尾'],
    ])
  })

  it('keeps line breaks inside <pre>', () => {
    expect(rows('<pre>行一\n行二</pre>')).toEqual([['行一'], ['行二']])
  })

  it('drops elements hidden with display:none or hidden, but keeps Word mso-* styles', () => {
    const html =
      '<div style="display: none"><p>分享到微信</p><div>内层</div></div><p hidden>隐藏</p>' +
      '<p style="mso-display:none;color:red">可见</p>'
    expect(rows(html)).toEqual([['可见']])
  })

  it('drops text of font size 0 but keeps what its children set in a size of their own', () => {
    const html =
      '<p>行政许可<span style="font-size:0pt !important">9</span>1436</p>' +
      '<div style="font-size: 0;"><span style="font-size:14px">正文</span></div>' +
      '<p style="font-size:0.5em">小字</p>'
    expect(rows(html)).toEqual([['行政许可1436'], ['正文'], ['小字']])
  })

  it('drops text inside font size 0 whose own size is relative to it (1em, 100%, larger), which is 0 too', () => {
    const html =
      '<style>.z { font-size: 0 } .z i { font: italic 2em serif }</style>' +
      '<p>行政许可<span style="font-size:0">9<b style="font-size:1em">8</b></span>1436</p>' +
      '<p>行政处罚<span class="z">7<b style="font-size:100%">5<u style="font-size:larger">4</u></b>' +
      '<i>3</i></span>6</p>' +
      '<p>行政强制<span style="font-size:0">2<b style="font-size:2em"><u style="font-size:12px">1</u></b></span></p>'
    expect(rows(html)).toEqual([['行政许可1436'], ['行政处罚6'], ['行政强制1']])
  })

  it('empties a struck or size-0 table cell but keeps it, so the row keeps its columns', () => {
    const html =
      '<table><tr><td>行政许可</td><td style="text-decoration: line-through">5</td><td>7</td></tr>' +
      '<tr><td>行政处罚</td><td style="font-size:0">4</td><td>6</td></tr></table>'
    expect(rows(html)).toEqual([
      ['行政许可', '', '7'],
      ['行政处罚', '', '6'],
    ])
  })

  it('keeps a hidden element that holds a table (articles shown by a script)', () => {
    const html =
      '<div style="display:none" id="zoom"><p>正文</p><table><tr><td>行政许可</td><td>5</td></tr></table></div>'
    expect(rows(html)).toEqual([['正文'], ['行政许可', '5']])
  })

  it('drops text hidden by a rule of the page’s <style>, wherever the <style> stands', () => {
    const html =
      '<style>.cp { display: none }</style><table><tr><td>行政许可</td><td><span class="cp">1</span>166</td></tr></table>' +
      '<p class="cp">分享</p><p>正文</p><style>#tip { visibility: hidden }</style><div id="tip">提示</div>'
    expect(rows(html)).toEqual([['行政许可', '166'], ['正文']])
  })

  it('applies a <style> only when its media attribute is for the screen', () => {
    const page = (media: string) =>
      `<html><head><style${media}>.noprint { display: none }</style></head><body>` +
      '<div class="noprint"><p>北京市某区2023年政府信息公开工作年度报告</p><p>收到申请 12 件</p></div><p>附件</p></body></html>'
    const text = [['北京市某区2023年政府信息公开工作年度报告'], ['收到申请 12 件'], ['附件']]
    expect(rows(page(' media="print"'))).toEqual(text)
    expect(rows(page(' media="screen and (max-width:600px)"'))).toEqual(text)
    expect(rows(page(' media="screen"'))).toEqual([['附件']])
    expect(rows(page(' media="print, all"'))).toEqual([['附件']])
    expect(rows(page(''))).toEqual([['附件']])
  })

  it('reads a page with thousands of rules and elements sharing a class', () => {
    const rules = Array.from({ length: 10_000 }, (_, index) => `.a.b${index} { display: none }`).join('')
    const spans = '<span class="a">1</span>'.repeat(10_000)
    const lines = rows(`<style>${rules}</style><p>${spans}<span class="a b5">旧</span></p>`)
    expect(lines).toEqual([['1'.repeat(10_000)]])
  })

  it('drops text hidden by rules with descendant and child combinators, matched on the page’s tree', () => {
    const style =
      '<style>.article .hid { display: none } div.content > span.x { display: none }' +
      ' #zoom p span.h { visibility: hidden }</style>'
    const page =
      '<div class="article"><p>收到申请<span class="hid">1</span>166件</p></div><p>外<span class="hid">留</span></p>' +
      '<div class="content"><span class="x">9</span>12<p><span class="x">在</span></p></div>' +
      '<div id="zoom"><table><tr><td>行政许可</td><td><p><span class="h">8</span>5</p></td></tr></table></div>' +
      '<div id="zoom"><span class="h">见</span></div>'
    expect(rows(style + page)).toEqual([
      ['收到申请166件'],
      ['外留'],
      ['12'],
      ['在'],
      ['行政许可', '5'],
      ['见'],
    ])
  })

  it('closes the elements a page leaves open as browsers do before matching ancestors', () => {
    // The second <p> closes the first, so its span is no descendant of .a; a row closes the row before.
    const style = '<style>.a span { display: none } tr.old td { display: none }</style>'
    const page =
      '<p class="a">甲<span>1</span><p>乙<span>2</span>' +
      '<table><tr class="old"><td>3</td><tr><td>4</td></tr></table>'
    expect(rows(style + page)).toEqual([['甲'], ['乙2'], ['4']])
  })

  it('keeps open what a stray end tag cannot close in a browser: across a cell, a block, or </body>', () => {
    // A </div> or </span> inside a cell whose element opened outside the table is ignored, and so is a </span>
    // over a <div> opened inside it; </body> closes nothing. Their text stays inside, hidden as the page hides it.
    const style = '<style>.article .hid { display: none } span.w b { display: none }</style>'
    const page =
      '<div class="article"><table><tr><td>行政许可</div></td><td>1<span class="hid">9</span>36</td></tr></table>' +
      '<p>行政处罚<span class="hid">8</span>25</p></body></html><p>行政强制<span class="hid">7</span>4</p></div>' +
      '<span class="w"><table><tr><td>其他</span>3<b>6</b></td></tr></table>' +
      '<div>事项</span>5<b>9</b></div></span>'
    expect(rows(style + page)).toEqual([
      ['行政许可', '136'],
      ['行政处罚25'],
      ['行政强制4'],
      ['其他3'],
      ['事项5'],
    ])
  })

  it('matches rules on the <tbody> and <tr> a browser puts around rows and cells, and a row closes the row before', () => {
    // A row straight in a <table> stands in a <tbody>, a cell in a <tr>; a <tr> after an unclosed cell
    // closes that cell's row too, so the new row is no descendant of it.
    const style =
      '<style>table > tr { display: none } tbody > tr.o { display: none } tr > td.x { display: none }' +
      ' tr tr td { display: none }</style>'
    const page =
      '<table><tr class="o"><td>9</td></tr><tr><td>行政许可</td></tr></table>' +
      '<table><td>行政处罚</td><td class="x">8</td></table><table><tr><td>行政强制<tr><td>136</td></table>'
    expect(rows(style + page)).toEqual([['行政许可'], ['行政处罚'], ['行政强制'], ['136']])
  })

  it('a heading started right inside another closes it, as browsers do, so it is no descendant', () => {
    expect(
      rows('<style>h1 span { display: none }</style><h1>标题<span>注</span><h2><span>136</span></h2>'),
    ).toEqual([['标题'], ['136']])
  })

  it('never hides through a combinator rule when a rule it cannot read may show the element', () => {
    const style = '<style>.article .hid { display: none } .article:hover .hid { display: inline }</style>'
    expect(rows(`${style}<div class="article"><span class="hid">1</span>166</div>`)).toEqual([['1166']])
  })

  it('drops text of opacity 0 and of a font size of 0 set by the page’s <style>', () => {
    const html =
      '<style>.z { font-size: 0 } .z b { font-size: 12px } .o { opacity: 0 }</style>' +
      '<p>行政许可<span style="opacity:0">9<b style="opacity:1">9</b></span>1436</p>' +
      '<p>行政处罚<span class="z">7<b>5</b>8</span>6</p><div class="o"><p>分享</p></div>'
    expect(rows(html)).toEqual([['行政许可1436'], ['行政处罚56']])
  })

  it('drops text in a colour not seen (transparent, or white with nothing painted behind it)', () => {
    const html =
      '<p>行政许可<font color="#FFFFFF">9</font>1436</p>' +
      '<p>行政处罚<span style="color:#fff">9<b style="color:#000">2</b></span>87</p>' +
      '<p>行政强制<span style="color: transparent">9</span>12</p>' +
      '<table><tr><td bgcolor="#1F4E79"><font color="white">表头</font></td><td style="color:#fff">5</td></tr></table>' +
      '<div style="background: #333"><p><span style="color:white">深色底</span></p></div>' +
      '<p><font color="#ffffff">白</font><span style="background-color:#000">底</span></p>'
    expect(rows(html)).toEqual([
      ['行政许可1436'],
      ['行政处罚287'],
      ['行政强制12'],
      ['表头', ''],
      ['深色底'],
      ['底'],
    ])
  })

  it('drops white text on a page whose <style> paints a background only elsewhere, keeps it where it reaches', () => {
    const style =
      '<style>.w { color: #fff } .head { background: #4472c4 } .box td { background-color: #333 }' +
      ' .pic { background: url(bg.png) } .bare { background-color: #333; background-image: none }' +
      ' .clear { background: #333 } span.clear { background: transparent }</style>'
    const html =
      '<div class="head">标题</div><p>行政许可<span class="w">9</span>1436</p>' +
      '<table class="box"><tr><td><span class="w">深色底</span></td></tr></table>' +
      '<p class="pic"><font color="#fff">图底</font></p><p class="bare"><font color="#fff">色底</font></p>' +
      '<div class="clear"><span class="clear w">外层底</span></div><p><span class="clear w">9</span>12</p>'
    expect(rows(style + html)).toEqual([
      ['标题'],
      ['行政许可1436'],
      ['深色底'],
      ['图底'],
      ['色底'],
      ['外层底'],
      ['12'],
    ])
  })

  it('reads the text ::before and ::after rules draw, as Chromium draws it; not what they hide or cannot tell', () => {
    const style =
      '<style>.b::before { content: "1" } .a:after { content: \'\\32\' "0" } span[data-n]::before { content: attr(data-n) }' +
      ' .i:before { content: "\\e601" } .h::before { content: "9"; display: none } .w::after { content: "9"; color: #fff }' +
      ' .n::before { content: none } .c::before { content: counter(x) } .x::before { content: "7" } .x.y::before { content: "" }</style>'
    const cells = [
      '<span class="b"></span>436',
      '1<span class="a"></span>',
      '<span data-n="28"></span>7',
      '<i class="i"></i>3',
      '<span class="h"></span>4',
      '<span class="w"></span>5',
      '<span class="b n"></span>6',
      '<span class="c"></span><span class="x y"></span>7',
      '<span class="x"><b>8</b></span>',
      '<span class="x" style="display:none">9</span>9',
      '<span style="visibility:hidden"><span class="b">2</span></span>10',
      '<span class="b"></span><span class="a">1<b>1</td>',
    ]
    const html = `<table><tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr></table>`
    expect(rows(style + html)).toEqual([
      ['1436', '120', '287', '3', '4', '5', '6', '7', '78', '9', '10', '11120'],
    ])
  })

  it('reads text drawn right to left by a bidi override (<bdo dir="rtl">) in the order Chromium draws it', () => {
    const cells = [
      '<bdo dir="rtl">6341</bdo>',
      '<bdo dir="RTL">7<b>8</b>2</bdo>',
      '<span style="unicode-bidi:bidi-override; direction:rtl">21</span>',
      '<span style="direction:rtl">12</span>',
      '1<bdo dir="rtl">34</bdo>5',
      '<bdo dir="ltr">67</bdo>',
      '<bdo dir="rtl">5<br>6</bdo>',
    ]
    const html = `<table><tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr></table>`
    expect(rows(html)).toEqual([['1436', '287', '12', '12', '1435', '67', '5 6']])
  })

  it('reads a closed <details> as Chromium shows it: its first <summary> only', () => {
    const cells = [
      '<details><summary>x</summary>9</details>15',
      '<details open><summary>y</summary>9</details>16',
      '<details>9<summary>z</summary>8</details>17',
      '<span style="visibility:hidden"><details><summary>w</summary>9</details></span>18',
    ]
    const html = `<table><tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr></table>`
    expect(rows(html)).toEqual([['x 15', 'y 9 16', 'z 17', '18']])
  })

  it('keeps white text on a page whose <style> paints the <body> the page writes no tag for', () => {
    const html = '<style>body { background: #1f4e79; color: #fff }</style><p>行政许可<span>9</span>1436</p>'
    expect(rows(html)).toEqual([['行政许可91436']])
  })

  it('drops text hidden by a rule on an element’s place among its siblings, void elements counted', () => {
    const style =
      '<style>td span:first-child { display: none } p b:nth-of-type(2n) { display: none }' +
      ' i:last-child, u:nth-last-child(-n+1) { display: none } em:first-child { display: none }</style>'
    const html =
      '<table><tr><td><span>9</span><span>12</span></td></tr></table>' +
      '<p><b>1</b><b>x</b><b>4</b><b>y</b>3<i>z</i><i>7</i></p><p><br><em>5</em></p>'
    expect(rows(style + html)).toEqual([['12'], ['143z'], ['5']])
  })

  it('stays fast matching combinator rules on deep and wide pages', () => {
    const rules = Array.from({ length: 10_000 }, (_, index) => `.a .b${index} > span { display: none }`).join(
      '',
    )
    const deep = '<div class="a b1">'.repeat(20_000) + '<span>藏</span>'
    const wide = '<div class="a"><p class="b5">' + '<span>1</span>'.repeat(10_000) + '</p></div><p>留</p>'
    for (const page of [deep, wide]) {
      const started = performance.now()
      expect(rows(`<style>${rules}</style>${page}`).flat().join('')).not.toContain('藏')
      expect(performance.now() - started).toBeLessThan(5000)
    }
  })

  it('shows what an invisible element holds that makes itself visible, as browsers do', () => {
    expect(
      rows(
        '<style>.x { visibility: hidden } .x .y { visibility: visible }</style>' +
          '<div class="x">提示<span class="y">收到申请 12</span></div>',
      ),
    ).toEqual([['收到申请 12']])
    expect(
      rows(
        '<div style="visibility:hidden">旧<p style="visibility:visible">新<b style="visibility:hidden">删</b></p>' +
          '<p>不见</p></div><p>正文</p>',
      ),
    ).toEqual([['新'], ['正文']])
    expect(rows('<div style="visibility:hidden"><p style="display:block">不见</p></div><p>正文</p>')).toEqual(
      [['正文']],
    )
  })

  it('reads the visible copy of a table instead of a hidden older one, before or after it', () => {
    const table = (count: number) => `<table><tr><td>行政许可</td><td>${count}</td></tr></table>`
    expect(rows(`<div style="display:none">${table(1346)}</div>${table(1436)}`)).toEqual([
      ['行政许可', '1436'],
    ])
    expect(rows(`${table(1436)}<table hidden><tr><td>行政许可</td><td>1346</td></tr></table>`)).toEqual([
      ['行政许可', '1436'],
    ])
  })

  it('keeps hidden tables that are no copy of a shown one (tabs of other tables)', () => {
    const html =
      '<h2>二、主动公开</h2><div class="tab"><table><tr><td>行政许可</td><td>5</td></tr></table></div>' +
      '<h2>四、行政复议</h2><div style="display:none"><table><tr><td>行政复议</td><td>2</td></tr></table></div>'
    expect(rows(html)).toEqual([['二、主动公开'], ['行政许可', '5'], ['四、行政复议'], ['行政复议', '2']])
  })

  it('still drops hidden text after a hundred hidden tab panes kept for their tables', () => {
    const panes = Array.from(
      { length: 100 },
      (_, index) => `<div class="pane"><table><tr><td>行政许可</td><td>${index}</td></tr></table></div>`,
    ).join('')
    const lines = rows(
      `<style>.pane { display: none } .cp { display: none }</style>${panes}<p class="cp">分享</p>`,
    )
    expect(lines).toHaveLength(100)
    expect(lines.at(-1)).toEqual(['行政许可', '99'])
  })

  it('keeps the content of a hidden element whose end cannot be found', () => {
    expect(rows('<div style="display:none"><p>报告正文')).toEqual([['报告正文']])
  })

  // Expected rows are what Chromium's innerText shows for each page.
  it('ignores the /> of an HTML element that is not void, as a browser; not that of a void or foreign one', () => {
    expect(
      rows(
        '<p>a<span style="display:none"/>9</span>166<br/>7<img src=x />8</p>' +
          '<svg><text>t<tspan style="display:none"/>u</text></svg>',
      ),
    ).toEqual([['a166'], ['78'], ['tu']])
  })

  it('ends a hidden element left open where a browser ends it: not before, not at its next end tag', () => {
    const cells =
      '<table><tr><td>1<span style=display:none>12</td><td>5<span style=display:none>9</td></tr></table>'
    expect(rows(`${cells}<p><span>x</span></p>`)).toEqual([['1', '5'], ['x']])
    expect(rows('<p><span style=display:none>9</p>166</span>')).toEqual([['166']])
    expect(rows('<p style=display:none>9<div>166</div><p class=x>正文</p>')).toEqual([['166'], ['正文']])
    // Left open between cells (a browser moves it before the table), it ends at the next cell or row.
    expect(rows('<table><tr><td>行政许可</td><span style=display:none>9<td>5</td></tr></table>')).toEqual([
      ['行政许可', '5'],
    ])
    expect(rows('<table><span style=display:none>9<tr><td>行政处罚</td><td>3</td></tr></table>')).toEqual([
      ['行政处罚', '3'],
    ])
  })

  it('hides the text a browser re-opens a hidden formatting element around, up to its end tag or cell end', () => {
    expect(rows('<p><b style=display:none>9</p>166</b>x')).toEqual([['x']])
    expect(rows('<table><tr><td><font style=display:none>9</td><td>166</td></tr></table>')).toEqual([
      ['', '166'],
    ])
  })

  it('lets a display the page sets beat the hidden attribute, but not hidden="until-found" on a block', () => {
    expect(
      rows(
        '<style>.s{display:inline}</style><p hidden style="display:block">a</p><p hidden>b</p>' +
          '<span hidden class=s>c</span><p hidden class=s style="display:none">d</p>' +
          '<div hidden="until-found" style="display:block">e</div><span hidden="until-found">f</span>',
      ),
    ).toEqual([['a'], ['cf']])
    expect(
      rows('<style>[hidden] { display: block }</style><p hidden>g</p><p hidden=until-found>h</p>'),
    ).toEqual([['g']])
  })

  it('puts the ArticleTitle and <title> first and exposes page metadata', () => {
    const html = `<html><head><title>首页 - 某县人民政府</title>
      <meta name="ArticleTitle" content="某县教育局2022年政府信息公开工作年度报告">
      <meta name="PubDate" content="2023-01-20 10:00"><meta name="ContentSource" content="某县教育局">
      </head><body><div>网站地图</div></body></html>`
    const doc = htmlToDocument('p.html', html)
    // The generic <title> names no year, so it is chrome: kept in meta, not made a line.
    expect(doc.lines.map((line) => line.text)).toEqual([
      '某县教育局2022年政府信息公开工作年度报告',
      '网站地图',
    ])
    expect(doc.meta).toMatchObject({
      title: '首页 - 某县人民政府',
      ArticleTitle: '某县教育局2022年政府信息公开工作年度报告',
      PubDate: '2023-01-20 10:00',
      ContentSource: '某县教育局',
    })
    expect(doc.kind).toBe('html')
  })

  it('puts a <title> that names the report first, once, even when the body only has chrome', () => {
    const html =
      '<title>某县教育局2022年政府信息公开工作年度报告</title><title>某县教育局2022年政府信息公开工作年度报告</title>' +
      '<div>首页 &gt; 信息公开</div><table><tr><td>行政许可</td><td>4</td></tr></table>'
    expect(htmlToDocument('t.html', html).lines.map(lineCells)).toEqual([
      ['某县教育局2022年政府信息公开工作年度报告'],
      ['首页 > 信息公开'],
      ['行政许可', '4'],
    ])
  })

  it('takes the title from the page’s metadata table when only that names the report', () => {
    const html = `<title>沭阳县人民政府</title><h3>政府信息公开</h3>
      <table class="table_content"><tr><td>名称</td><td colspan="3">沭阳县发展和改革局2023年政府信息公开年度报告</td></tr>
      <tr><td>索引号</td><td>014314799/2024-00002</td><td>分类</td><td>信息公开年报</td></tr>
      <tr><td>发布机构：</td><td>沭阳县发展和改革局</td><td>公开日期</td><td>2024-01-17</td></tr>
      <tr><td>文号</td><td></td><td>关键词</td><td></td></tr></table><p>一、总体情况</p>`
    const doc = htmlToDocument('p.html', html)
    expect(doc.lines[0]?.cells).toEqual(['沭阳县发展和改革局2023年政府信息公开年度报告'])
    expect(doc.lines[1]?.cells).toEqual(['政府信息公开'])
    expect(doc.meta).toMatchObject({
      title: '沭阳县人民政府',
      名称: '沭阳县发展和改革局2023年政府信息公开年度报告',
      索引号: '014314799/2024-00002',
      发布机构: '沭阳县发展和改革局',
      公开日期: '2024-01-17',
    })
    expect(doc.meta?.文号).toBeUndefined()
  })

  it('returns an empty document for empty input', () => {
    expect(htmlToDocument('e.html', '')).toEqual({ name: 'e.html', kind: 'html', lines: [] })
  })
})

describe('htmlToDocument: pasted HTML', () => {
  it('reads a table copied from a browser (clipboard fragment markers, Windows CF_HTML header)', () => {
    const clipboard =
      'Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000400\r\n' +
      '<html><body><!--StartFragment--><table><tbody><tr><td>行政许可</td><td colspan="3">12</td></tr>' +
      '<tr><td>行政处罚</td><td colspan="3">3</td></tr></tbody></table><!--EndFragment--></body></html>'
    const doc = htmlToDocument('粘贴内容', clipboard, 'paste')
    expect(doc.kind).toBe('paste')
    expect(doc.lines.map(lineCells)).toEqual([
      ['行政许可', '12'],
      ['行政处罚', '3'],
    ])
    expect(doc.lines.map((line) => line.gridColumns)).toEqual([
      [0, 1],
      [0, 1],
    ])
  })
})
