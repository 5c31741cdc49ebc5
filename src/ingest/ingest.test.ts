import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test, vi } from 'vitest'
import type { ArchiveIndex, Latest, MonthPage } from '../article/post-archive.ts'
import type { Article } from '../article/schema.ts'
import type { SpeakerIndex, SpeakerPage } from '../article/speaker-archive.ts'
import { recordFigures } from '../../bench/record.ts'
import { BuildCache } from './build-cache.ts'
import { ingest } from './ingest.ts'
import { MAX_INPUT_BYTES } from './read-input.ts'
import { readJsonFile, snapshot, workspace } from './test-helpers.ts'

const ROOT = join(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const CLI = join(ROOT, 'src/ingest/cli.ts')

function runCli(cwd: string, ...args: string[]) {
  const result = spawnSync(TSX, [CLI, ...args], { cwd, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const post = (out: string, slug: string) => readJsonFile<Article>(join(out, 'posts', `${slug}.json`))

const GOOD_TEXT = `---
published: 2026-03-02
byline: Wen Osei
source: The Marsh Courier
url: https://courier.example/ferry
---
Ferry back on the water

"The ferry sails again on Monday," said harbour master Ilse Marchbank.\r
\r
Marchbank said the repairs had cost less than expected.
`

describe('ingest: formats', () => {
  test('.txt: front matter, the first line as headline, paragraphs, quotations found', async () => {
    const dir = workspace({ 'in/ferry-back.txt': GOOD_TEXT })
    const report = await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out') })
    expect(report.problems).toEqual([])
    const article = post(join(dir, 'out'), 'ferry-back')
    expect(article).toMatchObject({
      schemaVersion: 2,
      title: 'Ferry back on the water',
      published: '2026-03-02',
      byline: 'Wen Osei',
      source: { name: 'The Marsh Courier', url: 'https://courier.example/ferry' },
      paragraphs: [
        '"The ferry sails again on Monday," said harbour master Ilse Marchbank.',
        'Marchbank said the repairs had cost less than expected.',
      ],
      prev: null,
      next: null,
    })
    expect(article.quotes.map((quote) => quote.kind)).toEqual(['direct', 'indirect'])
    expect(article.speakers).toMatchObject([
      { name: 'Ilse Marchbank', role: 'harbour master', kind: 'person', archiveId: 'ilse-marchbank' },
    ])
  })

  test('.md: Markdown reduced to plain paragraphs, the first heading as headline, HTML as text', async () => {
    const markdown = [
      '---',
      'slug: market-day',
      '---',
      '# Market *day* returns',
      '',
      'The **market** reopened, [the council](https://example.org) said on <b>Friday</b>.',
      '',
      '## Stalls',
      '',
      '- "Trade is up," said stallholder Nell Brisk.',
      '- Parking & access are free.',
      '',
      '> A quoted block <script>alert(1)</script>',
    ].join('\n')
    const dir = workspace({ 'notes.md': markdown })
    await ingest({ inputs: [join(dir, 'notes.md')], outDir: join(dir, 'out') })
    const article = post(join(dir, 'out'), 'market-day')
    expect(article.title).toBe('Market day returns')
    expect(article.paragraphs).toEqual([
      'The market reopened, the council said on Friday.',
      'Stalls',
      '"Trade is up," said stallholder Nell Brisk.',
      'Parking & access are free.',
      'A quoted block',
    ])
    expect(article.quotes.some((quote) => quote.kind === 'direct')).toBe(true)
  })

  test('.html: main content through Readability, metadata from the page, no markup left', async () => {
    const paragraph = (text: string) => `<p>${text}</p>`
    const html = `<!doctype html><html><head><title>Ignored – The Vale Post</title>
      <meta property="og:title" content="Dam inquiry opens">
      <meta property="og:site_name" content="The Vale Post">
      <meta property="article:published_time" content="2026-04-09T08:15:00Z">
      <meta name="author" content="Ros Calder">
      <link rel="canonical" href="https://valepost.example/dam-inquiry">
      </head><body><nav>Home | News | Sport</nav><article>
      ${paragraph('The inquiry into the Dunmere dam opened on Thursday in the town hall, with more than two hundred residents in the public gallery and a queue outside.')}
      ${paragraph('"Every family deserves an answer," said Judge Corinne Abernathy, who chairs the inquiry, as she opened the first session of evidence.')}
      ${paragraph('Engineers for the water board said the spillway had been inspected twice in the year before the flood, and that both reports were clean.')}
      ${paragraph('Residents said they had warned the board about cracks in the wall for years. <img src=x onerror="alert(1)"> Share this article')}
      </article><footer>Subscribe to our newsletter</footer></body></html>`
    const dir = workspace({ 'dam.html': html })
    const report = await ingest({ inputs: [join(dir, 'dam.html')], outDir: join(dir, 'out') })
    expect(report.problems).toEqual([])
    const article = post(join(dir, 'out'), 'dam')
    expect(article).toMatchObject({
      title: 'Dam inquiry opens',
      published: '2026-04-09T08:15:00Z',
      byline: 'Ros Calder',
      source: { name: 'The Vale Post', url: 'https://valepost.example/dam-inquiry' },
    })
    expect(article.paragraphs).toHaveLength(4)
    expect(article.paragraphs.join(' ')).not.toMatch(/[<>]|Home \| News/)
    expect(article.speakers.map((speaker) => speaker.name)).toContain('Corinne Abernathy')
  })

  test(".html: a news site's page, its furniture left behind", async () => {
    // A page of our own in the shape news sites use: navigation, a story header Readability would throw away
    // with its byline, captioned photographs, a related-links box, share tools and a newsletter form.
    const page = readFileSync(join(import.meta.dirname, '__fixtures__/news-page.html'))
    const dir = workspace({ 'ferry-strike.html': page })
    const report = await ingest({ inputs: [join(dir, 'ferry-strike.html')], outDir: join(dir, 'out') })
    expect(report.problems).toEqual([])
    const article = post(join(dir, 'out'), 'ferry-strike')
    expect(article).toMatchObject({
      title: 'Ferry crews walk out over night shifts',
      byline: 'Tamsin Orrell, Transport Correspondent',
      published: '2026-06-18T06:40:00+01:00',
      source: {
        name: 'The Corrin Bay Gazette',
        url: 'https://gazette.example/news/2026/06/18/ferry-crews-walk-out',
      },
    })
    expect(article.paragraphs).toHaveLength(6)
    expect(article.paragraphs[0]).toMatch(/^Ferry crews on the Corrin Bay routes walked out at midnight/)
    expect(article.paragraphs.at(-1)).toMatch(/^The company said emergency crossings/)
    const text = article.paragraphs.join('\n')
    for (const furniture of [
      /Business|Opinion|Weather/, // navigation
      /Photograph|picket line at Marrow/, // captions and photo credits
      /Ferry fares to rise|Related/, // the related-links box
      /Share on|Sign up|Subscribe/, // share tools, newsletter
      /Most read|Lighthouse keeper|corrections@/, // the rest of the site
    ])
      expect(text).not.toMatch(furniture)
    const speakers = article.speakers.map((speaker) => speaker.name)
    expect(speakers).toEqual(expect.arrayContaining(['Moira Tregarth', 'Ruairi Dunmore']))
    expect(speakers).not.toContain('Ines Galloway')
  })

  test('.html: a figure that holds a quotation stays, with the caption that names its speaker', async () => {
    const html = `<!doctype html><html><head><title>Harbour plan</title></head><body><article>
      <p>The council published its harbour plan on Monday after two years of consultation with residents.</p>
      <figure><img src="crane.jpg" alt=""><figcaption>A crane at the quay. Photograph: Ines Galloway</figcaption></figure>
      <figure><blockquote><p>We will not sell the quay to anyone.</p></blockquote><figcaption>Harbour master Ilse Marchbank</figcaption></figure>
      <p>Work on the new sea wall is due to begin in the spring, the council said in a statement.</p>
      </article></body></html>`
    const dir = workspace({ 'harbour.html': html })
    await ingest({ inputs: [join(dir, 'harbour.html')], outDir: join(dir, 'out') })
    const text = post(join(dir, 'out'), 'harbour').paragraphs.join('\n')
    expect(text).toContain('We will not sell the quay to anyone.')
    expect(text).toContain('Harbour master Ilse Marchbank')
    expect(text).not.toMatch(/Photograph|A crane at the quay/)
  })

  test('.json: an article without quotes, and the minimal {title, body}', async () => {
    const dir = workspace({
      'full.json': JSON.stringify({
        slug: 'tram-line',
        title: 'Tram line on time',
        published: '2026-05-01T10:00:00Z',
        paragraphs: ['Transport Minister Callum Ferreday said the tram line would open in March.'],
        source: { name: 'Fenland Transit News' },
        quotes: [{ bogus: true }],
      }),
      'short.json': JSON.stringify({ title: 'Short one', body: 'First paragraph.\n\nSecond paragraph.' }),
    })
    const report = await ingest({ inputs: [dir], outDir: join(dir, 'out') })
    expect(report.problems).toEqual([])
    expect(post(join(dir, 'out'), 'tram-line').quotes).toMatchObject([{ kind: 'indirect', id: 'q1' }])
    expect(post(join(dir, 'out'), 'short').paragraphs).toEqual(['First paragraph.', 'Second paragraph.'])
  })
})

describe('ingest: cleaning and the archive', () => {
  test('NBSP, zero-width characters and CRLF are normalised; page junk is dropped', async () => {
    const text =
      'Headline\u200B here\r\n\r\n\u00A0The first\u00A0paragraph.\r\n\r\nAdvertisement\r\n\r\nShare on Facebook Share on Twitter\r\n\r\nThe last one.\r\n\r\nPrevious Post Next Post\r\n'
    const dir = workspace({ 'junk.txt': text })
    await ingest({ inputs: [join(dir, 'junk.txt')], outDir: join(dir, 'out') })
    const article = post(join(dir, 'out'), 'junk')
    expect(article.title).toBe('Headline here')
    expect(article.paragraphs).toEqual(['The first paragraph.', 'The last one.'])
  })

  test('posts are ordered by date (undated first), then file name; prev/next and pages follow', async () => {
    const dated = (date: string, title: string) =>
      `---\npublished: ${date}\n---\n${title}\n\nSome text here.\n`
    const dir = workspace({
      'b.txt': dated('2026-02-01', 'Bravo'),
      'a.txt': dated('2026-02-01', 'Alpha'),
      'c.txt': dated('2026-01-01', 'Charlie'),
      'undated.txt': 'Undated\n\nSome text here.\n',
    })
    await ingest({ inputs: [dir], outDir: join(dir, 'out') })
    const out = join(dir, 'out')
    expect(post(out, 'undated')).toMatchObject({ prev: null, next: { slug: 'c', title: 'Charlie' } })
    expect(post(out, 'c')).toMatchObject({ prev: { slug: 'undated' }, next: { slug: 'a' } })
    expect(post(out, 'a')).toMatchObject({ prev: { slug: 'c' }, next: { slug: 'b' } })
    expect(post(out, 'b')).toMatchObject({ prev: { slug: 'a' }, next: null })
    const latest = readJsonFile<Latest>(join(out, 'latest.json'))
    expect(latest).toMatchObject({ total: 4, continues: 'undated' })
    expect(latest.posts.map((summary) => summary.slug)).toEqual(['b', 'a', 'c', 'undated'])
  })

  test('the home page holds the newest 20 posts; the archive holds every post by month, newest first', async () => {
    // Three months of posts, ten days apart, and one without a date.
    const files: Record<string, string> = { 'undated.txt': 'Undated\n\nText.\n' }
    for (let index = 0; index < 9; index++)
      files[`post-${index}.txt`] =
        `---\npublished: 2026-0${1 + Math.floor(index / 3)}-${String(1 + (index % 3) * 10).padStart(2, '0')}\n---\nPost ${index}\n\nText ${index}.\n`
    for (let index = 9; index < 30; index++)
      files[`late-${index}.txt`] = `---\npublished: 2026-05-02\n---\nLate ${index}\n\nText.\n`
    const dir = workspace(files)
    await ingest({ inputs: [dir], outDir: join(dir, 'out') })
    const out = join(dir, 'out')
    const latest = readJsonFile<Latest>(join(out, 'latest.json'))
    expect(latest.total).toBe(31)
    expect(latest.posts).toHaveLength(20)
    expect(latest.continues).toBe('2026-05')
    const index = readJsonFile<ArchiveIndex>(join(out, 'archive', 'index.json'))
    expect(index.months).toEqual([
      { month: '2026-05', count: 21 },
      { month: '2026-03', count: 3 },
      { month: '2026-02', count: 3 },
      { month: '2026-01', count: 3 },
      { month: 'undated', count: 1 },
    ])
    const march = readJsonFile<MonthPage>(join(out, 'archive', '2026-03.json'))
    expect(march).toMatchObject({ month: '2026-03', newer: '2026-05', older: '2026-02' })
    expect(march.posts.map((summary) => summary.slug)).toEqual(['post-8', 'post-7', 'post-6'])
    expect(readJsonFile<MonthPage>(join(out, 'archive', 'undated.json'))).toMatchObject({
      newer: '2026-01',
      older: null,
    })
  })

  test('a new post rewrites its month, the home page and the list of months, and no other month', async () => {
    const dated = (date: string, title: string) => `---\npublished: ${date}\n---\n${title}\n\nText.\n`
    const dir = workspace({
      'in/a.txt': dated('2026-01-05', 'Alpha'),
      'in/b.txt': dated('2026-02-05', 'Bravo'),
      'in/c.txt': dated('2026-03-05', 'Charlie'),
    })
    const out = join(dir, 'out')
    await ingest({ inputs: [join(dir, 'in')], outDir: out })
    const before = snapshot(join(out, 'archive'))
    writeFileSync(join(dir, 'in', 'd.txt'), dated('2026-03-20', 'Delta'))
    await ingest({ inputs: [join(dir, 'in')], outDir: out })
    const after = snapshot(join(out, 'archive'))
    const changed = Object.keys(after).filter((name) => after[name] !== before[name])
    expect(changed.sort()).toEqual(['2026-03.json', 'index.json'])
    expect(readJsonFile<Latest>(join(out, 'latest.json')).posts[0]?.slug).toBe('d')
  })

  test('speaker pages and lists are written, and a speaker no longer quoted loses their page', async () => {
    const other = `---\npublished: 2026-03-05\n---\nDredging resumes\n\n"The channel is clear," said pilot Aram Voss.\n`
    const dir = workspace({ 'in/ferry.txt': GOOD_TEXT, 'in/dredging.txt': other })
    await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out') })
    const speakers = join(dir, 'out', 'speakers')
    const ilse = readJsonFile<SpeakerPage>(join(speakers, 'ilse-marchbank', 'latest.json'))
    expect(ilse).toMatchObject({ name: 'Ilse Marchbank', quoteCount: 2, postCount: 1, olderPage: null })
    expect(ilse.quotes[0]?.post).toEqual({
      slug: 'ferry',
      title: 'Ferry back on the water',
      published: '2026-03-02',
    })
    const list = readJsonFile<SpeakerIndex>(join(dir, 'out', 'speaker-lists', 'quoted', '1.json'))
    expect(list.speakers.map((speaker) => speaker.id)).toEqual(['ilse-marchbank', 'aram-voss'])

    rmSync(join(dir, 'in', 'dredging.txt'))
    await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out') })
    expect(existsSync(join(speakers, 'aram-voss'))).toBe(false)
    expect(existsSync(join(speakers, 'ilse-marchbank', 'latest.json'))).toBe(true)
  })

  test('running twice on the same input gives byte-identical output', async () => {
    const dir = workspace({ 'in/one.txt': GOOD_TEXT, 'in/two.md': '# Two\n\nA paragraph, she said.\n' })
    await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out') })
    const first = snapshot(join(dir, 'out'))
    const report = await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out') })
    expect(snapshot(join(dir, 'out'))).toEqual(first)
    expect(report.written).toBe(0)
  })
})

describe('ingest: on all the cores', () => {
  test('worker processes build the same output as one process, bad inputs and slug clashes included', async () => {
    const inputs: Record<string, string> = {
      'in/bad.txt': '',
      'in/clash.txt': '---\nslug: post-03\n---\nClash\n\nText.\n',
    }
    for (let index = 1; index <= 40; index++)
      inputs[`in/post-${String(index).padStart(2, '0')}.txt`] = GOOD_TEXT.replace(
        'Ferry back',
        `Ferry ${index} back`,
      )
    const dir = workspace(inputs)
    const alone = await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'alone'), workers: 1 })
    const pooled = await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'pooled'), workers: 2 })
    expect(pooled.problems).toEqual(alone.problems)
    expect(alone.problems.map((problem) => problem.file)).toEqual([
      join(dir, 'in/bad.txt'),
      join(dir, 'in/post-03.txt'),
    ])
    expect(snapshot(join(dir, 'pooled'))).toEqual(snapshot(join(dir, 'alone')))
    expect(pooled.posts).toBe(40)
  })
})

