/** What a file is, decided from its bytes (the extension is only a hint). */
export type FileKind =
  | 'empty'
  | 'text'
  | 'markdown'
  | 'html'
  | 'mhtml'
  | 'pdf'
  | 'docx'
  | 'zip'
  | 'archive-other'
  | 'doc'
  | 'rtf'
  | 'office-other'
  | 'image'
  | 'binary'

/** A file's name and content, the unit every reader and the dispatcher work on. */
export interface NamedBytes {
  name: string
  bytes: Uint8Array
}
