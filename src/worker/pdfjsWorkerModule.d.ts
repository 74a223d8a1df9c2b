// The pdf.js worker module ships no types; it is imported only for its side effect of setting
// globalThis.pdfjsWorker, so the in-thread pdf.js finds it.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export {}
}