describe('ingest: what earlier runs built', () => {
  test('an unchanged input is not built again; a changed one is, and the output is as a fresh run makes it', async () => {
    const dir = workspace({
      'in/one.txt': GOOD_TEXT,
      'in/two.md': '# Two\n\nA paragraph, she said.\n',
      'in/bad.txt': '',
    })
    const cacheDir = join(dir, 'cache')
    const first = await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out'), cacheDir })
    expect(first.built).toBe(3)
    const second = await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out'), cacheDir })
    expect(second.built).toBe(0)
    expect(second.problems).toEqual(first.problems)
    expect(second.written).toBe(0)

    writeFileSync(join(dir, 'in/two.md'), '# Two, revised\n\n"A paragraph," said Aram Voss.\n')
    const third = await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out'), cacheDir })
    expect(third.built).toBe(1)
    await ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'fresh') })
    expect(snapshot(join(dir, 'out'))).toEqual(snapshot(join(dir, 'fresh')))
    expect(post(join(dir, 'out'), 'two').title).toBe('Two, revised')
  })

  test('a post file left as the last run wrote it is not read again; one changed since is written again', async () => {
    const dir = workspace({ 'in/one.txt': GOOD_TEXT, 'in/two.md': '# Two\n\nA paragraph, she said.\n' })
    const cacheDir = join(dir, 'cache')
    const run = () => ingest({ inputs: [join(dir, 'in')], outDir: join(dir, 'out'), cacheDir })
    await run()
    const first = snapshot(join(dir, 'out'))
    // Nothing changed: each article is read from the cache once, for the archive's lists, and not again to
    // write its post.
    const reads = vi.spyOn(BuildCache.prototype, 'get')
    const second = await run()
    expect(reads).toHaveBeenCalledTimes(2)
    reads.mockRestore()
    expect(second.problems).toEqual([])
    expect(second.written).toBe(0)

    // Someone changed a post's file: the build puts back what it makes.
    const path = join(dir, 'out', 'posts', 'two.json')
    writeFileSync(path, '{"tampered": true}\n')
    const third = await run()
    expect(third.written).toBe(1)
    expect(snapshot(join(dir, 'out'))).toEqual(first)
  })
})

