import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { openPage } from './open-page.ts'
import { quotations } from './quotations.ts'
import { readPasted, SHORT_ARTICLE } from './read-page.ts'
import { recordOutcome } from './record.ts'
import { servePlain } from './static-server.ts'

// These journeys are about the service worker: it is allowed here, and blocked everywhere else.
test.use({ serviceWorkers: 'allow' })

test.afterEach(async ({}, info) => recordOutcome('offline', info))

const SEED = '/posts/us-pakistan-safe-havens'
const SEED_DATA = '/data/posts/us-pakistan-safe-havens.json'
const SEED_HEADING = /^Common interest with Pak/
/** The seed post's next: the seed fetches its data ahead, for a quick move. */
const NEXT_DATA = '/data/posts/2026-09-harbour-bridge.json'
const NEVER_READ = '/posts/2026-11-trawler-rescue'

/**
 * Opens `path` offline as a reader's browser reports it: a document that Playwright loads while offline still
 * says `navigator.onLine === true` until the next change, so the page is told what the browser would say.
 */
async function openOffline(page: Page, context: BrowserContext, path: string): Promise<void> {
  await context.setOffline(true)
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false }),
  )
  await openPage(page, path)
}

/** Back online, as the browser tells a page: `navigator.onLine` again, and the `online` event. */
async function backOnline(page: Page, context: BrowserContext): Promise<void> {
  await context.setOffline(false)
  await page.evaluate(() => {
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => true })
    window.dispatchEvent(new Event('online'))
  })
}

/** Waits until the service worker controls the page and its caches hold every address in `paths`. */
async function saved(page: Page, paths: readonly string[]): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await expect
    .poll(
      () =>
        page.evaluate(
          async (wanted) =>
            // As the worker looks: a host's `Vary` header does not make a saved copy another file's.
            (await Promise.all(wanted.map((path) => caches.match(path, { ignoreVary: true })))).every(
              Boolean,
            ),
          paths,
        ),
      { timeout: 15_000 },
    )
    .toBe(true)
}

/** What a reader sees of a post: its headline, its highlighted quotations and its speakers. */
async function postAsRead(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  return {
    heading: await page.getByRole('heading', { level: 1 }).textContent(),
    quotations: await quotations(page).allTextContents(),
    speakers: await page
      .getByRole('complementary', { name: 'Speakers' })
      .getByRole('button')
      .allTextContents(),
  }
}

