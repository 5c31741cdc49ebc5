import { memo, type Ref } from 'react'
import type { Article } from '../../article/schema.ts'
import { readingMinutes } from '../../article/summary.ts'
import { formatDate } from '../shared/format.ts'
import { safeHref } from './safe-href.ts'
import { typographic } from '../../article/typography.ts'

/** Headline (the page's only <h1>, focusable so a move to a new post can land on it), date, byline, source. */
export const ArticleHeader = memo(function ArticleHeader({
  article,
  headingRef,
}: {
  article: Article
  headingRef: Ref<HTMLHeadingElement>
}) {
  const minutes = readingMinutes(article.paragraphs)
  const source = article.source
  const sourceHref = source?.url ? safeHref(source.url) : null
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
      <p className="mt-3 flex flex-wrap gap-x-3 gap-y-1 font-sans text-sm text-[var(--muted)]">
        {article.published && <time dateTime={article.published}>{formatDate(article.published)}</time>}
        {article.byline && <span>By {article.byline}</span>}
        {source &&
          (sourceHref ? (
            <a
              href={sourceHref}
              rel="noopener noreferrer"
              className="underline underline-offset-2 hover:text-[var(--ink)]"
            >
              {source.name}
            </a>
          ) : (
            <span>{source.name}</span>
          ))}
        <span>{minutes} min read</span>
      </p>
    </header>
  )
})
