import { readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { displayName } from '../src/article/display-name.ts'
import type { Article } from '../src/article/schema.ts'
import { typographic } from '../src/article/typography.ts'
import { ingest } from '../src/ingest/ingest.ts'
import { documentRenderer } from '../src/prerender/documents.ts'
import { hostileArticle, hostileLatest, SEED_SLUG } from './attacks/articles.ts'
import { attackCorpus, DOMPURIFY_FILE, FLAG, OWN_VECTORS } from './attacks/corpus.ts'
import { watchForAttacks, type Findings } from './attacks/detector.ts'
import { openPage } from './open-page.ts'
import { recordFigures, recordOutcome } from './record.ts'

const ORIGIN = 'http://localhost:4173'
const BATCH_SIZE = 40

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
  title: string | null
  paragraphs: string[]
  shown: Array<[field: string, text: string]>
}

/** Runs in the page: every string must be in the DOM as text, and no link may go anywhere but http(s)/mailto. */
const CHECK_PAGE = `(expected) => {
  const problems = [];
  const h1 = document.querySelector('h1');
  if (expected.title !== null && h1?.textContent !== expected.title) problems.push('title shown as ' + JSON.stringify(h1?.textContent));
  // The words as they read: without the labels a quotation adds for screen readers and on hover.
  const readable = (root) => {
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.parentElement.closest('.sr-only, [aria-hidden="true"], [role="tooltip"]')) text += node.data;
    }
    return text;
  };
  const paragraphs = [...document.querySelectorAll('article p')].map(readable);
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

/** Polls, since a long post arrives in steps of 300 paragraphs after a move. */
async function checkPage(page: Page, expected: Expected) {
  const check = `(${CHECK_PAGE})(${JSON.stringify(expected)})`
  await expect.poll(async () => (await page.evaluate(check)) as string[]).toEqual([])
}

function expectedPost(article: Article): Expected {
  return {
    title: typographic(article.title.trim()),
    paragraphs: article.paragraphs.map(typographic),
    shown: [
      ['byline', article.byline ?? ''],
      ['source name', article.source?.name ?? ''],
      ['previous title', typographic(article.prev?.title ?? '')],
      ['next title', typographic(article.next?.title ?? '')],
      ...article.speakers.flatMap((speaker): Array<[string, string]> => [
        [`speaker ${speaker.id} name`, displayName(speaker, article.paragraphs)],
        [`speaker ${speaker.id} role`, typographic(speaker.role ?? '')],
      ]),
    ],
  }
}

/** What document.title gives back: ASCII white space collapsed and trimmed. */
const collapse = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ').trim()

const noFindings: Findings = { executions: [], violations: [], offsite: [] }

/**
 * Reads an article every way the app can show it, watching for attacks: listed on the prerendered archive, in
 * a move there from the archive (the JSON `arriving` validated in the browser), and as a fresh, prerendered,
 * hydrated load, head included. Checks that what it shows is the text it was given.
 */
async function readEveryWay(page: Page, render: Renderer, article: Article, arriving: Article) {
  const findings = await watchForAttacks(page, ORIGIN)
  const home = await render.home(hostileLatest(article))
  await page.route(`${ORIGIN}/`, (route) => route.fulfill({ contentType: 'text/html', body: home }))
  // A prerendered page hydrates from its data file: the home page's, listing the hostile article.
  await page.route('**/data/latest.json', (route) => route.fulfill({ json: hostileLatest(article) }))
  await page.route(`**/data/posts/${article.slug}.json`, (route) => route.fulfill({ json: arriving }))
  const post = await render.post(article)
  await page.route(`${ORIGIN}/posts/${article.slug}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: post }),
  )

  await openPage(page, '/')
  await checkPage(page, {
    title: null,
    paragraphs: [],
    shown: [
      ['listed title', typographic(article.title)],
      ['listed summary', typographic(article.summary)],
    ],
  })

  await page.locator(`main a[href="/posts/${article.slug}"]`).first().click()
  await expect(page.locator('#q1')).toBeAttached()
  await checkPage(page, expectedPost(arriving))
  expect(await page.title()).toBe(collapse(`${typographic(arriving.title)} — Verbatim`))

  // A fresh load hydrates from the post's data file, here the same article it was prerendered from.
  await page.unroute(`**/data/posts/${article.slug}.json`)
  await page.route(`**/data/posts/${article.slug}.json`, (route) => route.fulfill({ json: article }))
  await openPage(page, `/posts/${article.slug}`)
  await checkPage(page, expectedPost(article))
  const head = (await page.evaluate(`({
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.content,
    ogTitle: document.querySelector('meta[property="og:title"]')?.content,
    structured: JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null'),
  })`)) as Record<string, unknown>
  // What reads is the text given, its quotation marks made typographic (src/article/typography.ts).
  const title = typographic(article.title)
  const summary = typographic(article.summary)
  expect(head).toMatchObject({
    title: collapse(`${title} — Verbatim`),
    description: summary,
    ogTitle: `${title} — Verbatim`,
    structured: { headline: title, description: summary },
  })
  await page.unrouteAll()
  await page.context().unrouteAll()
  return findings()
}

