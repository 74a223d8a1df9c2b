export { toCsv, type CsvValue } from '../../core/csv'

/** A CSV text as a Blob with the right MIME type for downloadBlob. */
export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' })
}
