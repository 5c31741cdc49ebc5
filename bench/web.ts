/**
 * `npm run bench:web`: builds the site, serves the production build and measures it in Chromium, printing a
 * table: Lighthouse 12 (mobile) scores for the home page, a post and a speaker page; the post's LCP against the
 * same text as a bare HTML page (no CSS, no JS); gzip bytes of the JS and CSS the post loads; an in-app move to
 * the next post against a full load of that URL, with the CPU slowed 4×; and what the search page loads and how
 * fast it answers. Figures, not pass/fail.
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { typographic } from '../src/article/typography.ts'
import { FIRST_PAINT_JS_BUDGET, INTERACTIVE_JS_BUDGET, precacheBytes, routeBytes } from './route-bytes.ts'
import { measureSearch } from './search-cost.ts'

const PORT = 4180
const ORIGIN = `http://localhost:${PORT}`
const POST = 'us-pakistan-safe-havens'
const SPEAKER = 'john-kirby'
/** A word, a phrase from a quotation, names, and words no post has: the first opens the page. */
const SEARCHES = ['Pakistanis', 'safe havens', 'harbour master', 'ferry fares', 'Kirby', 'zeppelinwaltz']
const DIST = resolve('dist')
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
/** In-app moves take tens of milliseconds and vary by a frame or two from run to run: many runs, the median. */
const MOVE_RUNS = 15
const LIGHTHOUSE_RUNS = 5
const BARE = 'bench-bare.html'

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

async function startPreview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100))
  }
  throw new Error('the preview server did not start')
}

