import { useEffect, useRef, type RefObject } from 'react'
import { useLocation, useNavigationType } from 'react-router'
import { afterNextPaint } from '../../shared/after-paint.ts'
import { useAnnounce } from '../../shared/announcer.tsx'

/**
 * After a move to another post, the focus goes to its headline and screen readers hear its title, as on a new
 * page. A first load keeps the browser's own focus, and so does a return by back or forward; a link to one
 * quotation leaves the focus to that quotation.
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
    // Focusing lays the page out at once; after the first paint, that layout does not hold the new post back.
    if (!hash) return afterNextPaint(() => heading.current?.focus({ preventScroll: true }))
    // Only a change of post moves the focus, not a change of hash within it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug])
}
