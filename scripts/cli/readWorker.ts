/** A worker thread of the batch command's reader pool (readerPool.ts): reads the files it is sent. */
import { parentPort } from 'node:worker_threads'
import { readFileRecords } from './readFile'
import type { ReadReply, ReadRequest } from './readerPool'

const port = parentPort
port?.on('message', (request: ReadRequest) => {
  void readFileRecords(request.path).then((records) => {
    const reply: ReadReply = { id: request.id, records }
    port.postMessage(reply)
  })
})
