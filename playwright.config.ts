import { defineConfig } from '@playwright/test'

// E2E_PORT lets two runs share a machine (each gets its own server and build directory); CI uses 4173.
const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`
// A build directory of its own, so an e2e run never races `npm run build` over dist/.
const e2eBuildDir = `node_modules/.cache/e2e-dist-${port}`
const vite = 'node_modules/.bin/vite'

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: `test-results/e2e-artifacts-${port}`,
  fullyParallel: false,
  forbidOnly: process.env.CI === 'true',
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: 'list',
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    // The system Chromium is used as-is; Playwright must never try to download its own browsers.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The same steps as `npm run build` minus the type-check (CI runs that on its own): the prebuild copy of
    // pdf.js assets, then vite. `exec` replaces the shell with vite, so stopping the server stops vite.
    command: `node scripts/copy-pdf-assets.mjs && ${vite} build --outDir ${e2eBuildDir} --emptyOutDir --logLevel warn && exec ${vite} preview --outDir ${e2eBuildDir} --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
