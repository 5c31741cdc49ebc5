import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import type { Article } from '../src/article/schema.ts'
import { documentRenderer } from '../src/prerender/documents.ts'
import { hostileArticle, hostilePage, SEED_SLUG } from './attacks/articles.ts'
import { attackCorpus, DOMPURIFY_FILE, FLAG, OWN_VECTORS } from './attacks/corpus.ts'
import { watchForAttacks, type Findings } from './attacks/detector.ts'
import { openPage } from './open-page.ts'

const ORIGIN = 'http://localhost:4173'
const BATCH_SIZE = 40
const FIGURES = resolve('docs/reliability/attacks')

const { strings, dompurifyPresent } = attackCorpus()
const batches = Array.from({ length: Math.ceil(strings.length / BATCH_SIZE) }, (_, index) =>
  strings.slice(index * BATCH_SIZE, (index + 1) * BATCH_SIZE).map(({ text }) => text),
)

type Renderer = ReturnType<typeof documentRenderer>

/** The build's own prerenderer, loaded from dist-ssr/, so hostile pages are made exactly as real ones. */
async function loadRenderer(): Promise<Renderer> {
  const server = (await import(pathToFileURL(resolve('dist-ssr/entry-server.js')).href)) as Parameters<
    typeof documentRenderer
  >[0]
  return documentRenderer(server, readFileSync(resolve('dist-ssr/template.html'), 'utf8'), ORIGIN)
}

interface Expected {
  title: string
  paragraphs: string[]
  shown: Array<[field: string, text: string]>
}

/** Runs in the page: every string must be in the DOM as text, and no link may go anywhere but http(s)/mailto. */
const CHECK_PAGE = `(expected) => {
  const problems = [];
  const h1 = document.querySelector('h1');
  if (expected.title !== null && h1?.textContent !== expected.title) problems.push('title shown as ' + JSON.stringify(h1?.textContent));
  const paragraphs = [...document.querySelectorAll('article p')].map((p) => p.textContent ?? '');
  expected.paragraphs.forEach((text, index) => {
    if (!paragraphs.some((shown) => shown.includes(text))) problems.push('paragraph ' + index + ' not shown literally');
  });
  const page = document.body.textContent ?? '';
  for (const [field, text] of expected.shown) if (!page.includes(text)) problems.push(field + ' not shown literally');
  for (const link of document.querySelectorAll('[href]')) {
    if (!/^(https?:|mailto:)/.test(link.href ?? '')) problems.push('a link to ' + link.getAttribute('href'));
  }
  return problems;
}`

async function checkPage(page: Page, expected: Expected) {
  const problems = (await page.evaluate(`(${CHECK_PAGE})(${JSON.stringify(expected)})`)) as string[]
  expect(problems).toEqual([])
}

function expectedPost(article: Article): Expected {
  return {
    title: article.title.trim(),
    paragraphs: article.paragraphs,
    shown: [
      ['byline', article.byline ?? ''],
      ['source name', article.source?.name ?? ''],
      ['previous title', article.prev?.title ?? ''],
      ['next title', article.next?.title ?? ''],
      ...article.speakers.flatMap((speaker): Array<[string, string]> => [
        [`speaker ${speaker.id} name`, speaker.name],
        [`speaker ${speaker.id} role`, speaker.role ?? ''],
      ]),
    ],
  }
}

/** What document.title gives back: ASCII white space collapsed and trimmed. */
const collapse = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ').trim()

const noFindings: Findings = { executions: [], violations: [], offsite: [] }

