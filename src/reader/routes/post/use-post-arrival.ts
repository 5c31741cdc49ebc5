import { useEffect, useRef, type RefObject } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { afterNextPaint } from '../../shared/after-paint.ts'
import { useAnnounce } from '../../shared/announcer.tsx'
import { quoteTargetOf } from './use-quote-target.ts'

/**
 * After a move to another post, screen readers hear its title and the focus goes to its headline, as on a new
 * page. A return by back or forward is announced but keeps the focus where the browser puts it, since the browser
 * restores the scroll position into the text; a first load keeps the browser's own focus and says nothing; a link
 * to one quotation leaves the focus to that quotation.
 */
export function usePostArrival(slug: string, title: string, heading: RefObject<HTMLHeadingElement | null>) {
  const { hash } = useLocation()
  const navigationType = useNavigationType()
  const announce = useAnnounce()
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      if (navigationType === 'POP') return
    }
    announce(`Now reading: ${title}`)
    if (quoteTargetOf(hash) || navigationType === 'POP') return
    // Focusing lays the page out at once; after the first paint, that layout does not hold the new post back.
    return afterNextPaint(() => heading.current?.focus({ preventScroll: true }))
    // Only a change of post moves the focus, not a change of hash within it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug])
}
