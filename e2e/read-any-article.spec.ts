import { expect, test, type Page, type Request } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { openPage } from './open-page.ts'
import { readPasted } from './read-page.ts'
import { quotations } from './quotations.ts'

// A realistic news article, written for this test: invented people, places and bodies.
const ARTICLE = `Wetland plan splits Calder Vale council as flood season nears

Calder Vale's council voted 6-5 on Monday to flood two hundred acres of pasture east of the river, a plan its backers say will spare the town centre the next time the Calder bursts its banks.

"We have pumped the same streets dry four winters out of the last six," said Councillor Maren Ostrova, who chairs the council's flood committee. "Letting the water spread where it does no harm is cheaper than another wall."

Farmers who lease the land were not persuaded. Tomas Reddle, whose family has grazed sheep on the eastern pasture for three generations, said the council had offered compensation for one season and nothing after it.

"They are asking us to give up the ground our flock lives on for a promise," Reddle said. "Nobody on that council has told us where the sheep go in March."

Ostrova said the committee would publish a ten-year lease offer before the work begins. She added that the first earthworks were planned for late summer, after the hay is in.

The Vale Rivers Trust, which surveyed the site last year, said in a statement that the scheme could hold back as much as a third of a spring flood before it reaches the bridge.`

const DISTINCT = 'grazed sheep on the eastern pasture'

/** Every request the page makes, so a test can check that none carried the reader's article. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  return requests
}

function carriesText(request: Request, words: string): boolean {
  const encoded = encodeURIComponent(words)
  const url = request.url()
  const body = request.postData() ?? ''
  return url.includes(words) || url.includes(encoded) || body.includes(words) || body.includes(encoded)
}

/** No request sent the text, the address's fragment that carries it, or anything at all in a body. */
function expectNothingSent(requests: readonly Request[], words: string, fragment: string): void {
  expect(requests.filter((request) => carriesText(request, words)).map((request) => request.url())).toEqual(
    [],
  )
  expect(
    requests.filter((request) => request.url().includes(fragment)).map((request) => request.url()),
  ).toEqual([])
  expect(requests.filter((request) => request.method() !== 'GET').map((request) => request.url())).toEqual([])
}

/** `count` letter-and-digit tokens that never repeat (a Lehmer generator from `seed`): text that does not compress. */
function tokens(seed: number, count: number): string[] {
  let state = seed
  return Array.from({ length: count }, () => {
    state = (state * 48271) % 2147483647
    return state.toString(36).slice(0, 6)
  })
}

const fragmentOf = (page: Page) => new URL(page.url()).hash.slice(1)

const readButton = (page: Page) => page.getByRole('button', { name: 'Show who said what' })