describe('ingest: bad input', () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty.txt', '', /empty file/],
    ['blank.txt', ' \n\n \n', /empty file/],
    ['binary.txt', new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02]), /binary file/],
    [
      'latin1.txt',
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x0a, 0x61]),
      /not valid UTF-8 \(first bad byte at offset 3\)/,
    ],
    ['no-title.txt', '---\nslug: lonely\n---\n\n', /no headline/],
    ['headline-only.txt', 'Just a headline\n', /no paragraphs/],
    [
      'bad-date.txt',
      '---\npublished: next Tuesday\n---\nTitle\n\nText.\n',
      /published: "next Tuesday" is not a date/,
    ],
    ['bad-field.txt', '---\npubished: 2026-01-01\n---\nTitle\n\nText.\n', /unknown field "pubished"/],
    [
      'empty.html',
      '<html><head><title>Nothing</title></head><body><nav>Menu</nav></body></html>',
      /no article text found in the HTML/,
    ],
    ['broken.json', '{"title": "Half', /malformed JSON/],
    [
      'wrong.json',
      '{"title": "T", "paragraphs": "not a list"}',
      /paragraphs: expected an array of strings, got a string/,
    ],
    ['notes.csv', 'a,b\n', /unsupported file type ".csv"/],
    [
      'nested.html',
      `<html><body>${'<div>'.repeat(100_000)}<p>"Deep," she said.</p>${'</div>'.repeat(100_000)}</body></html>`,
      /HTML nested more than 150 levels deep/,
    ],
    [
      'nested-a-little.html',
      `<html><body>${'<section>'.repeat(400)}<p>"Deep," she said.</p>${'</section>'.repeat(400)}</body></html>`,
      /HTML nested more than 150 levels deep/,
    ],
    [
      'wide.html',
      `<html><body><article>${'<p><b><i>word</i></b></p>'.repeat(25_000)}</article></body></html>`,
      /HTML with more than 60,000 elements/,
    ],
  ]

  // What each hostile input was told, for docs/RELIABILITY.md.
  const refused: Array<{ input: string; message: string }> = []
  afterAll(() => recordFigures('ingest', { refused }))

  test.each(cases)(
    '%s: one clear line naming the file and the reason; good files still written',
    async (name, contents, reason) => {
      const dir = workspace({ [`in/${name}`]: contents, 'in/good.txt': GOOD_TEXT })
      const report = await ingest({
        inputs: [join(dir, 'in', name), join(dir, 'in', 'good.txt')],
        outDir: join(dir, 'out'),
      })
      expect(report.problems).toHaveLength(1)
      expect(report.problems[0]?.file).toBe(join(dir, 'in', name))
      expect(report.problems[0]?.message).toMatch(reason)
      expect(post(join(dir, 'out'), 'good').title).toBe('Ferry back on the water')
      refused.push({ input: name, message: report.problems[0]?.message ?? '' })
    },
  )

  test('a duplicate slug is an error for the second file only', async () => {
    const dir = workspace({
      'a.txt': '---\nslug: same\n---\nFirst\n\nText.\n',
      'b.txt': '---\nslug: same\n---\nSecond\n\nText.\n',
    })
    const report = await ingest({ inputs: [dir], outDir: join(dir, 'out') })
    expect(report.problems).toEqual([
      { file: join(dir, 'b.txt'), message: `duplicate slug "same": ${join(dir, 'a.txt')} already has it` },
    ])
    expect(post(join(dir, 'out'), 'same').title).toBe('First')
  })

  test('a file over 10 MB is refused before it is read', async () => {
    const dir = workspace({ 'good.txt': GOOD_TEXT })
    writeFileSync(join(dir, 'huge.txt'), `Huge\n\n${'word '.repeat(MAX_INPUT_BYTES / 5 + 10)}`)
    // 50 MB, sparse: only its size is ever looked at.
    writeFileSync(join(dir, 'fifty.html'), '')
    truncateSync(join(dir, 'fifty.html'), 50 * 1024 * 1024)
    const report = await ingest({ inputs: [dir], outDir: join(dir, 'out') })
    expect(report.problems).toEqual([
      { file: join(dir, 'fifty.html'), message: 'too large: 50.0 MB, the limit is 10.0 MB' },
      {
        file: join(dir, 'huge.txt'),
        message: expect.stringMatching(/too large: 10\.0 MB, the limit is 10\.0 MB/),
      },
    ])
    refused.push({ input: 'a 50 MB file', message: report.problems[0]?.message ?? '' })
    expect(existsSync(join(dir, 'out', 'posts', 'good.json'))).toBe(true)
  })

  test('the CLI prints one line per bad file and a summary, exits 1, leaves no partial file and keeps earlier output', async () => {
    const dir = workspace({ 'in/good.txt': GOOD_TEXT, 'in/broken.json': '{"title": ' })
    // Output from an earlier run, for a post whose source is now broken: it must survive this run.
    const earlier = join(dir, 'out', 'posts', 'broken.json')
    writeFileSync(join(dir, 'keep.txt'), '')
    const first = runCli(dir, 'in/good.txt', '--out', 'out')
    expect(first.code).toBe(0)
    writeFileSync(earlier, '{"earlier": true}\n')

    const { code, stdout, stderr } = runCli(dir, 'in', '--out', 'out')
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^ingest: in\/broken\.json: malformed JSON: /),
    ])
    expect(stdout).toMatch(
      /^ingest: 1 post, 2 quotes, 1 speaker → out \(0 files written, 7 unchanged; 1 built, 1 unchanged since the last run\) in \d+\.\d\d s; 1 input failed\n$/,
    )
    expect(readFileSync(earlier, 'utf8')).toBe('{"earlier": true}\n')
    expect(Object.keys(snapshot(join(dir, 'out'))).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  test('the CLI with no inputs reads content/ into public/data/', () => {
    const dir = workspace({ 'content/hello.txt': 'Hello\n\nWorld, she said.\n' })
    const { code, stdout } = runCli(dir)
    expect(code).toBe(0)
    expect(stdout).toMatch(/→ public\/data/)
    expect(post(join(dir, 'public/data'), 'hello').title).toBe('Hello')
  })

  test('an output folder that cannot be written is reported per file, with exit code 1, not a crash', () => {
    const dir = workspace({ 'in/good.txt': GOOD_TEXT, blocked: 'a file where the output folder should be' })
    const { code, stdout, stderr } = runCli(dir, 'in', '--out', 'blocked/data')
    expect(code).toBe(1)
    expect(stderr).toMatch(/^ingest: blocked\/data\/posts\/good\.json: cannot write: ENOTDIR/m)
    expect(stdout).toMatch(/inputs? failed/)
    expect(readFileSync(join(dir, 'blocked'), 'utf8')).toBe('a file where the output folder should be')
  })

  test('a file that vanishes before it is read is reported, and the rest are written', async () => {
    const dir = workspace({ 'good.txt': GOOD_TEXT })
    const report = await ingest({
      inputs: [join(dir, 'good.txt'), join(dir, 'gone.txt')],
      outDir: join(dir, 'out'),
    })
    expect(report.problems).toEqual([{ file: join(dir, 'gone.txt'), message: 'no such file or folder' }])
    expect(post(join(dir, 'out'), 'good').title).toBe('Ferry back on the water')
  })

  test('a missing input path is reported, not a crash', async () => {
    const dir = workspace()
    const report = await ingest({ inputs: [join(dir, 'nowhere')], outDir: join(dir, 'out') })
    expect(report.problems).toEqual([{ file: join(dir, 'nowhere'), message: 'no such file or folder' }])
  })
})
