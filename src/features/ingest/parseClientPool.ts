import { createParseClient, type ParseClient } from './parseClient'

/**
 * Workers to parse with: one per core up to four (the page's own thread mostly waits during a big drop,
 * and even on two cores two workers finish a thousand files sooner than one).
 */
export function parseWorkerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(4, cores ?? 1))
}

/**
 * Several parse clients, each with its own worker, behind the ParseClient interface: every file goes to
 * the client with the fewest files waiting. A client's worker starts with its first file, or earlier
 * through warmUp.
 */
export function createParseClientPool(
  size: number,
  createClient: () => ParseClient = createParseClient,
): ParseClient {
  const clients = Array.from({ length: Math.max(1, size) }, () => ({ client: createClient(), waiting: 0 }))

  return {
    async parse(name, content, options, onStarted) {
      const least = clients.reduce((best, entry) => (entry.waiting < best.waiting ? entry : best))
      least.waiting++
      try {
        return await least.client.parse(name, content, options, onStarted)
      } finally {
        least.waiting--
      }
    },
    mode() {
      const modes = clients.map((entry) => entry.client.mode())
      if (modes.includes('worker')) return 'worker'
      return modes.every((mode) => mode === 'main-thread') ? 'main-thread' : 'starting'
    },
    warmUp() {
      for (const entry of clients) entry.client.warmUp()
    },
    dispose() {
      for (const entry of clients) entry.client.dispose()
    },
  }
}
