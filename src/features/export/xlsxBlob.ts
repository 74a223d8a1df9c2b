const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** An .xlsx file's bytes as the Blob a download takes. Kept apart from the writer, which is a chunk of its own. */
export function xlsxBlob(bytes: ArrayBuffer): Blob {
  return new Blob([bytes], { type: XLSX_TYPE })
}
