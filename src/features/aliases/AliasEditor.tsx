import { useId, useMemo, useState, type FormEvent } from 'react'
import { useDashboardStore } from '../../store'
import { nameMappings } from './aliasPreview'
import './aliases.css'

function validationError(alias: string, canonical: string): string | undefined {
  if (alias === '' || canonical === '') return undefined
  if (alias === canonical) return '别名与规范名称相同'
  return undefined
}

/**
 * The user's alias list ("沭阳县发改局 → 沭阳县发展和改革局") with the loaded names each rule affects, so
 * the effect of an alias is visible before the user leaves the editor.
 */
export function AliasEditor() {
  const aliases = useDashboardStore((state) => state.aliases)
  const reports = useDashboardStore((state) => state.reports)
  const identityCorrections = useDashboardStore((state) => state.identityCorrections)
  const setAlias = useDashboardStore((state) => state.setAlias)
  const removeAlias = useDashboardStore((state) => state.removeAlias)
  const [alias, setAliasText] = useState('')
  const [canonical, setCanonical] = useState('')
  const namesId = useId()

  // The names as written, or as the user corrected them: what an alias can be written for.
  const writtenNames = useMemo(
    () => reports.map((loaded) => identityCorrections[loaded.id]?.agency ?? loaded.report.agency),
    [reports, identityCorrections],
  )
  const mappings = useMemo(() => nameMappings(writtenNames, aliases), [writtenNames, aliases])
  const entries = Object.entries(aliases)
  const trimmedAlias = alias.trim()
  const trimmedCanonical = canonical.trim()
  const error = validationError(trimmedAlias, trimmedCanonical)
  const canAdd = trimmedAlias !== '' && trimmedCanonical !== '' && error === undefined

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!canAdd) return
    setAlias(trimmedAlias, trimmedCanonical)
    setAliasText('')
    setCanonical('')
  }

  return (
    <section className="aliases" aria-label="机关别名">
      <h2 className="aliases__title">机关别名</h2>
      <p className="aliases__hint">
        同一机关在不同报告中写法不同时，在此指定“别名 → 规范名称”。常见简称（如“发改局”“管委会”）已自动识别。
      </p>
      <form className="aliases__form" onSubmit={submit}>
        <input
          aria-label="别名"
          placeholder="报告中的写法，如 沭阳县发改局"
          list={namesId}
          value={alias}
          onChange={(event) => setAliasText(event.target.value)}
        />
        <span aria-hidden="true">→</span>
        <input
          aria-label="规范名称"
          placeholder="统一显示的名称"
          list={namesId}
          value={canonical}
          onChange={(event) => setCanonical(event.target.value)}
        />
        <datalist id={namesId}>
          {[...new Set(writtenNames)].map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="submit" disabled={!canAdd}>
          添加别名
        </button>
        {error ? (
          <span role="alert" className="aliases__error">
            {error}
          </span>
        ) : null}
      </form>
      {entries.length === 0 ? (
        <p className="aliases__empty">尚未添加别名。</p>
      ) : (
        <table className="aliases__table" data-testid="alias-table">
          <thead>
            <tr>
              <th scope="col">别名</th>
              <th scope="col">规范名称</th>
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([written, target]) => (
              <tr key={written} data-testid="alias-row">
                <td>{written}</td>
                <td>{target}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`删除别名 ${written}`}
                    onClick={() => removeAlias(written)}
                  >
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mappings.length > 0 ? (
        <>
          <h3 className="aliases__subtitle">已加载报告中的名称</h3>
          <ul className="aliases__mappings" aria-label="名称归并">
            {mappings.map((mapping) => (
              <li key={mapping.written}>
                {mapping.written} → <strong>{mapping.canonical}</strong>
                {mapping.byAlias ? (
                  <span className="aliases__tag">别名</span>
                ) : (
                  <span className="aliases__tag">自动</span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
