import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

/** What the search page costs a reader: bytes it loads by kind, and how long a query takes to answer. */
export interface SearchCost {
  /** JS the search page runs (gzip): the app, its search route and Pagefind's own script. */
  jsBytes: number
  /** Pagefind's WebAssembly (as served, already compressed by Pagefind). */
  wasmBytes: number
  /** Index chunks, fragments and filters fetched for the first query (as served, compressed by Pagefind). */
  indexBytes: number
  /** Milliseconds from submitting a query to its results on the page, CPU 4× slower: the first, and the median of the rest. */
  firstQuery: number
  laterQueries: number
}

const PAGEFIND_INDEX = /\.pf_(?:meta|index|fragment|filter)$/

/**
 * Opens `/search?q=<first>` with the CPU slowed 4×, counts what it loads, then submits each further query
 * in turn and times it until the page says how many results there are.
 */
export async function measureSearch(
  origin: string,
  queries: readonly string[],
  launch: { executablePath?: string; args: string[] },
): Promise<SearchCost> {
  const browser = await chromium.launch(launch)
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    let jsBytes = 0
    let wasmBytes = 0
    let indexBytes = 0
    const counted: Array<Promise<void>> = []
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      counted.push(
        response
          .body()
          .then((body) => {
            if (path.endsWith('.js')) jsBytes += gzipSync(body).length
            else if (path.endsWith('.pagefind')) wasmBytes += body.length
            else if (PAGEFIND_INDEX.test(path)) indexBytes += body.length
          })
          .catch(() => undefined),
      )
    })
    const status = page.getByRole('main').getByRole('status')
    const [first = '', ...rest] = queries
    const started = Date.now()
    await page.goto(`${origin}/search?q=${encodeURIComponent(first)}`)
    await status.filter({ hasText: /results? for|Nothing found/ }).waitFor()
    const firstQuery = Date.now() - started
    await Promise.all(counted)

    const times: number[] = []
    const box = page.getByRole('searchbox', { name: 'Search posts and quotations' })
    for (const query of rest) {
      await box.fill(query)
      const before = Date.now()
      await box.press('Enter')
      await status
        .filter({ hasText: new RegExp(`for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`) })
        .waitFor()
      times.push(Date.now() - before)
    }
    const sorted = [...times].sort((a, b) => a - b)
    return {
      jsBytes,
      wasmBytes,
      indexBytes,
      firstQuery,
      laterQueries: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    }
  } finally {
    await browser.close()
  }
}
