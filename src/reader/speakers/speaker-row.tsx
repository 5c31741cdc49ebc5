import { memo } from 'react'
import { Link } from 'react-router'
import { speakerPath } from '../speakers-archive/paths.ts'
import { focusRing } from '../shared/styles.ts'

export interface SpeakerRowData {
  /** A speaker's id, or null for the unattributed quotations. */
  id: string | null
  /** Their page across the archive (`/speakers/<id>`); none for unnamed sources and the unattributed. */
  archiveId: string | null
  name: string
  /** Role and kind, as one muted line. */
  detail: string
  count: number
  /** How many of those the engine is not sure are theirs (shown as "probably" in the text). */
  probable: number
  /** Share of all quoted words, 0..1. */
  share: number
  /** The palette class: speaker-0 … speaker-5, or speaker-none. */
  colour: string
  /** The chip that marks their quotations in the text: their number, or "?" for the unattributed. */
  mark: string
}

/**
 * The share of quoted words as a thin bar. Drawn in SVG, whose width is an attribute, not an inline style, so a
 * strict Content-Security-Policy lets the prerendered HTML keep it.
 */
function ShareBar({ share, colour }: { share: number; colour: string }) {
  return (
    <svg
      aria-hidden="true"
      className={`mt-1 block h-1 w-full ${colour}`}
      viewBox="0 0 100 4"
      preserveAspectRatio="none"
    >
      <rect width="100" height="4" rx="2" className="fill-[var(--rule)]" />
      <rect width={Math.round(share * 100)} height="4" rx="2" className="fill-[var(--speaker)]" />
    </svg>
  )
}

/** Steps through the followed speaker's quotations: previous, where the reader is, next. */
export function Stepper({
  position,
  total,
  onStep,
  className = '',
}: {
  position: number
  total: number
  onStep: (direction: 1 | -1) => void
  className?: string
}) {
  const stepButton = `rounded border border-[var(--rule)] px-2 py-0.5 ${focusRing}`
  return (
    <div className={`items-center justify-between gap-2 text-sm ${className}`}>
      <button type="button" aria-label="Previous quotation" onClick={() => onStep(-1)} className={stepButton}>
        ← Previous
      </button>
      <span className="tabular-nums text-[var(--muted)]" aria-live="polite">
        {position + 1} of {total}
      </span>
      <button type="button" aria-label="Next quotation" onClick={() => onStep(1)} className={stepButton}>
        Next →
      </button>
    </div>
  )
}

export interface SpeakerRowProps {
  row: SpeakerRowData
  /** The reader follows this speaker. */
  pressed: boolean
  /** The quotation under the pointer or the focus is theirs. */
  lit: boolean
  /** Where the reader is among their quotations, and how many there are, while followed. */
  position: number
  followedQuotes: number
  onToggle: (speakerId: string | null) => void
  onStep: (direction: 1 | -1) => void
}

/**
 * One speaker in the sidebar: a toggle that follows them, with their count, role and share of the words.
 * Memoised: hovering a quotation lights one row, and only the rows whose state changes render again.
 */
export const SpeakerRow = memo(function SpeakerRow({
  row,
  pressed,
  lit,
  position,
  followedQuotes,
  onToggle,
  onStep,
}: SpeakerRowProps) {
  return (
    <li>
      <button
        type="button"
        aria-pressed={pressed}
        onClick={() => onToggle(row.id)}
        className={`w-full rounded-md border px-3 py-2 text-left ${row.colour} ${
          pressed || lit ? 'border-[var(--speaker)] bg-[var(--speaker-tint)]' : 'border-transparent'
        } hover:border-[var(--rule)] ${focusRing}`}
      >
        <span className="flex items-baseline justify-between gap-2">
          <span className="flex items-baseline gap-2">
            <span aria-hidden="true" className="speaker-mark">
              {row.mark}
            </span>
            <span dir="auto" className="font-medium">
              {row.name}
            </span>
          </span>
          <span className="shrink-0 text-sm tabular-nums text-[var(--muted)]">
            {row.count} <span className="sr-only">{row.count === 1 ? 'quotation' : 'quotations'},</span>
          </span>
        </span>
        {row.detail && <span className="mt-0.5 block pl-8 text-xs text-[var(--muted)]">{row.detail}</span>}
        {row.probable > 0 && (
          <span className="mt-0.5 block pl-8 text-xs text-[var(--muted)]">
            {row.probable === row.count ? 'all' : `${row.probable} of them`} probably theirs
          </span>
        )}
        <span className="sr-only">{Math.round(row.share * 100)}% of the quoted words</span>
        <ShareBar share={row.share} colour={row.colour} />
      </button>
      {row.archiveId && (
        // Beside the toggle, not in it: following stays one press, and the page is one link away.
        <Link
          to={speakerPath(row.archiveId)}
          aria-label={`Across the archive: ${row.name}`}
          className={`ml-11 inline-block text-xs text-[var(--accent)] underline underline-offset-2 ${focusRing}`}
        >
          Across the archive
        </Link>
      )}
      {pressed && followedQuotes > 0 && (
        // On a phone the stepper is the bar at the bottom of the screen instead (SpeakerSidebar).
        <Stepper
          position={position}
          total={followedQuotes}
          onStep={onStep}
          className="mt-1 hidden px-3 lg:flex"
        />
      )}
    </li>
  )
})