test('a pasted article shows who said what, stays on a reload, and its text goes nowhere', async ({
  page,
}) => {
  const requests = recordRequests(page)
  await openPage(page, '/read')
  await expect(page.getByText('nothing you bring is uploaded')).toBeVisible()
  await readPasted(page, ARTICLE)

  const title = 'Wetland plan splits Calder Vale council as flood season nears'
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  // The headline takes the focus, as after a move to a post.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(page).toHaveTitle(`${title} — Verbatim`)
  await expect(page).toHaveURL(/\/read#a=[A-Za-z0-9_-]+$/)
  await expect(quotations(page, 'Maren Ostrova').first()).toBeVisible()
  await expect(quotations(page, 'Tomas Reddle')).not.toHaveCount(0)
  const speakers = page.getByRole('complementary', { name: 'Speakers' })
  await expect(speakers.getByRole('button', { name: /Maren Ostrova/ })).toBeVisible()
  await expect(speakers.getByRole('button', { name: /Tomas Reddle/ })).toBeVisible()
  const counted = await quotations(page).count()

  // A reload reads the article again from the address alone.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(quotations(page)).toHaveCount(counted)

  // Following a speaker works as on a post.
  const reddle = speakers.getByRole('button', { name: /Tomas Reddle/ })
  await reddle.click()
  await expect(reddle).toHaveAttribute('aria-pressed', 'true')
  await expect(speakers.getByText(/^1 of \d+$/)).toBeVisible()

  expect(requests.length).toBeGreaterThan(0)
  expectNothingSent(requests, DISTINCT, fragmentOf(page).slice(2, 40))
})

test('back and forward move between two read articles and the empty form; the skip link leaves the article', async ({
  page,
}) => {
  await openPage(page, '/read')
  const box = page.getByLabel('The article: its headline on the first line, then its text')
  const heading = page.getByRole('heading', { level: 1 })
  await box.fill(ARTICLE)
  await readButton(page).click()
  await expect(heading).toHaveText(/^Wetland plan/)

  // The skip link's #main is not an article: the article stays.
  await page.getByRole('link', { name: 'Skip to content' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await expect(heading).toHaveText(/^Wetland plan/)

  await page.getByRole('button', { name: 'Read another article' }).click()
  await expect(box).toBeFocused()
  await expect(box).toHaveValue(ARTICLE)
  await box.fill(
    'Ferry to run again\n\n"The pier is sound," Harbour Commissioner Ines Marrow said on Tuesday.',
  )
  await readButton(page).click()
  await expect(heading).toHaveText('Ferry to run again')

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Read any article' })).toBeVisible()
  await page.goBack()
  await page.goBack()
  await expect(heading).toHaveText(/^Wetland plan/)
  await page.goForward()
  await page.goForward()
  await page.goForward()
  await expect(heading).toHaveText('Ferry to run again')
})

test('an article too long for a link says so, leaves no article in the address, and shares no link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPage(page, '/read')
  // Words that do not repeat, so they do not compress away: about 60,000 characters.
  const words = tokens(7, 60 * 140)
  const paragraphs = Array.from(
    { length: 60 },
    (_, index) => `${words.slice(index * 140, (index + 1) * 140).join(' ')}.`,
  )
  const text = [
    'Harbour levy notes',
    '"The levy will rise in May," Treasurer Ola Brenn said.',
    ...paragraphs,
  ].join('\n\n')
  await readPasted(page, text)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour levy notes')
  await expect(
    page.getByText('It is too long to carry in a link; save it as a file to open it again.'),
  ).toBeVisible()
  expect(new URL(page.url()).hash).toBe('')
  await page.keyboard.press('n')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Copy quotation' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Copy quotation' }).click()
  expect(String(await page.evaluate('navigator.clipboard.readText()'))).toMatch(/— Ola Brenn, via Verbatim$/)
})

test('a quotation of a read article is shared as a link that opens the article at it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPage(page, '/read')
  await readPasted(page, ARTICLE)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Wetland plan/)
  // Not in the archive: its speakers have no pages across it.
  await expect(page.getByRole('link', { name: /^Across the archive/ })).toHaveCount(0)

  await page.keyboard.press('n')
  await page.keyboard.press('n')
  const focused = page.locator('[data-quote][id]:focus')
  const id = (await focused.getAttribute('id')) ?? ''
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Copy quotation' }).click()
  const copied = String(await page.evaluate('navigator.clipboard.readText()'))
  const link = /(http:\/\/localhost:4173\/read#a=[\w-]+~q\d+)$/.exec(copied)?.[1] ?? ''
  expect(link.endsWith(`~${id}`)).toBe(true)

  const other = await context.newPage()
  await openPage(other, link)
  await expect(other.locator(`#${id}`)).toBeFocused()
  await expect(other.locator(`#${id}`)).toBeInViewport()
})

