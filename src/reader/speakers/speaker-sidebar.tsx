import { memo, useCallback, useId, useMemo, useState } from 'react'
import { flushSync } from 'react-dom'
import { isUncertain } from '../../article/confidence.ts'
import { typographic } from '../../article/typography.ts'
import { focusRing } from '../shared/styles.ts'
import { SpeakerRow, Stepper, type SpeakerRowData } from './speaker-row.tsx'
import { KIND_LABELS, type SpeakerSummary } from './speaker-stats.ts'

export interface SpeakerSidebarProps {
  summary: SpeakerSummary
  /** Each speaker's name as readers see it (displayName). */
  names: ReadonlyMap<string, string>
  /** undefined: no one chosen; null: the unattributed quotations; else a speaker id. */
  active: string | null | undefined
  /** The speaker of the quotation under the pointer or the focus. */
  highlighted: string | null
  /** Where the reader is among the chosen speaker's quotations, 0-based. */
  position: number
  onToggle: (speakerId: string | null) => void
  onStep: (direction: 1 | -1) => void
}

/** The sidebar's rows: every quoted speaker, then the unattributed quotations as one group if there are any. */
function speakerRows(summary: SpeakerSummary, names: ReadonlyMap<string, string>): SpeakerRowData[] {
  const rows: SpeakerRowData[] = summary.speakers.map((stat) => ({
    id: stat.speaker.id,
    archiveId: stat.speaker.archiveId ?? null,
    name: names.get(stat.speaker.id) ?? stat.speaker.name,
    detail: [stat.speaker.role && typographic(stat.speaker.role), KIND_LABELS[stat.speaker.kind]]
      .filter(Boolean)
      .join(' · '),
    count: stat.quotes.length,
    probable: stat.quotes.filter(isUncertain).length,
    share: stat.share,
    colour: stat.colour === null ? 'speaker-none' : `speaker-${stat.colour}`,
    mark: String(stat.rank),
  }))
  if (summary.unattributed.length > 0)
    rows.push({
      id: null,
      archiveId: null,
      name: 'Unattributed',
      detail: 'speaker not found',
      count: summary.unattributed.length,
      probable: 0,
      share: summary.unattributedShare,
      colour: 'speaker-none',
      mark: '?',
    })
  return rows
}

/**
 * Who is quoted, how often and how much. Each speaker is a toggle: on, their quotations come forward and the
 * reader can step through them. Beside the text on wide screens; behind a "Speakers (N)" button on a phone.
 */
export const SpeakerSidebar = memo(function SpeakerSidebar({
  summary,
  names,
  active,
  highlighted,
  position,
  onToggle,
  onStep,
}: SpeakerSidebarProps) {
  const [open, setOpen] = useState(false)
  // On a phone the panel stands above the text: a choice closes it, so the reader lands on the quotation. It
  // closes before the scroll to that quotation is measured, or the text would move up under the reader.
  const choose = useCallback(
    (speakerId: string | null) => {
      flushSync(() => setOpen(false))
      onToggle(speakerId)
    },
    [onToggle],
  )
  const panelId = useId()
  const rows = useMemo(() => speakerRows(summary, names), [summary, names])
  const followed = active === undefined ? undefined : rows.find((row) => row.id === active)
  const followedQuotes =
    active === undefined
      ? 0
      : active === null
        ? summary.unattributed.length
        : (summary.speakers.find((stat) => stat.speaker.id === active)?.quotes.length ?? 0)

  return (
    <div className="font-sans lg:sticky lg:top-6">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={`mb-3 w-full rounded-md border border-[var(--rule)] px-3 py-2 text-left text-sm font-medium lg:hidden ${focusRing}`}
      >
        Speakers ({rows.length}) <span aria-hidden="true">{open ? '▲' : '▼'}</span>
      </button>
      <aside aria-label="Speakers" id={panelId} className={`${open ? 'block' : 'hidden'} lg:block`}>
        <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-[var(--muted)]">
          Who is quoted
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm text-[var(--muted)]">No quotations found in this post.</p>
        ) : (
          <ul className="space-y-1">
            {rows.map((row) => (
              <SpeakerRow
                key={row.id ?? 'unattributed'}
                row={row}
                pressed={active !== undefined && active === row.id}
                lit={highlighted !== null && highlighted === row.id}
                position={position}
                followedQuotes={followedQuotes}
                onToggle={choose}
                onStep={onStep}
              />
            ))}
          </ul>
        )}
      </aside>
      {followed && followedQuotes > 0 && (
        <>
          {/* data-bottom-bar gives the page room at its end (index.css), so the bar never covers its last lines. */}
          <section
            data-bottom-bar
            aria-label={`Following ${followed.name}`}
            className="fixed inset-x-0 bottom-0 z-30 border-t border-[var(--rule)] bg-[var(--page)] px-4 py-2 shadow-[0_-2px_8px_rgb(0_0_0/0.08)] lg:hidden"
          >
            <p className="mb-1 flex items-center justify-between gap-2 text-sm">
              <span className="min-w-0 truncate">
                Following <strong className="font-semibold">{followed.name}</strong>
              </span>
              <button
                type="button"
                onClick={() => onToggle(followed.id)}
                className={`shrink-0 rounded border border-[var(--rule)] px-2 py-0.5 ${focusRing}`}
              >
                Stop
              </button>
            </p>
            <Stepper position={position} total={followedQuotes} onStep={onStep} className="flex" />
          </section>
        </>
      )}
    </div>
  )
})
