/** Why a correction was refused, announced at once and tied to its field by `id` (aria-describedby). */
export function CorrectionRefusal({ id, message }: { id: string; message: string | null }) {
  if (message === null) return null
  return (
    <span id={id} role="alert" className="correction-error">
      {message}
    </span>
  )
}
