import { useState, type ReactNode } from 'react'
import { attributionLabel } from '../../article/confidence.ts'
import { nameInSentence } from '../../article/display-name.ts'
import { useAnnounce } from '../shared/announcer.tsx'
import type { SpeakerKey } from '../speakers/speaker-stats.ts'
import type { QuotePiece } from './quote-segments.ts'
import { copyText, quoteUrl } from './share.ts'

export interface QuotationProps {
  piece: QuotePiece
  children: ReactNode
  slug: string
  /** The quotation's words (its first paragraph's part), for the text fragment of its share link. */
  shareText: string
  speakerName: string | null
  /** The speaker is a guess (confidence below SURE_AT): said as "probably …", with a dashed chip. */
  uncertain: boolean
  /** The speaker's number in the sidebar and colour; null when unattributed. */
  speakerKey: SpeakerKey | null
  dimmed: boolean
  emphasised: boolean
  onFocusSpeaker: (speakerId: string | null) => void
}

/** A 12-pixel line icon for the quotation's controls; the button around it carries the name. */
function Icon({ path }: { path: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      width="12"
      height="12"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    >
      <path d={path} />
    </svg>
  )
}
const LINK_ICON =
  'M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8'
const SHARE_ICON = 'M8 10V2.5M5 5.5l3-3 3 3M3.5 8.5v5h9v-5'

const KIND_WORDS = {
  direct: 'direct quotation',
  mixed: 'partial quotation',
  indirect: 'reported speech',
} as const

const iconButton =
  'ml-1 inline-flex h-6 min-w-6 items-center justify-center rounded border border-[var(--rule)] px-1 align-middle font-sans text-xs text-[var(--muted)] opacity-70 hover:opacity-100 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-[var(--accent)]'

// Hidden unless <html> says the browser can share (see main.tsx).
const shareButton = iconButton.replace('ml-1 inline-flex', 'ml-1 hidden [.can-share_&]:inline-flex')

/**
 * One quotation in the text. Direct and mixed ones get their speaker's tint, indirect ones a dotted underline;
 * a chip with the speaker's number in the sidebar marks where each starts, so kind and speaker read without
 * colour, and no two speakers of a post share a chip as they did with initials. The
 * speaker's name shows on hover and focus and is read out first by screen readers.
 */
export function Quotation({
  piece,
  children,
  slug,
  shareText,
  speakerName,
  uncertain,
  speakerKey,
  dimmed,
  emphasised,
  onFocusSpeaker,
}: QuotationProps) {
  const { quote, first, last } = piece
  const announce = useAnnounce()
  const [copied, setCopied] = useState(false)
  const who = attributionLabel(speakerName, uncertain)
  const Who = who.charAt(0).toUpperCase() + who.slice(1)
  const by =
    uncertain && speakerName ? `probably by ${nameInSentence(speakerName)}` : `by ${nameInSentence(who)}`
  const marked = quote.kind !== 'indirect'
  const className = [
    'group relative rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]',
    speakerKey?.colour == null ? 'speaker-none' : `speaker-${speakerKey.colour}`,
    marked ? 'quote-marked' : 'quote-reported',
    dimmed ? 'quote-dimmed' : '',
    emphasised ? 'quote-emphasised' : '',
  ].join(' ')

  const copy = async () => {
    const ok = await copyText(quoteUrl(slug, quote.id, shareText))
    setCopied(ok)
    announce(ok ? 'Link to the quotation copied' : 'Could not copy the link')
    if (ok) window.setTimeout(() => setCopied(false), 2500)
  }
  const share = () => {
    navigator.share({ title: document.title, url: quoteUrl(slug, quote.id, shareText) }).catch(() => {
      // The reader closed the share sheet: nothing to do.
    })
  }

  return (
    <>
      <span
        id={first ? quote.id : undefined}
        data-quote={quote.id}
        data-speaker={quote.speakerId ?? ''}
        tabIndex={first ? 0 : -1}
        className={className}
        onMouseEnter={() => onFocusSpeaker(quote.speakerId)}
        onMouseLeave={() => onFocusSpeaker(null)}
        onFocus={() => onFocusSpeaker(quote.speakerId)}
        onBlur={() => onFocusSpeaker(null)}
      >
        {first && (
          <span
            aria-hidden="true"
            className={`mr-1 inline-block rounded-full border-2 border-[var(--speaker)] px-1.5 align-[0.1em] font-sans text-[0.65em] font-semibold leading-tight ${uncertain ? 'border-dashed' : ''}`}
          >
            {speakerKey ? `${speakerKey.rank}${uncertain ? '?' : ''}` : '?'}
          </span>
        )}
        <span className="sr-only">{`${Who}, ${KIND_WORDS[quote.kind]}: `}</span>
        {children}
        <span
          role="tooltip"
          className="pointer-events-none absolute bottom-full left-0 z-20 mb-1 hidden whitespace-nowrap rounded bg-[var(--ink)] px-2 py-1 font-sans text-xs font-medium text-[var(--page)] group-hover:block group-focus:block"
        >
          {Who} · {KIND_WORDS[quote.kind]}
        </span>
      </span>
      {last && (
        <span className="whitespace-nowrap">
          <button
            type="button"
            className={iconButton}
            onClick={copy}
            aria-label={`Copy link to this quotation ${by}`}
          >
            <Icon path={LINK_ICON} />
          </button>
          {/* Shown only where the Web Share API exists (main.tsx marks <html>): decided by CSS, not by a
              render after hydration, which on a long post would re-render every quotation at once. */}
          <button
            type="button"
            className={shareButton}
            onClick={share}
            aria-label={`Share this quotation ${by}`}
          >
            <Icon path={SHARE_ICON} />
          </button>
          {copied && (
            <span className="ml-1 font-sans text-xs text-[var(--muted)]" aria-hidden="true">
              Link copied
            </span>
          )}
        </span>
      )}
    </>
  )
}