const counts = (found: Findings) =>
  Object.fromEntries(Object.entries(found).map(([key, list]) => [key, (list as string[]).length]))

/** One file per input format, each holding every string, through the real ingest; returns what it wrote. */
async function ingestHostileFiles(texts: string[]): Promise<Article[]> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-attacks-'))
  const paragraphs = texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean)
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const title = paragraphs[0] ?? 'Attack'
  await writeFile(join(dir, 'hostile-txt.txt'), [title, ...paragraphs].join('\n\n'))
  await writeFile(join(dir, 'hostile-md.md'), [`# ${title}`, ...paragraphs].join('\n\n'))
  await writeFile(
    join(dir, 'hostile-json.json'),
    JSON.stringify({ title, byline: paragraphs[1], paragraphs }),
  )
  // Half the strings as text, half as markup: what a scraped page may hold either way.
  const html = paragraphs.map((text, index) => (index % 2 ? `<p>${text}</p>` : `<p>${escape(text)}</p>`))
  await writeFile(
    join(dir, 'hostile-html.html'),
    `<!doctype html><html><head><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>${html.join('\n')}</article></body></html>`,
  )
  const out = join(dir, 'out')
  await ingest({ inputs: [dir], outDir: out })
  const posts = join(out, 'posts')
  return Promise.all(
    (await readdir(posts)).map(
      async (name) => JSON.parse(await readFile(join(posts, name), 'utf8')) as Article,
    ),
  )
}

test.describe('attack strings', () => {
  let render: Renderer
  test.beforeAll(async () => {
    render = await loadRenderer()
  })

  test('the corpus is large enough, from every source', async () => {
    if (!dompurifyPresent)
      test.info().annotations.push({
        type: 'note',
        description: `${DOMPURIFY_FILE} is absent: its cases were not run`,
      })
    const sources = new Set(strings.map(({ source }) => source.split(':')[0]))
    expect([...sources]).toEqual(dompurifyPresent ? ['blns', 'DOMPurify', 'Verbatim'] : ['blns', 'Verbatim'])
    expect(strings.length).toBeGreaterThanOrEqual(dompurifyPresent ? 350 : 250)
    const bySource: Record<string, number> = {}
    for (const { source } of strings) {
      const key = source.startsWith('DOMPurify') ? 'DOMPurify XSS fixtures' : source
      bySource[key] = (bySource[key] ?? 0) + 1
    }
    await recordFigures('attacks/corpus', { strings: strings.length, batches: batches.length, bySource })
  })

  batches.forEach((batch, index) => {
    test(`batch ${index + 1} of ${batches.length}: shown as text on every path, nothing runs`, async ({
      page,
    }) => {
      const article = hostileArticle(batch)
      const fromElsewhere = hostileArticle(batch, { rawUrl: index % 2 === 1 })
      const found = await readEveryWay(page, render, article, fromElsewhere)
      await recordFigures(`attacks/batch-${String(index + 1).padStart(2, '0')}`, {
        strings: batch.length,
        ...counts(found),
      })
      expect(found).toEqual(noFindings)
    })
  })

  test('through ingest: txt, md, html and json inputs full of attack strings', async ({ page }) => {
    const articles = await ingestHostileFiles(strings.map(({ text }) => text))
    expect(articles.map((article) => article.slug).sort()).toEqual([
      'hostile-html',
      'hostile-json',
      'hostile-md',
      'hostile-txt',
    ])
    // Text and JSON inputs are text already: every string survives, white space aside.
    for (const slug of ['hostile-txt', 'hostile-json']) {
      const paragraphs = articles.find((article) => article.slug === slug)?.paragraphs ?? []
      expect(paragraphs.length).toBeGreaterThanOrEqual(strings.length - 1)
    }
    let found = noFindings
    for (const article of articles) {
      const seen = await readEveryWay(page, render, article, article)
      found = {
        executions: [...found.executions, ...seen.executions],
        violations: [...found.violations, ...seen.violations],
        offsite: [...found.offsite, ...seen.offsite],
      }
    }
    await recordFigures('attacks/ingest', { files: 4, strings: strings.length, ...counts(found) })
    expect(found).toEqual(noFindings)
  })

  test.afterEach(async ({}, info) => {
    if (!/^batch /.test(info.title)) await recordOutcome('attacks', info)
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
  test.afterEach(async ({}, info) => recordOutcome('attacks', info))

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
