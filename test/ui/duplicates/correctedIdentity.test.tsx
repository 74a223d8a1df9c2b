import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DuplicatesNotice } from '../../../src/features/duplicates/DuplicatesNotice'
import { describeLoaded, duplicateOfText } from '../../../src/features/ingest/fileOutcome'
import { removeFile } from '../../../src/features/ingest/removeFile'
import { keepOneCopy } from '../../../src/features/duplicates/discardDuplicates'
import { addReport, selectEffectiveReports, useDashboardStore } from '../../../src/store'
import { selectDuplicateGroups } from '../../../src/store/selectors/duplicateGroups'
import { loadedFromText, seedText, SHIFANQU, SHIFANQU_SEED } from '../trust/trustFixtures'

function fileMessage(id: string): string {
  return useDashboardStore.getState().files.find((file) => file.id === id)?.message ?? ''
}

/**
 * The seed and the seed saved once more without any year in it (the reader cannot tell it is the same
 * report), both loaded, each file on its line.
 */
function loadYearlessAndDated() {
  const text = seedText(SHIFANQU_SEED).replace(`${SHIFANQU} 2023 年`, SHIFANQU).replaceAll('2023', '')
  const yearless = loadedFromText('副本.txt', text, 0)
  const dated = loadedFromText(SHIFANQU_SEED, seedText(SHIFANQU_SEED), 1)
  addReport(yearless)
  addReport(dated)
  const state = useDashboardStore.getState()
  state.enqueueFile({
    id: 'f-yearless',
    name: yearless.fileName,
    size: 1,
    status: 'read',
    reportIds: [yearless.id],
  })
  state.enqueueFile({ id: 'f-dated', name: dated.fileName, size: 1, status: 'read', reportIds: [dated.id] })
  return { yearless, dated, state }
}

describe('duplicate reports made one agency and year by the user’s correction', () => {
  it('are grouped under the corrected year, and the dialog and the file list name them as the page does', async () => {
    const { yearless, dated, state } = loadYearlessAndDated()
    expect([yearless.report.agency, yearless.report.year]).toEqual([SHIFANQU, 0])
    // A copy of the yearless file dropped when it was added: named as read, before any correction.
    state.enqueueFile({
      id: 'f-again',
      name: 'again.txt',
      size: 1,
      status: 'duplicate',
      message: duplicateOfText(yearless),
      duplicateOf: [yearless.id],
    })
    expect(selectDuplicateGroups(useDashboardStore.getState())).toEqual([])

    expect(state.correctIdentity(yearless.id, SHIFANQU, dated.report.year)).toBeNull()
    const groups = selectDuplicateGroups(useDashboardStore.getState())
    expect(groups.map((group) => [group.agency, group.year, group.reportIds])).toEqual([
      [SHIFANQU, dated.report.year, [yearless.id, dated.id]],
    ])

    const user = userEvent.setup()
    render(<DuplicatesNotice />)
    const shown = `${SHIFANQU} ${dated.report.year}`
    expect(screen.getByTestId('duplicates-notice')).toHaveTextContent(`（${shown}）`)
    await user.click(screen.getByRole('button', { name: '处理重复报告' }))
    const dialog = screen.getByRole('dialog', { name: `重复报告：${shown} 年（2 份）` })
    // Which copy has the user's year, flagged as everywhere else on the page.
    const identities = within(dialog).getByTestId('duplicate-identities')
    expect([...identities.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      `${shown}已更正`,
      shown,
    ])
    expect(identities.querySelector('[data-corrected="true"]')?.getAttribute('title')).toMatch(
      /^已更正：读取结果为 未识别，更正于 /,
    )

    await user.click(within(dialog).getByRole('button', { name: `保留 ${yearless.fileName}` }))
    expect(useDashboardStore.getState().reports.map((entry) => entry.id)).toEqual([yearless.id])
    const [keptAsShown] = selectEffectiveReports(useDashboardStore.getState())
    if (keptAsShown === undefined) throw new Error('the kept copy is gone')
    const keptName = describeLoaded(keptAsShown)
    expect(keptName).toBe(`${shown}（${yearless.fileName}）`)
    expect(fileMessage('f-dated')).toBe(`已按您的选择移除，保留的是同一机关同一年度的另一份：${keptName}`)

    // The kept copy removed later: lines naming it as the page did, and as read, both say so.
    removeFile(useDashboardStore.getState, 'f-yearless')
    expect(fileMessage('f-dated')).toContain(`${keptName}，该份已被移除`)
    expect(fileMessage('f-again')).toBe(
      `${duplicateOfText(yearless)}，该份已被移除，如需加载请重新添加此文件`,
    )
  })

  it('the kept copy’s line is noted on its removal after the correction that named it was undone', () => {
    const { yearless, dated, state } = loadYearlessAndDated()
    expect(state.correctIdentity(yearless.id, SHIFANQU, dated.report.year)).toBeNull()
    const [group] = selectDuplicateGroups(useDashboardStore.getState())
    if (!group) throw new Error('no duplicate group')
    keepOneCopy(useDashboardStore.getState, group, yearless.id)
    const [kept] = selectEffectiveReports(useDashboardStore.getState())
    if (!kept) throw new Error('the kept copy is gone')
    const keptName = describeLoaded(kept)
    useDashboardStore.getState().undoIdentityCorrection(yearless.id)
    // The page now names the kept copy 未识别; the line still holds the name it was given.
    expect(describeLoaded(selectEffectiveReports(useDashboardStore.getState())[0] ?? kept)).not.toBe(keptName)
    removeFile(useDashboardStore.getState, 'f-yearless')
    expect(fileMessage('f-dated')).toContain(`${keptName}，该份已被移除`)
  })

  it('the kept copy’s line is noted on its removal when the page names its agency otherwise by then', () => {
    const short = loadedFromText('a.txt', seedText(SHIFANQU_SEED).replaceAll(SHIFANQU, '沭阳县发改局'), 0)
    const full = loadedFromText(
      'b.txt',
      seedText(SHIFANQU_SEED).replaceAll(SHIFANQU, '沭阳县发展和改革局'),
      1,
    )
    addReport(short)
    addReport(full)
    const state = useDashboardStore.getState()
    state.enqueueFile({ id: 'f-a', name: 'a.txt', size: 1, status: 'read', reportIds: [short.id] })
    state.enqueueFile({ id: 'f-b', name: 'b.txt', size: 1, status: 'read', reportIds: [full.id] })
    const [group] = selectDuplicateGroups(useDashboardStore.getState())
    if (!group) throw new Error('the abbreviation made no duplicate group')
    keepOneCopy(useDashboardStore.getState, group, short.id)
    const written = fileMessage('f-b')
    // Named under the full spelling while both were loaded; alone, the copy is shown as its report writes it.
    expect(written).toContain('沭阳县发展和改革局')
    expect(
      selectEffectiveReports(useDashboardStore.getState()).map((loaded) => loaded.report.agency),
    ).toEqual(['沭阳县发改局'])
    removeFile(useDashboardStore.getState, 'f-a')
    expect(fileMessage('f-b')).toMatch(/沭阳县发展和改革局 \d{4}（a\.txt），该份已被移除/)
  })
})
