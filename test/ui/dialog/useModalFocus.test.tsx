import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useRef, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { useModalFocus } from '../../../src/features/dialog/useModalFocus'

/** A modal holding one of each kind of focusable element, and some that Tab must skip. */
function MixedDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDivElement>(null)
  useModalFocus(dialog, { onClose })
  return (
    <div ref={dialog} role="dialog" aria-modal="true" aria-label="混合对话框" tabIndex={-1}>
      <a href="#help">说明</a>
      <input aria-label="名称" />
      <button type="button" disabled>
        不可用
      </button>
      <details>
        <summary>展开</summary>
        <button type="button">折叠内的按钮</button>
      </details>
      <div tabIndex={0}>可聚焦区域</div>
      <button type="button" hidden>
        隐藏
      </button>
      <button type="button">完成</button>
    </div>
  )
}

function Page() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        打开
      </button>
      <button type="button">页面上的按钮</button>
      {open ? <MixedDialog onClose={() => setOpen(false)} /> : null}
    </>
  )
}

/** What a person would call the focused element: its label, else its text. */
function focusedName(): string | null {
  const active = document.activeElement
  return active?.getAttribute('aria-label') ?? active?.textContent ?? null
}

describe('useModalFocus', () => {
  it('cycles Tab and Shift+Tab through links, inputs, summaries, [tabindex] and buttons; Escape returns focus', async () => {
    const user = userEvent.setup()
    render(<Page />)
    const opener = screen.getByRole('button', { name: '打开' })
    opener.focus()
    await user.keyboard('{Enter}')
    const dialog = screen.getByRole('dialog', { name: '混合对话框' })
    expect(dialog).toHaveFocus()

    const forward: (string | null)[] = []
    for (let step = 0; step < 6; step += 1) {
      await user.tab()
      forward.push(focusedName())
    }
    // Disabled, hidden and collapsed elements are skipped; after the last comes the first again.
    expect(forward).toEqual(['说明', '名称', '展开', '可聚焦区域', '完成', '说明'])

    const backward: (string | null)[] = []
    for (let step = 0; step < 2; step += 1) {
      await user.tab({ shift: true })
      backward.push(focusedName())
    }
    expect(backward).toEqual(['完成', '可聚焦区域'])

    // Opened, the <details> content joins the cycle.
    await user.click(screen.getByText('展开'))
    await user.tab()
    expect(screen.getByRole('button', { name: '折叠内的按钮' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })

  it('brings focus back in from <body> and closes on Escape there too', async () => {
    const user = userEvent.setup()
    render(<Page />)
    await user.click(screen.getByRole('button', { name: '打开' }))
    // As when a focused button removes itself.
    ;(document.activeElement as HTMLElement | null)?.blur()
    expect(document.body).toHaveFocus()
    await user.tab({ shift: true })
    expect(screen.getByRole('button', { name: '完成' })).toHaveFocus()
    ;(document.activeElement as HTMLElement | null)?.blur()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
