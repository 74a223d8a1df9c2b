import { unlistedMessage, type CopiedTextFindings } from '../../core/copiedText/copiedText'
import { SEVERITY_NAMES } from '../../core/model/labels'

/** The 内容雷同 findings of one report: a warning each, with the shared sentences to expand. */
export function CopiedTextItems({ copied }: { copied: CopiedTextFindings | undefined }) {
  if (copied === undefined) return null
  return (
    <>
      {copied.findings.map((finding) => (
        <li
          key={finding.otherReportId}
          className="finding finding-warning"
          data-testid="copied-text"
          data-kind={finding.kind}
        >
          <span className="severity severity-warning">{SEVERITY_NAMES.warning}</span>
          <span className="rule">文字雷同</span>
          <span className="finding-message">{finding.message}</span>
          <details className="copied-sentences">
            <summary>
              相同的句子（前 {finding.examples.length} 句，共 {finding.shared} 句）
            </summary>
            {/* Quoted as compared, so a search of the report for the words may need its spaces and punctuation. */}
            <p className="copied-note">按比对时的写法列出：已去掉空格，全角标点换成半角。</p>
            <ol>
              {finding.examples.map((example) => (
                <li key={example.line + example.text}>
                  <span className="copied-line">
                    本报告第 {example.line + 1} 行（对方第 {example.otherLine + 1} 行）：
                  </span>
                  <q>{example.text}</q>
                </li>
              ))}
            </ol>
          </details>
        </li>
      ))}
      {copied.unlisted > 0 ? (
        <li className="finding finding-warning" data-testid="copied-text-unlisted">
          <span className="finding-message">{unlistedMessage(copied.unlisted)}</span>
        </li>
      ) : null}
    </>
  )
}
