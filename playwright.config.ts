import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// Playwright cannot download its own browser everywhere: use Debian's Chromium when it is there, or the one
// CHROMIUM_PATH names; with neither, Playwright's own browser (after `npx playwright install chromium`).
const systemChromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const PORT = 4173

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // A service worker in control answers the app's requests itself, out of `page.route`'s sight: journeys that
    // hold back or fail a request would not be testing what they say. The offline journeys allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /(huge-post.*|move-between-posts)\.spec\.ts$/,
    },
    // Timed journeys run last, one project after another, each in a fresh worker and browser: another page
    // working beside them, or the heap a previous one left behind, would be timed with them. They record no
    // trace: its DOM snapshots of a 10,000-paragraph page run on the page's own thread, as long tasks.
    {
      name: 'timed',
      use: { ...devices['Desktop Chrome'], trace: 'off' },
      testMatch: /huge-post\.spec\.ts$/,
      dependencies: ['chromium'],
    },
    {
      name: 'timed-prerendered',
      use: { ...devices['Desktop Chrome'], trace: 'off' },
      testMatch: /huge-post-prerendered\.spec\.ts$/,
      dependencies: ['timed'],
    },
    {
      name: 'timed-move',
      use: { ...devices['Desktop Chrome'], trace: 'off' },
      testMatch: /move-between-posts\.spec\.ts$/,
      dependencies: ['timed-prerendered'],
    },
  ],
  webServer: {
    // `npm run e2e` builds first; this serves the production build.
    command: `npx vite preview --port ${PORT} --strictPort`,
    port: PORT,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
