import { expect, test, type Page, type Request } from '@playwright/test'
import { axeViolations } from './axe.ts'
import { openPage } from './open-page.ts'
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

const readButton = (page: Page) => page.getByRole('button', { name: 'Show who said what' })

test('a pasted article shows who said what, stays on a reload, and its text goes nowhere', async ({
  page,
}) => {
  const requests = recordRequests(page)
  await openPage(page, '/read')
  await expect(page.getByText('nothing you bring is uploaded')).toBeVisible()
  await page.getByLabel('The article: its headline on the first line, then its text').fill(ARTICLE)
  await readButton(page).click()

  const title = 'Wetland plan splits Calder Vale council as flood season nears'
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
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
  expect(requests.filter((request) => carriesText(request, DISTINCT))).toEqual([])
})

test('a quotation of a read article is shared as a link that opens the article at it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPage(page, '/read')
  await page.getByLabel('The article: its headline on the first line, then its text').fill(ARTICLE)
  await readButton(page).click()
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
  const html = `<!doctype html><html><head><title>Calder Vale</title>
    <script src="https://tracker.invalid/t.js"></script></head><body>
    <nav>Home · News · Share this article</nav>
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
  expect(requests.filter((request) => /\.invalid\//.test(request.url()))).toEqual([])
  expect(requests.filter((request) => carriesText(request, DISTINCT))).toEqual([])
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

  await page.goto('/read#a=cut-short')
  await expect(page.getByRole('alert')).toHaveText(
    'This link does not carry a whole article: it may have been cut short.',
  )
})

for (const theme of ['light', 'dark'] as const)
  test(`/read passes axe in the ${theme} theme, with an error shown`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme })
    await openPage(page, '/read')
    expect(await axeViolations(page)).toEqual([])
    await readButton(page).click()
    await expect(page.getByRole('alert')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
