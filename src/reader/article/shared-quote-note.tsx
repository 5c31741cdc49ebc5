import { useState } from 'react'
import { Link } from 'react-router'
import type { Article } from '../../article/schema.ts'
import { speakerPath } from '../speakers-archive/paths.ts'
import { focusRing } from '../shared/styles.ts'
import { KIND_WORDS } from './quotation.tsx'

export interface SharedQuoteNoteProps {
  article: Article
  /** The quotation the address points at (`#q3`), if any. */
  targeted: string | null
  names: ReadonlyMap<string, string>
  /** True while the reader follows a speaker: the note has done its job. */
  following: boolean
  onFollow: (speakerId: string) => void
}

/**
 * Context for a reader who arrives on a shared quotation: whose words they are, and the way to the rest of that
 * speaker's quotations, in the post and across the archive. Shown until dismissed or until the reader follows them.
 */
export function SharedQuoteNote({ article, targeted, names, following, onFollow }: SharedQuoteNoteProps) {
  const [dismissed, setDismissed] = useState<string | null>(null)
  const quote = targeted ? article.quotes.find((candidate) => candidate.id === targeted) : undefined
  if (!quote || following || dismissed === quote.id) return null
  const speakerId = quote.speakerId
  const name = speakerId ? names.get(speakerId) : undefined
  const theirs = speakerId
    ? article.quotes.filter((candidate) => candidate.speakerId === speakerId).length
    : 0
  const speaker = speakerId ? article.speakers.find((candidate) => candidate.id === speakerId) : undefined
  const archiveId = speaker?.archiveId ?? null
  return (
    <section
      data-bottom-bar
      aria-label="Shared quotation"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-[var(--rule)] bg-[var(--page)] px-4 py-3 font-sans text-sm shadow-[0_-2px_8px_rgb(0_0_0/0.08)]"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2">
        <p>
          You opened a shared {KIND_WORDS[quote.kind]}
          {name ? (
            <>
              {' '}
              by <strong className="font-semibold">{name}</strong>.
            </>
          ) : (
            ', its speaker not found.'
          )}
        </p>
        <div className="flex gap-2">
          {speakerId && name && theirs > 1 && (
            <button
              type="button"
              onClick={() => onFollow(speakerId)}
              className={`rounded-md border border-[var(--rule)] px-3 py-1 hover:border-[var(--ink)] ${focusRing}`}
            >
              All {theirs} of their quotations
            </button>
          )}
          {archiveId && name && (
            // Beyond this post: everything they said across the archive.
            <Link
              to={speakerPath(archiveId)}
              aria-label={`Everything ${name} said, across the archive`}
              className={`rounded-md border border-[var(--rule)] px-3 py-1 hover:border-[var(--ink)] ${focusRing}`}
            >
              Across the archive
            </Link>
          )}
          <button
            type="button"
            onClick={() => setDismissed(quote.id)}
            className={`rounded-md border border-[var(--rule)] px-3 py-1 hover:border-[var(--ink)] ${focusRing}`}
          >
            Dismiss
          </button>
        </div>
      </div>
    </section>
  )
}
