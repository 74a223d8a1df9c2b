import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docxToDocument } from '../../../../src/core/read/docx/docxToDocument'
import { lineCells } from '../../../../src/core/model/lineCells'
import { readReport } from '../../../../src/core/readReport'

const TEMPLATE = join(import.meta.dirname, '../../../fixtures/template/blank_template_2021.docx')

function templateLines() {
  const read = docxToDocument('blank_template_2021.docx', new Uint8Array(readFileSync(TEMPLATE)))
  if (!read.ok) throw new Error(read.error.message)
  return read.doc.lines
}

function lineStarting(lines: ReturnType<typeof templateLines>, label: string) {
  const line = lines.find((candidate) => lineCells(candidate)[0] === label)
  if (!line) throw new Error(`no line starting with ${label}`)
  return line
}

describe('the blank 2021 template', () => {
  const lines = templateLines()

  it('reads the title and section headings as paragraph lines in order', () => {
    const paragraphs = lines.filter((line) => line.gridColumns === undefined).map((line) => line.text)
    expect(paragraphs[0]).toBe('政府信息公开工作年度报告格式模板')
    const headings = paragraphs.filter((text) => /^[一二三四五六]、/.test(text))
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
  })

  it('reads 表二 rows with their blank value cells', () => {
    expect(lineStarting(lines, '信息内容').cells).toEqual([
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
    ])
    expect(lineStarting(lines, '规章').cells).toEqual(['规章', '', '', ''])
    expect(lineStarting(lines, '行政事业性收费').cells).toEqual(['行政事业性收费', ''])
    // The block heading spans the table's four columns (w:gridSpan).
    expect(lineStarting(lines, '第二十条第(一)项').gridColumns).toEqual([0])
  })

  it('places 表三 cells on the grid: spanned labels, and vertically merged labels only in their first row', () => {
    const received = lineStarting(lines, '一、本年新收政府信息公开申请数量')
    expect(lineCells(received)).toHaveLength(8)
    expect(received.gridColumns).toEqual([0, 3, 4, 5, 6, 7, 8, 9])
    const granted = lineStarting(lines, '三、本年度办理结果')
    expect(lineCells(granted).slice(0, 2)).toEqual(['三、本年度办理结果', '(一)予以公开'])
    expect(granted.gridColumns).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9])
    // Under the merged 三、本年度办理结果 and （三）不予公开 cells, rows start further right.
    expect(lineStarting(lines, '(二)部分公开(区分处理的,只计这一情形,不计其他情形)').gridColumns?.[0]).toBe(1)
    const secret = lineStarting(lines, '(三)不予公开')
    expect(lineCells(secret)[1]).toBe('1.属于国家秘密')
    expect(lineStarting(lines, '2.其他法律行政法规禁止公开').gridColumns).toEqual([2, 3, 4, 5, 6, 7, 8, 9])
    expect(lineStarting(lines, '四、结转下年度继续办理').cells).toHaveLength(8)
  })

  it('keeps header cells whose words sit in separate paragraphs together', () => {
    const header = lines.find((line) => lineCells(line).includes('社会公益组织'))
    expect(header?.cells).toEqual(['商业 企业', '科研 机构', '社会公益组织', '法律服务机构', '其他'])
  })

  it('reads 表四 as its two header rows and one row of fifteen blank cells', () => {
    expect(lineStarting(lines, '行政复议').cells).toEqual(['行政复议', '行政诉讼'])
    const values = lines[lines.findIndex((line) => lineCells(line)[0] === '行政复议') + 3]
    expect(values?.cells).toEqual(Array.from({ length: 15 }, () => ''))
    expect(values?.gridColumns).toEqual(Array.from({ length: 15 }, (_, index) => index))
  })

  it('is not taken for a report: no figure in its tables and no agency or year in its title', () => {
    const read = docxToDocument('blank_template_2021.docx', new Uint8Array(readFileSync(TEMPLATE)))
    if (!read.ok) throw new Error(read.error.message)
    const outcome = readReport(read.doc)
    expect(outcome.ok ? 'read' : outcome.error.code).toBe('empty')
    expect(outcome.ok ? '' : outcome.error.message).toContain('空白模板')
  })

  it('filled in with a title, its blank tables are still a report (blanks read as 0, with a notice)', () => {
    const read = docxToDocument('blank_template_2021.docx', new Uint8Array(readFileSync(TEMPLATE)))
    if (!read.ok) throw new Error(read.error.message)
    const titled = {
      ...read.doc,
      lines: [{ text: '示例县统计局2023年政府信息公开工作年度报告' }, ...read.doc.lines],
    }
    const outcome = readReport(titled)
    if (!outcome.ok) throw new Error(outcome.error.message)
    expect(outcome.report.agency).toBe('示例县统计局')
    expect(outcome.report.notices.map((notice) => notice.code)).toContain('blank-as-zero')
  })
})