test('a saved web page dropped in is read by its article, and its scripts and images never load', async ({
  page,
}) => {
  const requests = recordRequests(page)
  await openPage(page, '/read')
  const paragraphs = ARTICLE.split('\n\n').slice(1)
  // A saved page is mostly not its article: menus, scripts, tracking data that does not compress. Only the
  // article travels in the address, so the page, far too large for a link, still comes back on a reload.
  const tracking = `<script>window.tracking = "${tokens(11, 6000).join(',')}"</script>`
  const menu = Array.from(
    { length: 200 },
    (_, index) => `<li><a href="/section/${index}">Section ${index}</a></li>`,
  )
  const html = `<!doctype html><html><head><title>Calder Vale</title>
    <script src="https://tracker.invalid/t.js"></script></head><body>
    ${tracking}<nav>Home · News · Share this article<ul>${menu.join('')}</ul></nav>
    <article><h1>Wetland plan splits Calder Vale council</h1>
    <img src="https://images.invalid/pasture.jpg" alt="">
    ${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
    </article><script>document.title = 'ran'</script></body></html>`
  // Dropped on the form, as a file dragged from the desktop.
  const dropped = await page.evaluateHandle((source) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([source], 'calder-vale.html', { type: 'text/html' }))
    return transfer
  }, html)
  await page
    .locator('form')
    .filter({ has: readButton(page) })
    .dispatchEvent('drop', { dataTransfer: dropped })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wetland plan splits Calder Vale council')
  await expect(quotations(page, 'Maren Ostrova').first()).toBeVisible()
  await expect(page.getByText('Share this article')).toHaveCount(0)
  expect(html.length).toBeGreaterThan(40_000)
  await expect(page).toHaveURL(/\/read#a=[\w-]+$/)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wetland plan splits Calder Vale council')
  expect(requests.filter((request) => /\.invalid\//.test(request.url()))).toEqual([])
  expectNothingSent(requests, DISTINCT, fragmentOf(page).slice(2, 40))
})

test('bad input gets its own message, and what the reader typed stays', async ({ page }) => {
  await openPage(page, '/read')
  const box = page.getByLabel('The article: its headline on the first line, then its text')
  const alert = page.getByRole('alert')

  await readButton(page).click()
  await expect(alert).toHaveText('There is no text to read: paste an article first.')

  await box.fill('Only a headline, and nothing under it')
  await readButton(page).click()
  await expect(alert).toHaveText(
    'This does not read as an article: no paragraphs: there is a headline but no text.',
  )
  await expect(box).toHaveValue('Only a headline, and nothing under it')

  const file = page.getByLabel(/Or choose a file/)
  await file.setInputFiles({
    name: 'scan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]),
  })
  await expect(alert).toHaveText('scan.txt is not text: it looks like a binary file.')
  await file.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('not really') })
  await expect(alert).toHaveText(/^photo\.png is not a file Verbatim reads/)
  await expect(box).toHaveValue('Only a headline, and nothing under it')

  await file.setInputFiles({
    name: 'huge.txt',
    mimeType: 'text/plain',
    buffer: Buffer.alloc(6_100_000, 'a'),
  })
  await expect(alert).toHaveText('huge.txt is too large: the limit is 2,000,000 characters.')

  // A link cut short, opened afresh.
  await page.goto('about:blank')
  await page.goto('/read#a=cut-short')
  await expect(page.getByRole('alert')).toHaveText(
    'This link does not carry a whole article: it may have been cut short.',
  )
})

test('a reading that takes more than a second says so, and the form waits for it', async ({ page }) => {
  // The worker's script held back a second and a half, as a slow phone's engine on a long article would be.
  await page.route('**/assets/read-worker-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await route.continue()
  })
  await openPage(page, '/read')
  await readPasted(page, ARTICLE)
  await expect(readButton(page)).toHaveAttribute('aria-disabled', 'true')
  // The button keeps the focus while it waits, rather than dropping it to the top of the page.
  await expect(readButton(page)).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Reading the article…' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Wetland plan/)
})

for (const theme of ['light', 'dark'] as const)
  test(`/read passes axe in the ${theme} theme, with an error shown`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme })
    await openPage(page, '/read')
    expect(await axeViolations(page)).toEqual([])
    await readButton(page).click()
    await expect(page.getByRole('alert')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    // And the article as read.
    await readPasted(page, ARTICLE)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Wetland plan/)
    expect(await axeViolations(page)).toEqual([])
  })
