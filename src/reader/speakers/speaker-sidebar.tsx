import { useId, useState } from 'react'
import { KIND_LABELS, type SpeakerSummary } from './speaker-stats.ts'

export interface SpeakerSidebarProps {
  summary: SpeakerSummary
  /** undefined: no one chosen; null: the unattributed quotations; else a speaker id. */
  active: string | null | undefined
  /** The speaker of the quotation under the pointer or the focus. */
  highlighted: string | null
  /** Where the reader is among the chosen speaker's quotations, 0-based. */
  position: number
  onToggle: (speakerId: string | null) => void
  onStep: (direction: 1 | -1) => void
}

const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]'

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

/**
 * Who is quoted, how often and how much. Each speaker is a toggle: on, their quotations come forward and the
 * reader can step through them. Beside the text on wide screens; behind a "Speakers (N)" button on a phone.
 */
export function SpeakerSidebar({
  summary,
  active,
  highlighted,
  position,
  onToggle,
  onStep,
}: SpeakerSidebarProps) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const count = summary.speakers.length + (summary.unattributed.length > 0 ? 1 : 0)
  const activeQuotes =
    active === undefined
      ? []
      : active === null
        ? summary.unattributed
        : (summary.speakers.find((stat) => stat.speaker.id === active)?.quotes ?? [])

  const rows = [
    ...summary.speakers.map((stat) => ({
      id: stat.speaker.id as string | null,
      name: stat.speaker.name,
      detail: [stat.speaker.role, KIND_LABELS[stat.speaker.kind]].filter(Boolean).join(' · '),
      count: stat.quotes.length,
      share: stat.share,
      colour: `speaker-${stat.colour}`,
    })),
    ...(summary.unattributed.length > 0
      ? [
          {
            id: null,
            name: 'Unattributed',
            detail: 'speaker not found',
            count: summary.unattributed.length,
            share: summary.unattributedShare,
            colour: 'speaker-none',
          },
        ]
      : []),
  ]

  return (
    <div className="font-sans lg:sticky lg:top-6">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={`mb-3 w-full rounded-md border border-[var(--rule)] px-3 py-2 text-left text-sm font-medium lg:hidden ${focusRing}`}
      >
        Speakers ({count}) <span aria-hidden="true">{open ? '▲' : '▼'}</span>
      </button>
      <aside aria-label="Speakers" id={panelId} className={`${open ? 'block' : 'hidden'} lg:block`}>
        <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-[var(--muted)]">
          Who is quoted
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm text-[var(--muted)]">No quotations found in this post.</p>
        ) : (
          <ul className="space-y-1">
            {rows.map((row) => {
              const pressed = active !== undefined && active === row.id
              return (
                <li key={row.id ?? 'unattributed'}>
                  <button
                    type="button"
                    aria-pressed={pressed}
                    onClick={() => onToggle(row.id)}
                    className={`w-full rounded-md border px-3 py-2 text-left ${row.colour} ${
                      pressed || (highlighted !== null && highlighted === row.id)
                        ? 'border-[var(--speaker)] bg-[var(--speaker-tint)]'
                        : 'border-transparent'
                    } hover:border-[var(--rule)] ${focusRing}`}
                  >
                    <span className="flex items-baseline justify-between gap-2">
                      <span className="flex items-baseline gap-2">
                        <span
                          aria-hidden="true"
                          className="inline-block h-2.5 w-2.5 shrink-0 rounded-full bg-[var(--speaker)]"
                        />
                        <span dir="auto" className="font-medium">
                          {row.name}
                        </span>
                      </span>
                      <span className="shrink-0 text-sm tabular-nums text-[var(--muted)]">
                        {row.count}{' '}
                        <span className="sr-only">{row.count === 1 ? 'quotation' : 'quotations'},</span>
                      </span>
                    </span>
                    {row.detail && (
                      <span className="mt-0.5 block pl-4.5 text-xs text-[var(--muted)]">{row.detail}</span>
                    )}
                    <span className="sr-only">{Math.round(row.share * 100)}% of the quoted words</span>
                    <ShareBar share={row.share} colour={row.colour} />
                  </button>
                  {pressed && activeQuotes.length > 0 && (
                    <div className="mt-1 flex items-center justify-between gap-2 px-3 text-sm">
                      <button
                        type="button"
                        aria-label="Previous quotation"
                        onClick={() => onStep(-1)}
                        className={`rounded border border-[var(--rule)] px-2 py-0.5 ${focusRing}`}
                      >
                        ← Previous
                      </button>
                      <span className="tabular-nums text-[var(--muted)]" aria-live="polite">
                        {position + 1} of {activeQuotes.length}
                      </span>
                      <button
                        type="button"
                        aria-label="Next quotation"
                        onClick={() => onStep(1)}
                        className={`rounded border border-[var(--rule)] px-2 py-0.5 ${focusRing}`}
                      >
                        Next →
                      </button>
                    </div>
                  )}
                </li>
              )
            })}
          </ul>
        )}
      </aside>
    </div>
  )
}