test('a post read once, and the next one reached in the app, read in full offline: by reload, by an in-app move and by URL', async ({
  page,
  context,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  await openPage(page, SEED)
  const seedOnline = await postAsRead(page)
  expect(seedOnline.heading).toMatch(SEED_HEADING)
  expect(seedOnline.quotations).toHaveLength(8)
  expect(seedOnline.speakers.join(' ')).toContain('John Kirby')
  // The first visit: its data fetched before the worker was there, kept once it is.
  await saved(page, [SEED_DATA])

  await page.getByRole('link', { name: /^Next post/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(SEED_HEADING)
  const next = new URL(page.url()).pathname
  const nextOnline = await postAsRead(page)
  expect(nextOnline.quotations.length).toBeGreaterThan(0)
  await saved(page, [`/data${next}.json`])
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADING)

  await context.setOffline(true)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
  expect(await postAsRead(page)).toEqual(seedOnline)

  await page.getByRole('link', { name: /^Next post/ }).click()
  await expect(page).toHaveURL(next)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextOnline.heading ?? '')
  expect(await postAsRead(page)).toEqual(nextOnline)

  // By its address: the worker's app shell starts the app, which shows the post from its saved data.
  await openPage(page, next)
  expect(await postAsRead(page)).toEqual(nextOnline)
  expect(await page.title()).toContain(nextOnline.heading)

  expect(errors).toEqual([])
})

test('offline, a post never read says it is not saved and offers the posts that are', async ({
  page,
  context,
}) => {
  await openPage(page, SEED)
  await saved(page, [SEED_DATA, NEXT_DATA])
  await openOffline(page, context, NEVER_READ)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not saved for reading offline')
  await expect(page.getByText(/^You are offline, and this page is not saved on this device/)).toBeVisible()
  // What is saved: the post read, and the next one, whose data the post fetched ahead for a quick move.
  const savedPosts = page.getByRole('region', { name: 'Saved for reading offline', exact: true })
  await expect(savedPosts.getByRole('link')).toHaveCount(2)
  expect((await savedPosts.getByRole('link').allTextContents()).sort()).toEqual([
    expect.stringMatching(SEED_HEADING),
    expect.stringMatching(/^Varnmouth harbour bridge/),
  ])

  // The way back: a saved post opens from its saved copy.
  await savedPosts.getByRole('link', { name: SEED_HEADING }).click()
  await expect(page).toHaveURL(SEED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADING)

  // And the page asked for loads by itself once the connection returns.
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not saved for reading offline')
  await backOnline(page, context)
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Not saved for reading offline')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/trawler/i)
})

test('the home page and a speaker page read once open offline too, from their saved data', async ({
  page,
  context,
}) => {
  await openPage(page, '/')
  const postsOnline = await page.locator('main article h2').allTextContents()
  expect(postsOnline.length).toBeGreaterThan(5)
  await saved(page, ['/data/latest.json'])
  await openPage(page, '/speakers/john-kirby')
  await expect(page.getByText('Person · 7 quotations in 1 post')).toBeVisible()
  await saved(page, ['/data/speakers/john-kirby/latest.json'])

  await context.setOffline(true)
  await openPage(page, '/')
  await expect(page.locator('main article h2')).toHaveText(postsOnline)
  await openPage(page, '/speakers/john-kirby')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('John Kirby')
  await expect(page.getByText('Person · 7 quotations in 1 post')).toBeVisible()
})

test('under the service worker, search and /read work as they do without it', async ({ page }) => {
  await openPage(page, SEED)
  await saved(page, [SEED_DATA])
  await openPage(page, '/search?q=Kirby')
  await expect(page.getByRole('link', { name: SEED_HEADING }).first()).toBeVisible()
  await openPage(page, '/read')
  await readPasted(page, SHORT_ARTICLE)
  await expect(quotations(page, 'Ines Marrow')).toHaveCount(1)
  // Under the worker indeed: the page and the /read worker's code went through it.
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
})

/** The precache entry for `url` in a built service worker, as Workbox writes it. */
const precacheEntry = (url: string) =>
  new RegExp(`\\{url:"${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}",revision:(null|"[0-9a-f]+")\\}`)

/** A copy of the built site, served as a plain static host would, to deploy over. */
async function servedCopy() {
  const site = test.info().outputPath('site')
  cpSync(resolve('dist'), site, { recursive: true })
  return { site, ...(await servePlain(site)) }
}

/**
 * Deploys a next build over the copy: its shell changed, and a chunk has a new name, the old one gone from the
 * server (the shortcuts dialog's, which a page loads only when asked). Returns the old chunk's path.
 */
function deployNextBuild(site: string): string {
  const viteManifest = JSON.parse(readFileSync(join(site, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >
  const dialogChunk = viteManifest['src/reader/navigation/shortcuts-dialog.tsx']?.file ?? ''
  expect(dialogChunk).toMatch(/^assets\/shortcuts-dialog-.+\.js$/)
  const renamed = dialogChunk.replace(/\.js$/, '-next.js')
  renameSync(join(site, dialogChunk), join(site, renamed))
  const shell = join(site, 'app-shell.html')
  writeFileSync(shell, `${readFileSync(shell, 'utf8')}<!-- next build -->`)
  const worker = readFileSync(join(site, 'sw.js'), 'utf8')
  expect(worker).toMatch(precacheEntry(`/${dialogChunk}`))
  expect(worker).toMatch(precacheEntry('/app-shell.html'))
  writeFileSync(
    join(site, 'sw.js'),
    worker
      .replace(precacheEntry(`/${dialogChunk}`), `{url:"/${renamed}",revision:null}`)
      .replace(precacheEntry('/app-shell.html'), '{url:"/app-shell.html",revision:"next"}'),
  )
  return dialogChunk
}

/** The page looks for a new worker, as a browser does on a load (or the page when the reader returns to it). */
async function lookForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
}

test('a new deploy waits for the reader: the old build keeps its own chunks until they choose to reload', async ({
  page,
  context,
}) => {
  const { site, url, server } = await servedCopy()
  try {
    await openPage(page, `${url}${SEED}/`)
    await saved(page, [SEED_DATA])
    const dialogChunk = deployNextBuild(site)
    await lookForUpdate(page)
    const notice = page.getByRole('region', { name: 'Update' })
    await expect(notice.getByRole('status')).toHaveText('A newer version of Verbatim is ready.')

    // Until the reader agrees, the page runs its own build: the chunk the server no longer has still loads.
    const dialogCode = page.waitForResponse((response) => response.url().endsWith(dialogChunk))
    await page.keyboard.press('?')
    await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible()
    expect((await dialogCode).status()).toBe(200)
    expect((await dialogCode).fromServiceWorker()).toBe(true)
    await page.keyboard.press('Escape')

    const reloaded = page.waitForEvent('load')
    await notice.getByRole('button', { name: 'Reload to update' }).click()
    await reloaded
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADING)
    await expect(notice).toHaveCount(0)
    // The new worker is the one in control, with the new build's files; nothing waits behind it.
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      const shell = await caches.match('/app-shell.html', { ignoreSearch: true })
      return { waiting: Boolean(registration?.waiting), shell: (await shell?.text()) ?? '' }
    })
    expect(state.waiting).toBe(false)
    expect(state.shell).toContain('<!-- next build -->')

    // What was saved under the old build reads offline under the new one.
    await context.setOffline(true)
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADING)
    await expect(quotations(page)).toHaveCount(8)
  } finally {
    server.close()
  }
})

test('the update notice can wait: "Not now" and Escape put it away, and the next load offers it again', async ({
  page,
}) => {
  const { site, url, server } = await servedCopy()
  try {
    await openPage(page, `${url}${SEED}/`)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    deployNextBuild(site)
    await lookForUpdate(page)
    const notice = page.getByRole('region', { name: 'Update' })
    await notice.getByRole('button', { name: 'Not now' }).click()
    await expect(notice).toHaveCount(0)

    // The new worker still waits, and the next page load says so again; Escape puts it away too.
    await page.reload()
    // Offered once the page is idle and its offline code has loaded.
    await expect(notice).toBeVisible({ timeout: 15_000 })
    await notice.getByRole('button', { name: 'Reload to update' }).focus()
    await page.keyboard.press('Escape')
    await expect(notice).toHaveCount(0)
    expect(
      await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    ).toBe(true)
  } finally {
    server.close()
  }
})

for (const theme of ['light', 'dark'] as const)
  test(`the not-saved page and the update notice pass axe in the ${theme} theme`, async ({
    page,
    context,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    const { site, url, server } = await servedCopy()
    try {
      await openPage(page, `${url}${SEED}/`)
      await saved(page, [SEED_DATA])
      deployNextBuild(site)
      await lookForUpdate(page)
      await expect(page.getByRole('region', { name: 'Update' })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])

      await openOffline(page, context, `${url}${NEVER_READ}/`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not saved for reading offline')
      await expect(page.getByRole('region', { name: 'Saved for reading offline', exact: true })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    } finally {
      server.close()
    }
  })
