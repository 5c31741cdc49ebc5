import { useEffect, useRef, useState, type ChangeEvent, type DragEvent, type FormEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import type { Article } from '../../article/schema.ts'
import { PostView } from '../routes/post/post-route.tsx'
import { pageTitle } from '../shared/page-title.ts'
import { textLink } from '../shared/styles.ts'
import {
  articleAsText,
  articleFragment,
  articlePart,
  carriedArticle,
  carriesArticle,
  MAX_LINK_CHARACTERS,
  readQuoteUrl,
} from './article-link.ts'
import type { ReadInput } from './read-article.ts'
import { readInWorker } from './read-in-worker.ts'
import { MAX_READ_CHARACTERS, READ_LIMIT_WORDS, READABLE_EXTENSIONS } from './read-limits.ts'

/** Past this, the page says it is still reading: a long article keeps the engine busy for a while. */
const SLOW_AFTER_MS = 1000

/** A file larger than this cannot hold the character limit, even at 3 bytes a character: refused unread. */
const MAX_FILE_BYTES = 3 * MAX_READ_CHARACTERS

type Reading =
  | { state: 'idle' }
  | { state: 'reading'; slow: boolean }
  | { state: 'failed'; message: string }
  | { state: 'read'; article: Article; fragment: string; linkTooLong: boolean }

const button =
  'rounded-md bg-[var(--accent)] px-4 py-2 text-sm font-medium text-[var(--page)] focus-ring aria-disabled:opacity-70'

/** A reader's article is not in the archive: its speakers have no pages across it to link to. */
function outsideTheArchive(article: Article): Article {
  return {
    ...article,
    speakers: article.speakers.map((speaker) => {
      const local = { ...speaker }
      delete local.archiveId
      return local
    }),
  }
}

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
  const box = useRef<HTMLTextAreaElement>(null)
  // The article part of the address the page shows: '' for an article too long for the address, null for none.
  const shown = useRef<string | null>(null)
  // The reading under way: a newer one, or leaving the page, stops it, so a late answer never lands.
  const current = useRef<AbortController | null>(null)
  useEffect(() => () => current.current?.abort(), [])

  async function read(input: ReadInput, { remember }: { remember: boolean }) {
    current.current?.abort()
    const controller = new AbortController()
    current.current = controller
    const { signal } = controller
    setReading({ state: 'reading', slow: false })
    const slow = setTimeout(() => setReading({ state: 'reading', slow: true }), SLOW_AFTER_MS)
    signal.addEventListener('abort', () => clearTimeout(slow))
    const result = await readInWorker(input, signal)
    clearTimeout(slow)
    if (signal.aborted) return
    if (!result.ok) {
      setReading({ state: 'failed', message: result.message })
      return
    }
    const article = outsideTheArchive(result.article)
    const fragment = await articleFragment(article)
    if (signal.aborted) return
    const linkTooLong = fragment.length > MAX_LINK_CHARACTERS
    setReading({ state: 'read', article, fragment, linkTooLong })
    if (!remember) return
    // The reader asked for it: the article's headline takes the focus, as a post's does after a move.
    requestAnimationFrame(() => document.getElementById('article-title')?.focus({ preventScroll: true }))
    shown.current = linkTooLong ? '' : fragment
    // An article too long for the address leaves none in it, so a reload shows no older one; an address that
    // already has none gets no second, identical entry in the history.
    if (!linkTooLong) navigate({ hash: fragment })
    else if (window.location.hash) navigate({ hash: '' })
  }

  // An address that carries an article (a reload, a shared link, back or forward) shows it; back to the bare
  // page shows the form again. Other fragments (the skip link's #main) change nothing.
  useEffect(() => {
    if (!carriesArticle(hash)) {
      if (hash === '' && shown.current) {
        current.current?.abort()
        shown.current = null
        setReading({ state: 'idle' })
      }
      return
    }
    if (articlePart(hash) === shown.current) return
    let stale = false
    void carriedArticle(hash).then((carried) => {
      // Set only by the run that goes on to read: StrictMode runs this effect twice, and the first is stale.
      if (stale) return
      shown.current = articlePart(hash)
      if (carried) void read({ carried }, { remember: false })
      else
        setReading({
          state: 'failed',
          message: 'This link does not carry a whole article: it may have been cut short.',
        })
    })
    return () => {
      stale = true
    }
    // read() is this render's; only a new address starts a reading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hash])

  const busy = reading.state === 'reading'

  function readFile(file: File | undefined) {
    if (!file || busy) return
    if (file.size > MAX_FILE_BYTES) {
      setReading({ state: 'failed', message: `${file.name} is too large: the limit is ${READ_LIMIT_WORDS}.` })
      return
    }
    file.text().then(
      (text) => read({ text, fileName: file.name }, { remember: true }),
      () => setReading({ state: 'failed', message: `${file.name} could not be read.` }),
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!busy) void read({ text: typed }, { remember: true })
  }
  // Files dropped anywhere on the form are read; text dragged into the box goes into the box, as it would.
  const dragsFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')
  const drop = (event: DragEvent) => {
    if (!dragsFiles(event)) return
    event.preventDefault()
    readFile(event.dataTransfer.files[0])
  }
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    readFile(event.target.files?.[0])
    // The same file chosen again is read again.
    event.target.value = ''
  }
  const readAnother = () => {
    current.current?.abort()
    shown.current = null
    setReading({ state: 'idle' })
    if (window.location.hash) navigate({ hash: '' })
    requestAnimationFrame(() => box.current?.focus())
  }

  if (reading.state === 'read')
    return (
      <div>
        <p className="mx-auto mb-6 max-w-[70ch] rounded-md border border-[var(--rule)] px-4 py-3 font-sans text-sm">
          Read in your browser: this article was not uploaded anywhere.{' '}
          {reading.linkTooLong
            ? 'It is too long to carry in a link; save it as a file to open it again.'
            : 'Its address carries it, so a reload or a shared link shows it again.'}{' '}
          <SaveAsFile article={reading.article} />{' '}
          <button type="button" className={textLink} onClick={readAnother}>
            Read another article
          </button>
        </p>
        <PostView
          article={reading.article}
          quoteLink={(quoteId) => (reading.linkTooLong ? null : readQuoteUrl(reading.fragment, quoteId))}
        />
      </div>
    )

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
      <form
        onSubmit={submit}
        onDragOver={(event) => {
          if (dragsFiles(event)) event.preventDefault()
        }}
        onDrop={drop}
        className="mt-6"
      >
        <label htmlFor="read-text" className="block text-sm font-medium">
          The article: its headline on the first line, then its text
        </label>
        <textarea
          ref={box}
          id="read-text"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          rows={12}
          className="mt-2 w-full rounded-md border border-[var(--rule)] bg-[var(--page)] p-3 font-serif text-base focus-ring"
        />
        <div className="mt-3 flex flex-wrap items-center gap-4">
          {/* Not disabled while reading: a disabled button would drop the keyboard focus to the page's start. */}
          <button type="submit" aria-disabled={busy} className={button}>
            Show who said what
          </button>
          <label className="text-sm">
            Or choose a file ({READABLE_EXTENSIONS.join(', ')}):{' '}
            <input
              type="file"
              accept={READABLE_EXTENSIONS.join(',')}
              aria-disabled={busy}
              onChange={choose}
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
 * The article as a plain-text file the reader keeps, which `/read` reads back: made when the button is pressed,
 * so no object URL outlives it.
 */
function SaveAsFile({ article }: { article: Article }) {
  const save = () => {
    const url = URL.createObjectURL(new Blob([articleAsText(article)], { type: 'text/plain' }))
    const link = document.createElement('a')
    link.href = url
    link.download = 'article.txt'
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  return (
    <button type="button" onClick={save} className={textLink}>
      Save it as a file
    </button>
  )
}
