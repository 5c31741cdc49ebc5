import { Link } from 'react-router'
import { textLink } from './styles.ts'

const pagerLink = `font-sans ${textLink}`

export interface PagerLink {
  to: string
  text: string
}

/** "← Newer" and "Older →" under a paged list: each only where there is a page that way. */
export function Pager({ label, previous, next }: { label: string; previous?: PagerLink; next?: PagerLink }) {
  if (!previous && !next) return null
  return (
    <nav aria-label={label} className="mt-12 flex justify-between">
      {previous ? (
        <Link to={previous.to} rel="prev" className={pagerLink}>
          ← {previous.text}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link to={next.to} rel="next" className={pagerLink}>
          {next.text} →
        </Link>
      )}
    </nav>
  )
}
