import { expect, test } from '@playwright/test'
import { openPage } from './open-page.ts'

test('Verbatim installs on a home screen: a manifest with a name, a start page and icons the browser accepts', async ({
  page,
  request,
}) => {
  await openPage(page, '/posts/us-pakistan-safe-havens')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe('/manifest.webmanifest')

  const response = await request.get(href ?? '')
  expect(response.ok()).toBe(true)
  const manifest = (await response.json()) as {
    name: string
    start_url: string
    display: string
    icons: Array<{ src: string; sizes: string; purpose?: string }>
  }
  expect(manifest).toMatchObject({ name: 'Verbatim', start_url: '/', display: 'standalone' })
  for (const size of ['192x192', '512x512'])
    expect(manifest.icons.some((icon) => icon.sizes === size && !icon.purpose)).toBe(true)
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src)
    expect(image.headers()['content-type'], icon.src).toBe('image/png')
    // The PNG's own width and height, from its header, are what the manifest says.
    const bytes = await image.body()
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
  }

  // Chromium's own verdict on the page and its manifest; a test's browser context is private, which no page can
  // change and which only stops the install prompt.
  const session = await page.context().newCDPSession(page)
  const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: Array<{ errorId: string }>
  }
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([])
})