/** The post's own text as the plainest possible page: the floor any design is measured against. */
function writeBarePage() {
  const article = JSON.parse(readFileSync(join(DIST, 'data/posts', `${POST}.json`), 'utf8')) as {
    title: string
    paragraphs: string[]
  }
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(article.title)}</title><meta name="description" content="bare"></head><body><h1>${escape(article.title)}</h1>${article.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('')}</body></html>`
  writeFileSync(join(DIST, BARE), html)
}

interface LighthouseFigures {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcp: number
}

/**
 * One Lighthouse run, mobile. `simulate` (Lighthouse's default) estimates timings from an unthrottled load;
 * `devtools` applies the same slow 4G and 4× CPU to the browser and measures what actually happens.
 */
async function runLighthouse(
  url: string,
  port: number,
  throttlingMethod: 'simulate' | 'devtools' = 'simulate',
): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    throttlingMethod,
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { categories, audits } = result.lhr
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
  }
}

const MEASURE_MOVE = `new Promise((done) => {
  const start = performance.now()
  const check = () => (document.querySelector('h1')?.textContent === TITLE ? done(performance.now() - start) : requestAnimationFrame(check))
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }))
  requestAnimationFrame(check)
})`
// A full load of a prerendered post paints its heading with its first contentful paint, timed from navigation
// start; it becomes interactive when the app has taken over the page (data-app="ready").
const MEASURE_LOAD = `new Promise((done) => {
  const paint = new Promise((found) => new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0]
    if (entry) { observer.disconnect(); found(entry.startTime) }
  }).observe({ type: 'paint', buffered: true }))
  const ready = new Promise((found) => {
    const check = () => (document.documentElement.dataset.app === 'ready' ? found(performance.now()) : requestAnimationFrame(check))
    check()
  })
  Promise.all([paint, ready]).then(([heading, interactive]) => done({ heading, interactive }))
})`

/**
 * Milliseconds, CPU 4× slower, medians: an in-app move (k, the newer post; neighbours prefetched) until the next post's
 * heading shows, and a full load of the same URL until its heading paints and until it is interactive.
 */
async function moveVersusLoad(): Promise<{ move: number; loadHeading: number; loadInteractive: number }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROME_FLAGS.filter((flag) => flag !== '--headless=new'),
  })
  const moves: number[] = []
  const loads: Array<{ heading: number; interactive: number }> = []
  const article = JSON.parse(readFileSync(join(DIST, 'data/posts', `${POST}.json`), 'utf8')) as {
    next: { slug: string; title: string }
  }
  for (let run = 0; run < MOVE_RUNS; run++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(`${ORIGIN}/posts/${POST}`)
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' })
    await page
      .waitForResponse((response) => response.url().endsWith(`/data/posts/${article.next.slug}.json`))
      .catch(() => undefined)
    await page.waitForTimeout(300)
    // A string, not a function: the TypeScript loader wraps functions with helpers the page does not have.
    // The heading shows the title with typographic marks (src/article/typography.ts).
    moves.push(
      await page.evaluate(MEASURE_MOVE.replace('TITLE', JSON.stringify(typographic(article.next.title)))),
    )
    await context.close()

    const fresh = await browser.newContext()
    const loadPage = await fresh.newPage()
    const freshCdp = await fresh.newCDPSession(loadPage)
    await freshCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await loadPage.goto(`${ORIGIN}/posts/${article.next.slug}`, { waitUntil: 'commit' })
    loads.push(await loadPage.evaluate(MEASURE_LOAD))
    await fresh.close()
  }
  await browser.close()
  return {
    move: median(moves),
    loadHeading: median(loads.map((load) => load.heading)),
    loadInteractive: median(loads.map((load) => load.interactive)),
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' })
  writeBarePage()
  const server = await startPreview()
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS })
  try {
    // Lighthouse's simulated timings vary from run to run: five runs each, and the medians.
    const runsOf = async (url: string) => {
      const runs: LighthouseFigures[] = []
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await runLighthouse(url, chrome.port))
      const middle = (pick: (figures: LighthouseFigures) => number) => median(runs.map(pick))
      return {
        performance: middle((figures) => figures.performance),
        accessibility: middle((figures) => figures.accessibility),
        bestPractices: middle((figures) => figures.bestPractices),
        seo: middle((figures) => figures.seo),
        lcp: middle((figures) => figures.lcp),
      }
    }
    const home = await runsOf(`${ORIGIN}/`)
    const post = await runsOf(`${ORIGIN}/posts/${POST}`)
    const speaker = await runsOf(`${ORIGIN}/speakers/${SPEAKER}`)
    const bare = await runsOf(`${ORIGIN}/${BARE}`)
    const measuredLcp = async (url: string) => {
      const values: number[] = []
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++)
        values.push((await runLighthouse(url, chrome.port, 'devtools')).lcp)
      return median(values)
    }
    const postMeasured = await measuredLcp(`${ORIGIN}/posts/${POST}`)
    const bareMeasured = await measuredLcp(`${ORIGIN}/${BARE}`)
    const bytes = routeBytes(DIST, POST)
    const precache = precacheBytes(DIST)
    const timing = await moveVersusLoad()
    const search = await measureSearch(ORIGIN, SEARCHES, {
      executablePath: CHROMIUM,
      args: CHROME_FLAGS.filter((flag) => flag !== '--headless=new'),
    })

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
    const rows: Array<[string, string, string]> = [
      [
        'Lighthouse home (median of 5): performance / a11y / best practices / SEO',
        `${home.performance} / ${home.accessibility} / ${home.bestPractices} / ${home.seo}`,
        '100 / 100 / 100 / 100',
      ],
      [
        'Lighthouse post (median of 5): performance / a11y / best practices / SEO',
        `${post.performance} / ${post.accessibility} / ${post.bestPractices} / ${post.seo}`,
        '100 / 100 / 100 / 100',
      ],
      [
        'Lighthouse speaker page (median of 5): performance / a11y / best practices / SEO',
        `${speaker.performance} / ${speaker.accessibility} / ${speaker.bestPractices} / ${speaker.seo}`,
        '100 / 100 / 100 / 100',
      ],
      [
        'Post LCP vs bare HTML page, measured (Lighthouse mobile, applied 4G + 4× CPU, medians of 5)',
        `${postMeasured.toFixed(0)} ms vs ${bareMeasured.toFixed(0)} ms = ${(postMeasured / bareMeasured).toFixed(2)}×`,
        '≤1.15×',
      ],
      [
        'Post LCP vs bare HTML page, simulated (Lighthouse mobile default, medians of 5)',
        `${post.lcp.toFixed(0)} ms vs ${bare.lcp.toFixed(0)} ms = ${(post.lcp / bare.lcp).toFixed(2)}×`,
        '≤1.15×',
      ],
      ['Post HTML, CSS inlined (gzip)', `${kb(bytes.html)} (CSS ${kb(bytes.css)})`, ''],
      ['JS before the first paint (gzip)', kb(bytes.firstPaintJs), `≤${kb(FIRST_PAINT_JS_BUDGET)}`],
      [
        'JS the post loads to be interactive (gzip)',
        kb(bytes.interactiveJs),
        `≤${kb(INTERACTIVE_JS_BUDGET)}`,
      ],
      ['JS it loads after that, when idle: reading offline (gzip)', kb(bytes.idleJs), ''],
      [
        'First visit: what the service worker then downloads in the background (gzip)',
        `${kb(precache.gzip)} (${precache.files} files and the worker)`,
        '',
      ],
      [
        `In-app move to the next post until its heading shows vs a full load painting it (CPU 4× slower, median of ${MOVE_RUNS})`,
        `${timing.move.toFixed(0)} ms vs ${timing.loadHeading.toFixed(0)} ms = ${(timing.move / timing.loadHeading).toFixed(2)}×`,
        '≤100 ms, ≤0.2×',
      ],
      [
        `Full load of that post until interactive (CPU 4× slower, median of ${MOVE_RUNS})`,
        `${timing.loadInteractive.toFixed(0)} ms`,
        '',
      ],
    ]
    rows.push(
      [
        'Search page: JS (gzip) / Pagefind WebAssembly / index chunks for its first query',
        `${kb(search.jsBytes)} / ${kb(search.wasmBytes)} / ${kb(search.indexBytes)}`,
        '',
      ],
      [
        `Search with the CPU 4× slower: opening /search?q= until results / a later query (median of ${SEARCHES.length - 1})`,
        `${search.firstQuery} ms / ${search.laterQueries} ms`,
        'later ≤300 ms',
      ],
    )
    const width = Math.max(...rows.map((row) => row[0].length))
    console.log(`\n| ${'measure'.padEnd(width)} | result | target |\n| ${'-'.repeat(width)} | --- | --- |`)
    for (const [measure, result, target] of rows)
      console.log(`| ${measure.padEnd(width)} | ${result} | ${target} |`)
    console.log(`\nJS the post loads: ${bytes.interactiveFiles.join(', ')}`)
  } finally {
    await chrome.kill()
    try {
      if (server.pid) process.kill(-server.pid)
    } catch {
      // The server is gone already: nothing to stop.
    }
    rmSync(join(DIST, BARE), { force: true })
  }
}

await main()
