import type { KeyboardEvent, MouseEvent, ReactNode } from 'react'
import { attributionLabel } from '../../article/confidence.ts'
import { capitalise } from '../../article/display-name.ts'
import type { SpeakerKey } from '../speakers/speaker-stats.ts'
import type { QuotePiece } from './quote-segments.ts'

export interface QuotationProps {
  piece: QuotePiece
  children: ReactNode
  speakerName: string | null
  /** The speaker is a guess (confidence below SURE_AT): said as "probably …", with a dashed chip. */
  uncertain: boolean
  /** The speaker's number in the sidebar and colour; null when unattributed. */
  speakerKey: SpeakerKey | null
  dimmed: boolean
  emphasised: boolean
  onFocusSpeaker: (speakerId: string | null) => void
  /** The reader asked to share this quotation: a click, or Enter or Space while it has the focus. */
  onActivate: (quoteId: string, element: HTMLElement, byKeyboard: boolean) => void
}

export const KIND_WORDS = {
  direct: 'direct quotation',
  mixed: 'partial quotation',
  indirect: 'reported speech',
} as const

const speakerClass = (key: SpeakerKey | null) =>
  key?.colour == null ? 'speaker-none' : `speaker-${key.colour}`

/**
 * The speaker's number in the sidebar, where a quotation starts: before its opening mark, so that the mark and
 * the first word stay together. Seen only; screen readers hear the name in the quotation itself.
 */
export function SpeakerChip({
  speakerKey,
  uncertain,
  dimmed,
}: {
  speakerKey: SpeakerKey | null
  uncertain: boolean
  dimmed: boolean
}) {
  return (
    <span
      aria-hidden="true"
      data-chip
      className={`${speakerClass(speakerKey)} ${dimmed ? 'quote-dimmed' : ''} speaker-chip ${uncertain ? 'border-dashed' : ''}`}
    >
      {speakerKey ? `${speakerKey.rank}${uncertain ? '?' : ''}` : '?'}
    </span>
  )
}

/**
 * One quotation in the text, and nothing else: no control sits inside the sentence. Direct and mixed ones get
 * their speaker's tint, indirect ones a dotted underline; a chip (SpeakerChip, placed by the paragraph) with the
 * speaker's number in the sidebar marks where each starts, so kind and speaker read without colour. Screen
 * readers hear the speaker and kind once, where it starts, and where it ends. It is reached by keys (n and p),
 * not by Tab, and shared from itself.
 */
export function Quotation({
  piece,
  children,
  speakerName,
  uncertain,
  speakerKey,
  dimmed,
  emphasised,
  onFocusSpeaker,
  onActivate,
}: QuotationProps) {
  const { quote, first, last } = piece
  const who = attributionLabel(speakerName, uncertain)
  const Who = capitalise(who)
  const marked = quote.kind !== 'indirect'
  const className = [
    'cursor-pointer rounded-sm focus-ring',
    speakerClass(speakerKey),
    marked ? 'quote-marked' : 'quote-reported',
    dimmed ? 'quote-dimmed' : '',
    emphasised ? 'quote-emphasised' : '',
  ].join(' ')

  const onClick = (event: MouseEvent<HTMLElement>) => {
    // Words being selected are shared from the selection (ArticleBody), not from a click.
    if (window.getSelection()?.isCollapsed === false) return
    onActivate(quote.id, event.currentTarget, false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    onActivate(quote.id, event.currentTarget, true)
  }

  return (
    <span
      id={first ? quote.id : undefined}
      data-quote={quote.id}
      data-speaker={quote.speakerId ?? ''}
      tabIndex={-1}
      className={className}
      onMouseEnter={() => onFocusSpeaker(quote.speakerId)}
      onMouseLeave={() => onFocusSpeaker(null)}
      onFocus={() => onFocusSpeaker(quote.speakerId)}
      onBlur={() => onFocusSpeaker(null)}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      {first && <span className="sr-only">{`${Who}, ${KIND_WORDS[quote.kind]}: `}</span>}
      {children}
      {last && <span className="sr-only">{` (end of ${marked ? 'quotation' : 'reported speech'})`}</span>}
    </span>
  )
}