async function record(name: string, figures: Record<string, unknown>) {
  await mkdir(FIGURES, { recursive: true })
  await writeFile(join(FIGURES, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`)
}

test.describe('attack strings', () => {
  let render: Renderer
  test.beforeAll(async () => {
    render = await loadRenderer()
  })

  test('the corpus is large enough, from every source', () => {
    if (!dompurifyPresent)
      test.info().annotations.push({
        type: 'note',
        description: `${DOMPURIFY_FILE} is absent: its cases were not run`,
      })
    const sources = new Set(strings.map(({ source }) => source.split(':')[0]))
    expect([...sources]).toEqual(dompurifyPresent ? ['blns', 'DOMPurify', 'Verbatim'] : ['blns', 'Verbatim'])
    expect(strings.length).toBeGreaterThanOrEqual(dompurifyPresent ? 350 : 250)
  })

  batches.forEach((batch, index) => {
    test(`batch ${index + 1} of ${batches.length}: shown as text on every path, nothing runs`, async ({
      page,
    }) => {
      const findings = await watchForAttacks(page, ORIGIN)
      const article = hostileArticle(batch)
      const fromElsewhere = hostileArticle(batch, { rawUrl: index % 2 === 1 })

      // 1. The archive, prerendered with the article listed.
      const home = await render.archive(hostilePage(article))
      await page.route(`${ORIGIN}/`, (route) => route.fulfill({ contentType: 'text/html', body: home }))
      await openPage(page, '/')
      await checkPage(page, {
        title: null as unknown as string,
        paragraphs: [],
        shown: [
          ['listed title', article.title],
          ['listed summary', article.summary],
        ],
      })

      // 2. A move to the post: its JSON arrives in the browser and is validated there.
      await page.route(`**/data/posts/${SEED_SLUG}.json`, (route) => route.fulfill({ json: fromElsewhere }))
      await page.locator(`main a[href="/posts/${SEED_SLUG}"]`).first().click()
      await expect(page.locator('#q1')).toBeAttached()
      await checkPage(page, expectedPost(fromElsewhere))
      expect(await page.title()).toBe(collapse(`${article.title} — Verbatim`))

      // 3. A fresh load of the post, prerendered, then hydrated.
      const post = await render.post(article)
      await page.route(`${ORIGIN}/posts/${SEED_SLUG}`, (route) =>
        route.fulfill({ contentType: 'text/html', body: post }),
      )
      await openPage(page, `/posts/${SEED_SLUG}`)
      await checkPage(page, expectedPost(article))
      const head = (await page.evaluate(`({
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.content,
        ogTitle: document.querySelector('meta[property="og:title"]')?.content,
        structured: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null'),
        scripts: document.querySelectorAll('script:not([type]), script[type="module"]').length,
      })`)) as Record<string, unknown>
      expect(head).toMatchObject({
        title: collapse(`${article.title} — Verbatim`),
        description: article.summary,
        ogTitle: `${article.title} — Verbatim`,
        structured: { headline: article.title, description: article.summary },
      })

      const found = await findings()
      await record(`batch-${String(index + 1).padStart(2, '0')}`, {
        strings: batch.length,
        paths: 3,
        ...Object.fromEntries(Object.entries(found).map(([key, list]) => [key, (list as string[]).length])),
      })
      expect(found).toEqual(noFindings)
    })
  })

  test('hostile slugs in the address are not found, and nothing runs', async ({ page }) => {
    const findings = await watchForAttacks(page, ORIGIN)
    for (const vector of OWN_VECTORS.slice(0, 12)) {
      await openPage(page, `/posts/${encodeURIComponent(vector)}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
    }
    expect(await findings()).toEqual(noFindings)
  })

  test('a hostile slug inside the data is refused with a clear error, and nothing runs', async ({ page }) => {
    const findings = await watchForAttacks(page, ORIGIN)
    const vector = `<img src=x onerror="window.${FLAG}=1">`
    await page.route(`**/data/posts/${SEED_SLUG}.json`, (route) =>
      route.fulfill({ json: { ...hostileArticle([vector]), slug: vector } }),
    )
    await openPage(page, '/')
    await page.getByRole('link', { name: /^Common interest with Pak/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page’s data is damaged')
    expect(await findings()).toEqual(noFindings)
  })
})

test.describe('the detector', () => {
  test('trips on a payload put into a page raw (negative control)', async ({ page }) => {
    const findings = await watchForAttacks(page, ORIGIN)
    // A page with no policy at all, on the app's origin: what rendering text as HTML would do.
    await page.route(`${ORIGIN}/control`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><body><img src=x onerror="alert('raw')"><img src="https://attacker.invalid/x.gif">
          <script>window.${FLAG}=1</script><iframe srcdoc="<script>alert('frame')</script>"></iframe></body>`,
      }),
    )
    await page.goto('/control')
    await expect.poll(async () => (await findings()).executions.length).toBeGreaterThanOrEqual(3)
    const found = await findings()
    expect(found.executions).toEqual(
      expect.arrayContaining(['alert(raw)', `window.${FLAG} set`, 'alert(frame)']),
    )
    expect(found.offsite).toEqual(['https://attacker.invalid/x.gif'])
  })

  test('trips on markup put raw into a real page: the policy blocks it and says so', async ({ page }) => {
    const findings = await watchForAttacks(page, ORIGIN)
    // The home page as built, with a payload spliced in as HTML, as a rendering bug would put it.
    const home = readFileSync(resolve('dist/index.html'), 'utf8').replace(
      '<div id="root">',
      `<div id="root"><img src=x onerror="window.${FLAG}=1"><script>window.${FLAG}=1</script>`,
    )
    await page.route(`${ORIGIN}/`, (route) => route.fulfill({ contentType: 'text/html', body: home }))
    await page.goto('/')
    await expect.poll(async () => (await findings()).violations.length).toBeGreaterThanOrEqual(2)
    const found = await findings()
    expect(found.violations.join('\n')).toMatch(/script-src-elem blocked inline/)
    expect(found.violations.join('\n')).toMatch(/script-src-attr blocked inline/)
    expect(found.executions).toEqual([])
  })

  test('trips on markup a script forces into a real page: Trusted Types refuse it', async ({ page }) => {
    const findings = await watchForAttacks(page, ORIGIN)
    await openPage(page, '/')
    await page.evaluate(`(() => {
      try { document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.${FLAG}=1">') } catch {}
    })()`)
    await expect
      .poll(async () => (await findings()).violations)
      .toEqual([expect.stringMatching(/^require-trusted-types-for blocked trusted-types-sink/)])
    expect((await findings()).executions).toEqual([])
  })
})
