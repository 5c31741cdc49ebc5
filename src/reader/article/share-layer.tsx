import { useEffect, useRef, useState } from 'react'
import { attributionLabel, isUncertain } from '../../article/confidence.ts'
import { capitalise } from '../../article/display-name.ts'
import type { Article } from '../../article/schema.ts'
import { focusRing } from '../shared/styles.ts'
import { KIND_WORDS } from './quotation.tsx'
import { copyText, quotationWords, quoteUrl, shareMessage, type QuoteLink } from './share.ts'

/** What the reader asked to share: a quotation, or words selected inside one, and where to show the panel. */
export interface ShareRequest {
  quoteId: string
  /** The words the reader selected; null for the whole quotation. */
  selected: string | null
  /** Where the panel goes: below this point, in page coordinates. */
  at: { top: number; left: number }
  /** The quotation to give the focus back to when the panel was opened from the keyboard. */
  returnFocus: HTMLElement | null
}

export interface ShareLayerProps {
  article: Article
  names: ReadonlyMap<string, string>
  request: ShareRequest | null
  onClose: () => void
  /** Where a quotation links; by default, its post (quoteUrl). */
  quoteLink?: QuoteLink | undefined
}

const PANEL_WIDTH = 352
const EDGE = 8
const TOAST_MS = 4000

const button = `rounded-md border border-[var(--rule)] px-3 py-1.5 text-sm font-medium hover:border-[var(--ink)] ${focusRing}`

/**
 * The one share panel of a post and the toast that confirms a copy. Loaded on first use, so sharing costs the
 * post's first load nothing. The panel is a native popover: the top layer, light dismiss and Esc for free. It
 * is placed in page coordinates and kept inside the screen, so it never widens a phone's page.
 */
export default function ShareLayer({ article, names, request, onClose, quoteLink }: ShareLayerProps) {
  const panel = useRef<HTMLDivElement>(null)
  const firstButton = useRef<HTMLButtonElement>(null)
  const [toast, setToast] = useState('')

  useEffect(() => {
    const element = panel.current
    if (!request || !element) return
    if (!element.matches(':popover-open')) element.showPopover()
    if (request.returnFocus) firstButton.current?.focus()
  }, [request])

  useEffect(() => {
    if (!toast) return
    const timer = window.setTimeout(() => setToast(''), TOAST_MS)
    return () => window.clearTimeout(timer)
  }, [toast])

  const quote = request && article.quotes.find((candidate) => candidate.id === request.quoteId)
  const speakerName = quote?.speakerId ? (names.get(quote.speakerId) ?? null) : null
  const who = quote ? attributionLabel(speakerName, isUncertain(quote)) : ''
  const words = quote ? (request.selected ?? quotationWords(article.paragraphs, quote)) : ''
  const url = quote
    ? quoteLink
      ? quoteLink(quote.id, words)
      : quoteUrl(article.slug, quote.id, words)
    : null
  const message = quote ? shareMessage({ words, kind: quote.kind, who, url }) : ''
  const Who = capitalise(who)

  const close = () => panel.current?.hidePopover()
  const copy = async (text: string, done: string) => {
    const copied = await copyText(text)
    setToast(copied ? done : 'Could not copy: your browser did not allow it')
    close()
  }
  const share = () => {
    navigator.share({ title: document.title, text: message, ...(url ? { url } : {}) }).catch(() => {
      // The reader closed the share sheet: nothing to do.
    })
    close()
  }

  const width = Math.min(PANEL_WIDTH, window.innerWidth - 2 * EDGE)
  const left = request
    ? Math.max(EDGE, Math.min(request.at.left - window.scrollX, window.innerWidth - width - EDGE)) +
      window.scrollX
    : 0

  return (
    <>
      <div
        ref={panel}
        popover="auto"
        role="dialog"
        aria-label="Share this quotation"
        onToggle={(event) => {
          if (event.newState !== 'closed') return
          request?.returnFocus?.focus({ preventScroll: true })
          onClose()
        }}
        style={request ? { top: request.at.top + EDGE, left, width } : undefined}
        className="absolute inset-auto m-0 rounded-lg border border-[var(--rule)] bg-[var(--page)] p-4 font-sans text-[var(--ink)] shadow-xl"
      >
        {quote && (
          <>
            <p className="text-sm">
              <strong className="font-semibold">{Who}</strong>
              <span className="text-[var(--muted)]"> · {KIND_WORDS[quote.kind]}</span>
            </p>
            <p className="mt-2 line-clamp-4 font-serif text-base">{words}</p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button
                ref={firstButton}
                type="button"
                className={button}
                onClick={() =>
                  copy(message, url ? 'Copied, with who said it and a link' : 'Copied, with who said it')
                }
              >
                Copy quotation
              </button>
              {url && (
                <button
                  type="button"
                  className={button}
                  onClick={() => copy(url, 'Link to the quotation copied')}
                >
                  Copy link
                </button>
              )}
              {'share' in navigator && (
                <button type="button" className={button} onClick={share}>
                  Share…
                </button>
              )}
            </div>
          </>
        )}
      </div>
      <div
        role="status"
        className={`fixed inset-x-0 bottom-28 z-50 mx-auto w-fit max-w-[calc(100vw-2rem)] rounded-md bg-[var(--ink)] px-4 py-2 font-sans text-sm text-[var(--page)] shadow-lg ${toast ? '' : 'sr-only'}`}
      >
        {toast}
      </div>
    </>
  )
}
