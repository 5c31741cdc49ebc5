import { expect, test } from '@playwright/test'
import { fromPlaywright } from './console.ts'
import { openPage } from './open-page.ts'

const POST = '/posts/us-pakistan-safe-havens'
const TITLE = 'Common interest with Pak in not allowing terror safe havens along its Afghanistan border: US'

test('a post fetched without running scripts holds its title, preview tags, structured data and text', async ({
  request,
}) => {
  const response = await request.get(POST)
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toContain(`<title>${TITLE} — Verbatim</title>`)
  expect(html).toMatch(
    /<meta name="description" content="The United States shares a common interest with Pakistan/,
  )
  expect(html).toMatch(
    /<link rel="canonical" href="http:\/\/localhost:4173\/posts\/us-pakistan-safe-havens">/,
  )
  for (const property of [
    'og:type" content="article',
    'og:title',
    'og:description',
    'og:url',
    'og:site_name',
  ])
    expect(html).toContain(`<meta property="${property}`)
  expect(html).toContain('<meta name="twitter:card" content="summary">')
  expect(html).toContain('type="application/atom+xml"')
  expect(html).toContain('type="application/feed+json"')

  const structured = JSON.parse(
    /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}',
  )
  expect(structured).toMatchObject({
    '@type': 'NewsArticle',
    headline: TITLE,
    publisher: { name: 'Verbatim' },
  })
  expect(structured.mentions).toEqual(
    expect.arrayContaining([
      { '@type': 'Person', name: 'John Kirby' },
      { '@type': 'Organization', name: 'Pentagon' },
    ]),
  )

  // The article itself, its quotations marked with their ids and speakers, and the speaker list.
  expect(html).toMatch(/Kirby said, <span aria-hidden="true" data-chip="true"[^>]*>1<\/span>“<span id="q5"/)
  expect(html).toMatch(/id="q3"[^>]*data-speaker="john-kirby"/)
  expect(html).toContain('aria-label="Speakers"')
  expect(html).toContain('Pentagon Press Secretary')
})

test('with JavaScript off, the post is readable: headline, text, highlighted quotations, speakers', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(POST)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(page.getByText(/has been very candid and forthcoming/)).toBeVisible()
  await expect(page.locator('#q3')).toHaveClass(/quote-marked/)
  await expect(page.getByRole('complementary', { name: 'Speakers' })).toContainText('John Kirby')
  await expect(
    page.getByRole('navigation', { name: 'More posts' }).getByRole('link', { name: /Next post/ }),
  ).toBeVisible()
  await context.close()
})

test('the app takes over the prerendered page without mismatch, its data fetched once, by the preload', async ({
  page,
}) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && !fromPlaywright(message.text()))
      problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  const data: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/data/')) data.push(new URL(request.url()).pathname)
  })
  await openPage(page, POST)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  // Hydrated: the app responds (a speaker toggle works). The page carries no copy of its data: the post's file
  // was asked for once, by the head's preload, and the app's own fetch used that answer (a second request, or
  // Chrome's warning of an unused preload, would show a mismatch).
  const kirby = page
    .getByRole('complementary', { name: 'Speakers' })
    .getByRole('button', { name: /John Kirby/ })
  await kirby.click()
  await expect(kirby).toHaveAttribute('aria-pressed', 'true')
  expect(data.filter((path) => path === '/data/posts/us-pakistan-safe-havens.json')).toHaveLength(1)
  expect(problems).toEqual([])
})

test('a shared quotation link with a text fragment opens at the quotation', async ({ page }) => {
  await openPage(page, `${POST}#q5:~:text=We%20recognise%20that%20Pakistan,emanated%20from%20that%20border`)
  await expect(page.locator('#q5')).toBeFocused()
  await expect(page.locator('#q5')).toBeInViewport()
})

test('feeds, sitemap and robots.txt are served and linked', async ({ request }) => {
  const atom = await (await request.get('/feed.xml')).text()
  expect(atom).toMatch(
    /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
  )
  expect(atom.match(/<entry>/g)).toHaveLength(11)
  expect(atom).toContain('&lt;p&gt;America, he asserted, has been very candid')

  const json = await (await request.get('/feed.json')).json()
  expect(json.version).toBe('https://jsonfeed.org/version/1.1')
  expect(json.items).toHaveLength(11)
  expect(json.items.at(-1)).toMatchObject({
    url: 'http://localhost:4173/posts/us-pakistan-safe-havens',
    title: TITLE,
  })

  const sitemap = await (await request.get('/sitemap.xml')).text()
  // The home page, 11 posts, the list of speakers and each speaker's page.
  expect(sitemap.match(/<loc>[^<]*\/posts\//g)).toHaveLength(11)
  expect(sitemap).toContain('<loc>http://localhost:4173/speakers</loc>')
  expect(sitemap).toContain('<loc>http://localhost:4173/speakers/john-kirby</loc>')
  expect(await (await request.get('/robots.txt')).text()).toContain(
    'Sitemap: http://localhost:4173/sitemap.xml',
  )

  const home = await (await request.get('/')).text()
  expect(home).toContain(
    '<link rel="alternate" type="application/atom+xml" title="Verbatim" href="http://localhost:4173/feed.xml">',
  )
})

test('an unknown address answers 404 with the not-found page', async ({ request }) => {
  const response = await request.get('/posts/no-such-post')
  expect(response.status()).toBe(404)
  expect(await response.text()).toContain('<title>Not found — Verbatim</title>')
})
