/**
 * findSections on every fixture: the sections it found before it was made faster (pinned below, computed
 * with the ICU compactLabel version), the same on text pre-normalised by ICU, and headings written with
 * the characters NFKC folds (full-width forms, Kangxi radicals, compatibility ideographs, zero-width).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  findSections,
  HEADING_CHARACTERS,
  HEADING_RULES,
  mayMatchHeading,
  SECTION_IDS,
} from '../../../src/core/checks/sections'
import type { SourceDocument } from '../../../src/core/model/report'
import { readingDocument } from '../../../src/core/text/readingDocument'
import { compactLabel } from '../../../src/core/text/normalize'
import { fixtureReports, readOk, type FixtureReport } from '../trust/fixtureReports'

/** Heading line and end of each section found, per fixture report. */
const PINNED: [string, string][] = [
  [
    'generated/doc/000_7bba39e252e1dfbf.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-59 other:59-61',
  ],
  [
    'generated/doc/001_cad4fa3e014eb2f3.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-59 other:59-61',
  ],
  [
    'generated/doc/002_3971b268707d3ce1.doc',
    'overview:1-8 proactive:8-23 applications:23-52 appeals:52-57 problems:57-62 other:62-64',
  ],
  [
    'generated/doc/003_1579294a3fe638da.doc',
    'overview:1-8 proactive:8-23 applications:23-52 appeals:52-57 problems:57-61 other:61-63',
  ],
  [
    'generated/doc/004_1acaf75430f57636.doc',
    'overview:1-5 proactive:5-20 applications:20-49 appeals:49-54 problems:54-57 other:57-59',
  ],
  [
    'generated/doc/900_designed_nonzero.concealed.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.footnote-marks.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.off-baseline-marks.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.style-hidden-paragraphs.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.style-hidden-runs.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.style-struck-runs.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.style-vanish-off.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.table-styles.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/doc/900_designed_nonzero.white-digits.doc',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/000_7bba39e252e1dfbf.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-59 other:59-61',
  ],
  [
    'generated/docx/001_cad4fa3e014eb2f3.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-59 other:59-61',
  ],
  [
    'generated/docx/002_3971b268707d3ce1.docx',
    'overview:1-8 proactive:8-23 applications:23-52 appeals:52-57 problems:57-62 other:62-64',
  ],
  [
    'generated/docx/003_1579294a3fe638da.docx',
    'overview:1-8 proactive:8-23 applications:23-52 appeals:52-57 problems:57-61 other:61-63',
  ],
  [
    'generated/docx/004_1acaf75430f57636.docx',
    'overview:1-5 proactive:5-20 applications:20-49 appeals:49-54 problems:54-57 other:57-59',
  ],
  [
    'generated/docx/900_designed_nonzero.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.nested-fields.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.off-baseline-marks.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.renamed-main-part.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.style-hidden-paragraphs.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.style-hidden-runs.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.style-struck-runs.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.style-vanish-off.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.table-styles.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.text-box-digits.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.theme-colours.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/docx/900_designed_nonzero.white-digits.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/flat/000_7bba39e252e1dfbf.flat.txt',
    'overview:4-10 proactive:10-25 applications:25-54 appeals:54-59 problems:59-62 other:62-67',
  ],
  [
    'generated/flat/001_cad4fa3e014eb2f3.flat.txt',
    'overview:4-10 proactive:10-25 applications:25-54 appeals:54-59 problems:59-62 other:62-67',
  ],
  [
    'generated/flat/002_3971b268707d3ce1.flat.txt',
    'overview:4-11 proactive:11-26 applications:26-55 appeals:55-60 problems:60-65 other:65-70',
  ],
  [
    'generated/flat/900_designed_nonzero.numbers-before-labels.txt',
    'overview:4-10 proactive:10-25 applications:25-57 appeals:57-62 problems:62-64 other:64-69',
  ],
  [
    'generated/flat/900_designed_nonzero.flat-spaced.txt',
    'overview:4-10 proactive:10-25 applications:25-54 appeals:54-59 problems:59-61 other:61-66',
  ],
  [
    'generated/flat/900_designed_nonzero.flat.txt',
    'overview:4-10 proactive:10-25 applications:25-54 appeals:54-59 problems:59-61 other:61-66',
  ],
  [
    'generated/html/000_7bba39e252e1dfbf.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-59 other:59-61',
  ],
  [
    'generated/html/001_cad4fa3e014eb2f3.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-59 other:59-61',
  ],
  [
    'generated/html/002_3971b268707d3ce1.html',
    'overview:1-8 proactive:8-23 applications:23-52 appeals:52-57 problems:57-62 other:62-64',
  ],
  [
    'generated/html/003_1579294a3fe638da.html',
    'overview:1-8 proactive:8-23 applications:23-52 appeals:52-57 problems:57-61 other:61-63',
  ],
  [
    'generated/html/004_1acaf75430f57636.html',
    'overview:1-5 proactive:5-20 applications:20-49 appeals:49-54 problems:54-57 other:57-59',
  ],
  // Text the page does not show leaves no line: the same sections as the page they were made from (the
  // painted-elsewhere page shows one line more, its banner).
  [
    'generated/html/900_designed_nonzero.cell-tables.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.class-hidden-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.clipped-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.descendant-hidden-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.faint-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.folded-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.generated-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.hidden-old-table.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.matched-ink-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.off-baseline-marks.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.offscreen-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.painted-elsewhere-white-digits.html',
    'overview:2-8 proactive:8-23 applications:23-52 appeals:52-57 problems:57-59 other:59-61',
  ],
  [
    'generated/html/900_designed_nonzero.place-selector-hidden-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.reversed-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.self-closed-hidden-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.self-closed-raw-text-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.shifted-marks.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.shown-hidden-attribute.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.unclosed-hidden-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.unseen-ink-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.value-selector-hidden-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/html/900_designed_nonzero.zero-opacity-digits.html',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/pasted/900_designed_nonzero.cell-lines.txt',
    'overview:1-7 proactive:7-38 applications:38-254 appeals:254-289 problems:289-291 other:291-293',
  ],
  [
    'generated/pasted/900_designed_nonzero.chromium-copy.txt',
    'overview:5-19 proactive:19-112 applications:112-557 appeals:557-648 problems:648-652 other:652-657',
  ],
  [
    'generated/pasted/900_designed_nonzero.pdf-items.txt',
    'overview:4-24 proactive:24-55 applications:55-310 appeals:310-357 problems:357-376 other:376-380',
  ],
  [
    'generated/pasted/shuyang_fgj_2023_page.wps-wrapped.txt',
    'overview:22-34 proactive:34-50 applications:50-96 appeals:96-101 problems:101-104 other:104-108',
  ],
  [
    'generated/pdf/000_7bba39e252e1dfbf.pdf',
    'overview:2-26 proactive:26-41 applications:41-78 appeals:78-84 problems:84-99 other:99-101',
  ],
  [
    'generated/pdf/001_cad4fa3e014eb2f3.pdf',
    'overview:2-24 proactive:24-39 applications:39-75 appeals:75-81 problems:81-92 other:92-94',
  ],
  [
    'generated/pdf/002_3971b268707d3ce1.pdf',
    'overview:2-27 proactive:27-42 applications:42-79 appeals:79-85 problems:85-100 other:100-103',
  ],
  [
    'generated/pdf/003_1579294a3fe638da.pdf',
    'overview:2-26 proactive:26-41 applications:41-78 appeals:78-84 problems:84-100 other:100-102',
  ],
  [
    'generated/pdf/004_1acaf75430f57636.pdf',
    'overview:2-20 proactive:20-35 applications:35-69 appeals:69-75 problems:75-91 other:91-93',
  ],
  [
    'generated/pdf/900_designed_nonzero.pdf',
    'overview:2-10 proactive:10-25 applications:25-61 appeals:61-67 problems:67-70 other:70-72',
  ],
  [
    'generated/text/000_7bba39e252e1dfbf.gb18030.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'generated/text/000_7bba39e252e1dfbf.utf16be.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'generated/text/001_cad4fa3e014eb2f3.gb18030.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'generated/text/001_cad4fa3e014eb2f3.utf16le.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'generated/text/002_3971b268707d3ce1.gb18030.txt',
    'overview:4-18 proactive:18-35 applications:35-66 appeals:66-73 problems:73-83 other:83-86',
  ],
  [
    'generated/text/003_1579294a3fe638da.gb18030.txt',
    'overview:4-18 proactive:18-35 applications:35-67 appeals:67-74 problems:74-82 other:82-85',
  ],
  [
    'generated/text/003_1579294a3fe638da.utf16le.txt',
    'overview:4-18 proactive:18-35 applications:35-67 appeals:67-74 problems:74-82 other:82-85',
  ],
  [
    'generated/text/900_designed_nonzero.tables-as-html.md',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/text/004_1acaf75430f57636.gb18030.txt',
    'overview:4-12 proactive:12-29 applications:29-60 appeals:60-67 problems:67-73 other:73-76',
  ],
  [
    'generated/text/004_1acaf75430f57636.utf16be.txt',
    'overview:4-12 proactive:12-29 applications:29-60 appeals:60-67 problems:67-73 other:73-76',
  ],
  [
    'generated/zip/reports_bundle.zip/001_cad4fa3e014eb2f3.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'generated/zip/reports_bundle.zip/gbk/002_3971b268707d3ce1.txt',
    'overview:4-18 proactive:18-35 applications:35-66 appeals:66-73 problems:73-83 other:83-86',
  ],
  [
    'generated/zip/reports_bundle.zip/年报/004_1acaf75430f57636.docx',
    'overview:1-5 proactive:5-20 applications:20-49 appeals:49-54 problems:54-57 other:57-59',
  ],
  [
    'handmade/2019_template.txt',
    'overview:5-7 proactive:7-26 applications:26-53 appeals:53-58 problems:58-60 other:60-63',
  ],
  [
    'handmade/2021_one_row_other_handling.txt',
    'overview:3-5 proactive:5-21 applications:21-49 appeals:49-55 problems:55-57 other:57-60',
  ],
  ['handmade/legacy_2017.txt', 'overview:3-5 proactive:5-7 applications:7-15 appeals:15-17 problems:17-20'],
  [
    'real/hongze_district_gov_2023.pdf',
    'overview:9-37 proactive:37-52 applications:52-82 appeals:82-88 problems:88-100 other:100-103',
  ],
  [
    'real/shuyang_fgj_2023_page.html',
    'overview:27-39 proactive:39-54 applications:54-83 appeals:83-88 problems:88-91 other:91-95',
  ],
  // The traditional copies have their originals' sections, found in the text as the reader reads it.
  [
    'generated/traditional/000_7bba39e252e1dfbf.s2t.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'generated/traditional/001_cad4fa3e014eb2f3.s2twp.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'generated/traditional/002_3971b268707d3ce1.s2tw.txt',
    'overview:4-18 proactive:18-35 applications:35-66 appeals:66-73 problems:73-83 other:83-86',
  ],
  [
    'generated/traditional/003_1579294a3fe638da.s2hk.txt',
    'overview:4-18 proactive:18-35 applications:35-67 appeals:67-74 problems:74-82 other:82-85',
  ],
  [
    'generated/traditional/004_1acaf75430f57636.s2tw.big5.txt',
    'overview:4-12 proactive:12-29 applications:29-60 appeals:60-67 problems:67-73 other:73-76',
  ],
  [
    'generated/traditional/900_designed_nonzero.s2t.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    // Two lines fewer than the simplified PDF: there the last lines of （六）'s two wrapped labels ("申请",
    // "信息公开申请") stay lines of their own; here they are joined to their rows.
    'generated/traditional/900_designed_nonzero.s2t.printed.pdf',
    'overview:2-10 proactive:10-25 applications:25-59 appeals:59-65 problems:65-68 other:68-70',
  ],
  [
    'generated/traditional/shuyang_fgj_2023_page.s2tw.big5.html',
    'overview:27-39 proactive:39-54 applications:54-83 appeals:83-88 problems:88-91 other:91-95',
  ],
  [
    'generated/item-number-cells/901_every_cell_nonzero.item-cells-blank-rows.txt',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-61',
  ],
  [
    'generated/item-number-cells/901_every_cell_nonzero.item-cells-numbers-below.txt',
    'overview:1-7 proactive:7-22 applications:22-70 appeals:70-75 problems:75-77 other:77-80',
  ],
  [
    'generated/item-number-cells/901_every_cell_nonzero.item-cells-one-row.txt',
    'overview:1-7 proactive:7-22 applications:22-49 appeals:49-54 problems:54-56 other:56-59',
  ],
  [
    'generated/item-number-cells/901_every_cell_nonzero.item-cells.page.html',
    'overview:2-8 proactive:8-23 applications:23-52 appeals:52-57 problems:57-59 other:59-61',
  ],
  [
    'generated/item-number-cells/901_every_cell_nonzero.item-cells.txt',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-61',
  ],
  [
    'generated/item-number-cells/901_every_cell_nonzero.item-cells.word.docx',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/item-number-cells/901_every_cell_nonzero.item-spaced.txt',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-56 problems:56-58 other:58-61',
  ],
  [
    'generated/appeals-rows/901_every_cell_nonzero.rows-litigation-subtotal.page.html',
    'overview:2-8 proactive:8-23 applications:23-52 appeals:52-58 problems:58-60 other:60-62',
  ],
  [
    'generated/appeals-rows/901_every_cell_nonzero.rows-total-first.txt',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-57 problems:57-59 other:59-62',
  ],
  [
    'generated/appeals-rows/901_every_cell_nonzero.transposed-item-column.md',
    'overview:1-7 proactive:7-26 applications:26-56 appeals:56-64 problems:64-66 other:66-69',
  ],
  [
    'generated/appeals-rows/901_every_cell_nonzero.transposed-numbered.txt',
    'overview:1-7 proactive:7-22 applications:22-51 appeals:51-58 problems:58-60 other:60-63',
  ],
  [
    'generated/amount-units/2019_template.wan-note.txt',
    'overview:5-7 proactive:7-27 applications:27-54 appeals:54-59 problems:59-61 other:61-64',
  ],
  [
    'generated/amount-units/2019_template.wan-row-label.txt',
    'overview:5-7 proactive:7-26 applications:26-53 appeals:53-58 problems:58-60 other:60-63',
  ],
  [
    'generated/amount-units/2019_template.wan-short.md',
    'overview:5-7 proactive:7-31 applications:31-59 appeals:59-65 problems:65-67 other:67-70',
  ],
  [
    'generated/amount-units/2019_template.wan-slash.pdf',
    'overview:3-5 proactive:5-24 applications:24-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/amount-units/2019_template.wan-wrapped.md',
    'overview:5-7 proactive:7-32 applications:32-60 appeals:60-66 problems:66-68 other:68-71',
  ],
  [
    'generated/signed-changes/2019_template.change-column-first.md',
    'overview:5-7 proactive:7-31 applications:31-59 appeals:59-65 problems:65-67 other:67-70',
  ],
  [
    'generated/signed-changes/2019_template.change-column-first-other-names.txt',
    'overview:5-7 proactive:7-26 applications:26-53 appeals:53-58 problems:58-60 other:60-63',
  ],
  [
    'generated/signed-changes/2019_template.en-dash-blank-beside.md',
    'overview:5-7 proactive:7-31 applications:31-59 appeals:59-65 problems:65-67 other:67-70',
  ],
  [
    'generated/signed-changes/2019_template.en-dash-spaced.md',
    'overview:5-7 proactive:7-31 applications:31-59 appeals:59-65 problems:65-67 other:67-70',
  ],
  [
    'generated/signed-changes/2019_template.minus-apart.pdf',
    'overview:3-5 proactive:5-24 applications:24-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'generated/signed-changes/2019_template.symbol-minus.docx',
    'overview:3-5 proactive:5-24 applications:24-51 appeals:51-56 problems:56-58 other:58-60',
  ],
  [
    'seeds/000_7bba39e252e1dfbf.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'seeds/001_cad4fa3e014eb2f3.txt',
    'overview:4-16 proactive:16-34 applications:34-65 appeals:65-72 problems:72-78 other:78-81',
  ],
  [
    'seeds/002_3971b268707d3ce1.txt',
    'overview:4-18 proactive:18-35 applications:35-66 appeals:66-73 problems:73-83 other:83-86',
  ],
  [
    'seeds/003_1579294a3fe638da.txt',
    'overview:4-18 proactive:18-35 applications:35-67 appeals:67-74 problems:74-82 other:82-85',
  ],
  [
    'seeds/004_1acaf75430f57636.txt',
    'overview:4-12 proactive:12-29 applications:29-60 appeals:60-67 problems:67-73 other:73-76',
  ],
]

function describeSections(document: Pick<SourceDocument, 'lines'>): string {
  const sections = findSections(readingDocument(document))
  return SECTION_IDS.flatMap((id) => {
    const span = sections[id]
    return span === undefined ? [] : [`${id}:${span.heading}-${span.end}`]
  }).join(' ')
}

const lines = (...texts: string[]) => ({ lines: texts.map((text) => ({ text, cells: [text] })) })

let fixtures: FixtureReport[] = []

beforeAll(async () => {
  fixtures = (await fixtureReports()).filter(readOk)
}, 120_000)

describe('findSections on every fixture', () => {
  it('finds the pinned sections in every fixture report', () => {
    expect(fixtures.map((fixture) => fixture.path).sort()).toEqual(PINNED.map(([path]) => path).sort())
    for (const [path, sections] of PINNED) {
      const fixture = fixtures.find((candidate) => candidate.path === path)
      expect(fixture && describeSections(fixture.report.document), path).toBe(sections)
    }
  })

  it('tests no line for a heading rule without what its pattern needs (HeadingRule)', () => {
    let matched = 0
    for (const { report } of fixtures)
      for (const line of report.document.lines) {
        const compact = compactLabel(line.text)
        if (compact.length > 60) continue
        // Every suffix: a title is what is left once any numbering in front is stripped.
        for (let start = 0; start < compact.length; start++) {
          const title = compact.slice(start)
          for (const id of SECTION_IDS) {
            const rule = HEADING_RULES[id]
            if (!rule.pattern.test(title)) continue
            matched++
            expect(mayMatchHeading(rule, title), `${id}: ${title}`).toBe(true)
          }
        }
      }
    expect(matched).toBeGreaterThan(fixtures.length * SECTION_IDS.length)
  })

  it('finds the same sections when every line was first normalised by ICU', () => {
    for (const { path, report } of fixtures) {
      const normalised = report.document.lines.map((line) => ({ ...line, text: compactLabel(line.text) }))
      expect(describeSections({ lines: normalised }), path).toBe(describeSections(report.document))
    }
  })
})

describe('section headings', () => {
  it('are found through full-width marks, Kangxi radicals, ideographic spaces and zero-width characters', () => {
    const document = lines(
      '\u2f00\u3001总体情况',
      '＃＃ 二、主动公开政府信息情况',
      '**三、\u200b收到和处理政府信息公开申请情况**',
      '四．政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六\u3000、其他需要报告的事项',
    )
    expect(describeSections(document)).toBe(
      'overview:0-1 proactive:1-2 applications:2-3 appeals:3-4 problems:4-5 other:5-6',
    )
  })

  it('are at most 40 characters once compacted, however many spaces the line has', () => {
    const padded = (ideographs: number) => `五、存在的主要问题及改进情况${'问'.repeat(ideographs - 14)}`
    expect(describeSections(lines(padded(40)))).toBe('problems:0-1')
    expect(describeSections(lines(padded(41)))).toBe('')
    expect(describeSections(lines(padded(40).split('').join(' ')))).toBe('problems:0-1')
    expect(describeSections(lines(padded(41).split('').join('\u3000')))).toBe('')
  })

  it('are found on any line of a document whose lines hold newlines or are empty', () => {
    const document = lines(
      '',
      '前言\n说明',
      '',
      '一、总体情况',
      '正文\n二、主动公开政府信息情况',
      '二、主动公开政府信息情况',
    )
    expect(describeSections(document)).toBe('overview:3-5 proactive:5-6')
  })

  it('are found when 况 is written as the compatibility ideograph U+FA71', () => {
    expect(describeSections(lines('正文', '一、总体情\ufa71'))).toBe('overview:1-2')
  })

  it('are not sub-headings, paragraphs or table rows', () => {
    const paragraph = `（一）主动公开情况。${'本机关主动公开政府信息'.repeat(4)}`
    expect(describeSections(lines('（一）主动公开情况', paragraph, '总体情况\t1\t2', '项目'))).toBe('')
  })

  it('needs a HEADING_CHARACTERS character in every heading rule', () => {
    for (const id of SECTION_IDS) {
      const rule = HEADING_RULES[id]
      if ('contains' in rule) expect(HEADING_CHARACTERS.test(rule.contains), id).toBe(true)
      else for (const char of rule.endsIn) expect(HEADING_CHARACTERS.test(char), id).toBe(true)
    }
  })

  it('HEADING_CHARACTERS holds every character NFKC turns into 况, 述, 问 or 项', () => {
    const targets = ['况', '述', '问', '项']
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      const folded = character.normalize('NFKC')
      if (targets.some((target) => folded.includes(target)))
        expect(HEADING_CHARACTERS.test(character)).toBe(true)
    }
  })
})
