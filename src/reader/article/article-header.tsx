import { memo, type ReactNode, type Ref } from 'react'
import { fictionNote } from '../../article/fiction.ts'
import type { Article } from '../../article/schema.ts'
import { readingMinutes } from '../../article/summary.ts'
import { typographic } from '../../article/typography.ts'
import { formatDate } from '../shared/format.ts'
import { HighlightKey } from './highlight-key.tsx'
import { safeHref } from './safe-href.ts'

/**
 * One line of facts about the post, each item said in full to a screen reader ("Source: …"), with separators
 * that are only seen. What the post does not say is said as unknown rather than left out.
 */
function PostFacts({ article }: { article: Article }) {
  const source = article.source
  const sourceHref = source?.url ? safeHref(source.url) : null
  const facts: Array<[key: string, content: ReactNode]> = [
    [
      'date',
      article.published ? (
        <time dateTime={article.published}>{formatDate(article.published)}</time>
      ) : (
        'Date not given'
      ),
    ],
    ['byline', article.byline ? `By ${article.byline}` : 'Byline not given'],
    [
      'source',
      source ? (
        <>
          <span className="sr-only">Source: </span>
          {sourceHref ? (
            <a
              href={sourceHref}
              rel="noopener noreferrer"
              className="underline underline-offset-2 hover:text-[var(--ink)]"
            >
              {source.name}
            </a>
          ) : (
            source.name
          )}
        </>
      ) : (
        'Source not given'
      ),
    ],
    ['length', `${readingMinutes(article.paragraphs)} min read`],
  ]
  return (
    <p className="mt-3 font-sans text-sm text-[var(--muted)]">
      {facts.map(([key, content], index) => (
        <span key={key}>
          {index > 0 && (
            <>
              <span aria-hidden="true" className="px-2">
                ·
              </span>
              <span className="sr-only">, </span>
            </>
          )}
          <span className="inline-block">{content}</span>
        </span>
      ))}
    </p>
  )
}

/** Headline (the page's only <h1>, focusable so a move to a new post can land on it), facts, fiction note, key. */
export const ArticleHeader = memo(function ArticleHeader({
  article,
  headingRef,
}: {
  article: Article
  headingRef: Ref<HTMLHeadingElement>
}) {
  const fiction = fictionNote(article.paragraphs)
  return (
    <header className="mb-8">
      <h1
        id="article-title"
        dir="auto"
        ref={headingRef}
        tabIndex={-1}
        className="font-serif text-[2rem] font-semibold leading-tight outline-none sm:text-[2.5rem]"
      >
        {typographic(article.title)}
      </h1>
      <PostFacts article={article} />
      {fiction && (
        <p
          dir="auto"
          className="mt-4 rounded-md border border-[var(--rule)] px-3 py-2 font-sans text-sm text-[var(--ink)]"
        >
          {typographic(fiction)}
        </p>
      )}
      <HighlightKey />
    </header>
  )
})
