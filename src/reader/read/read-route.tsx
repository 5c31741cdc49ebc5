import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { Article } from '../../article/schema.ts'
import { PostView } from '../routes/post/post-route.tsx'
import { pageTitle } from '../shared/page-title.ts'
import { textLink } from '../shared/styles.ts'
import { QuoteLinkContext } from '../article/quote-link.ts'
import {
  articleFragment,
  articlePart,
  inputFromFragment,
  MAX_LINK_CHARACTERS,
  readQuoteUrl,
} from './article-link.ts'
import { MAX_READ_CHARACTERS, READABLE_EXTENSIONS, type ReadInput } from './read-article.ts'
import { readInWorker } from './read-in-worker.ts'

/** Past this, the page says it is still reading: a long article keeps the engine busy for a while. */
const SLOW_AFTER_MS = 1000

type Reading =
  | { state: 'idle' }
  | { state: 'reading'; slow: boolean }
  | { state: 'failed'; message: string }
  | { state: 'read'; article: Article; input: ReadInput; fragment: string; linkTooLong: boolean }

const button =
  'rounded-md bg-[var(--accent)] px-4 py-2 text-sm font-medium text-[var(--page)] focus-ring disabled:opacity-70'

/**
 * `/read`: who said what in an article the reader brings, pasted or as a file. Read in the browser, in a
 * worker (read-in-worker.ts), and shown as a post is; the address then carries the article in its fragment
 * (article-link.ts), so a reload or a shared link shows it again. Nothing is sent anywhere.
 */
export function ReadRoute() {
  const { hash } = useLocation()
  const navigate = useNavigate()
  const [typed, setTyped] = useState('')
  const [reading, setReading] = useState<Reading>({ state: 'idle' })
  const shown = useRef<string | null>(null)

  async function read(input: ReadInput, { remember }: { remember: boolean }) {
    setReading({ state: 'reading', slow: false })
    const slow = setTimeout(() => setReading({ state: 'reading', slow: true }), SLOW_AFTER_MS)
    const result = await readInWorker(input)
    clearTimeout(slow)
    if (!result.ok) {
      setReading({ state: 'failed', message: result.message })
      return
    }
    const fragment = await articleFragment(input)
    const linkTooLong = fragment.length > MAX_LINK_CHARACTERS
    // A reader's article is not in the archive: its speakers have no pages across it to link to.
    const article = {
      ...result.article,
      speakers: result.article.speakers.map((speaker) => {
        const local = { ...speaker }
        delete local.archiveId
        return local
      }),
    }
    setReading({ state: 'read', article, input, fragment, linkTooLong })
    if (remember && !linkTooLong) {
      shown.current = fragment
      navigate({ hash: fragment })
    }
  }

  // An address that carries an article (a reload, a shared link, back or forward) shows it.
  useEffect(() => {
    if (!hash || articlePart(hash) === shown.current) return
    let current = true
    void inputFromFragment(hash).then((input) => {
      if (!current) return
      if (!input) {
        setReading({
          state: 'failed',
          message: 'This link does not carry a whole article: it may have been cut short.',
        })
        return
      }
      shown.current = articlePart(hash)
      if (!input.fileName) setTyped(input.text)
      void read(input, { remember: false })
    })
    return () => {
      current = false
    }
    // read() is this render's; only a new address starts a reading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash])

  function readFile(file: File | undefined) {
    if (!file) return
    if (file.size > MAX_READ_CHARACTERS * 4) {
      setReading({
        state: 'failed',
        message: `${file.name} is too large: the limit is ${(MAX_READ_CHARACTERS / 1_000_000).toFixed(0)} million characters.`,
      })
      return
    }
    void file.text().then((text) => read({ text, fileName: file.name }, { remember: true }))
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void read({ text: typed }, { remember: true })
  }
  const drop = (event: DragEvent) => {
    event.preventDefault()
    readFile(event.dataTransfer.files[0])
  }

  if (reading.state === 'read')
    return (
      <div>
        <title>{pageTitle(reading.article.title)}</title>
        <p className="mx-auto mb-6 max-w-[70ch] rounded-md border border-[var(--rule)] px-4 py-3 font-sans text-sm">
          Read in your browser: this article was not uploaded anywhere.{' '}
          {reading.linkTooLong
            ? 'It is too long to carry in a link; save it as a file to open it again.'
            : 'Its address carries it, so a reload or a shared link shows it again.'}{' '}
          <SaveAsFile input={reading.input} />{' '}
          <button
            type="button"
            className={textLink}
            onClick={() => {
              shown.current = null
              setReading({ state: 'idle' })
              navigate({ hash: '' })
            }}
          >
            Read another article
          </button>
        </p>
        <QuoteLinkContext value={(_slug, quoteId) => readQuoteUrl(reading.fragment, quoteId)}>
          <PostView article={reading.article} />
        </QuoteLinkContext>
      </div>
    )

  const busy = reading.state === 'reading'
  return (
    <section aria-labelledby="read-title" className="mx-auto max-w-[70ch] font-sans">
      <title>{pageTitle('Read any article')}</title>
      <h1 id="read-title" className="font-serif text-3xl font-semibold">
        Read any article
      </h1>
      <p className="mt-3 font-serif text-lg">
        Paste a news article, or choose or drop a saved page, and see who said what in it. It is read here, in
        your browser: nothing you bring is uploaded.
      </p>
      <form onSubmit={submit} onDragOver={(event) => event.preventDefault()} onDrop={drop} className="mt-6">
        <label htmlFor="read-text" className="block text-sm font-medium">
          The article: its headline on the first line, then its text
        </label>
        <textarea
          id="read-text"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          rows={12}
          className="mt-2 w-full rounded-md border border-[var(--rule)] bg-[var(--page)] p-3 font-serif text-base focus-ring"
        />
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <button type="submit" disabled={busy} className={button}>
            Show who said what
          </button>
          <label className="text-sm">
            Or choose a file ({READABLE_EXTENSIONS.join(', ')}):{' '}
            <input
              type="file"
              accept={READABLE_EXTENSIONS.join(',')}
              disabled={busy}
              onChange={(event) => readFile(event.target.files?.[0])}
              className="text-sm focus-ring"
            />
          </label>
        </div>
      </form>
      <div role="status" aria-live="polite" className="mt-4 text-sm">
        {reading.state === 'reading' && reading.slow ? 'Reading the article…' : ''}
      </div>
      {reading.state === 'failed' && (
        <p role="alert" className="mt-2 text-sm font-medium text-[var(--ink)]">
          {reading.message}
        </p>
      )}
    </section>
  )
}

/**
 * The article as a file the reader keeps: what they brought, as they brought it. The file is made when the
 * link is followed, so no object URL outlives it.
 */
function SaveAsFile({ input }: { input: ReadInput }) {
  const save = () => {
    const url = URL.createObjectURL(new Blob([input.text], { type: 'text/plain' }))
    const link = document.createElement('a')
    link.href = url
    link.download = input.fileName ?? 'article.txt'
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  return (
    <button type="button" onClick={save} className={textLink}>
      Save it as a file
    </button>
  )
}
