import type { ContextLine } from './sourceContext'

/** The source text around a number, its cell marked; table cells are separated by a thin rule. */
export function SourceLines({ lines }: { lines: readonly ContextLine[] }) {
  return (
    <ol className="source-lines" aria-label="原文">
      {lines.map((line) => (
        <li
          key={line.number}
          className={line.isSource ? 'source-line is-source' : 'source-line'}
          data-source-line={line.isSource ? 'true' : undefined}
        >
          <span className="line-number" aria-hidden="true">
            {line.number}
          </span>
          <span className="line-text">
            {line.parts.map((part, index) => (
              <span key={index} className="line-part">
                {part.highlight ? <mark>{part.text}</mark> : part.text}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ol>
  )
}
