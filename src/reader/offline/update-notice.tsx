import { useEffect, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'

const button = 'rounded-md px-3 py-1.5 text-sm font-medium focus-ring'

/** If the new worker has not taken over by then (another tab took it first, or it failed), reload anyway. */
const RELOAD_ANYWAY_AFTER_MS = 3000

/** Long enough for screen readers to know the new region before its message arrives, so they announce it. */
const ANNOUNCE_AFTER_MS = 250

/**
 * Tells the reader a newer version is ready, and moves to it only when they say so: what they are reading stays
 * as it is until then. It takes no focus; put away, it gives the focus back to where the reader came from.
 */
function UpdateNotice({ update, dismiss }: { update: () => void; dismiss: () => void }) {
  const [message, setMessage] = useState('')
  const [updating, setUpdating] = useState(false)
  const cameFrom = useRef<Element | null>(null)
  useEffect(() => {
    const timer = setTimeout(() => setMessage('A newer version of Verbatim is ready.'), ANNOUNCE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  const putAway = () => {
    const back = cameFrom.current
    dismiss()
    if (back instanceof HTMLElement && back.isConnected) back.focus()
  }
  return (
    <section
      aria-label="Update"
      // A bar along the foot of the page, laid out as the masthead is (its classes are already in every page).
      className="fixed inset-x-0 bottom-0 z-50 border-t border-[var(--rule)] bg-[var(--page)] font-sans text-[var(--ink)] shadow-lg"
      onFocus={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) cameFrom.current = event.relatedTarget
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !updating) putAway()
      }}
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p role="status" className="text-sm">
          {message}
        </p>
        <div className="flex gap-2">
          <button
            type="button"
            className={`${button} bg-[var(--accent)] text-[var(--page)]`}
            aria-disabled={updating}
            onClick={() => {
              if (updating) return
              setUpdating(true)
              update()
              setTimeout(() => window.location.reload(), RELOAD_ANYWAY_AFTER_MS)
            }}
          >
            {updating ? 'Updating…' : 'Reload to update'}
          </button>
          {!updating && (
            <button type="button" className={`${button} border border-[var(--rule)]`} onClick={putAway}>
              Not now
            </button>
          )}
        </div>
      </div>
    </section>
  )
}

/**
 * Shows the notice, once, in a root of its own beside the app's; `update` moves to the new version. While it
 * is up, the page scrolls what has the focus clear of it.
 */
export function showUpdateNotice(update: () => void): void {
  if (document.getElementById('update-notice')) return
  const host = document.createElement('div')
  host.id = 'update-notice'
  document.body.append(host)
  const root = createRoot(host)
  const page = document.documentElement
  const keepClear = new ResizeObserver(() => {
    page.style.scrollPaddingBottom = `${host.getBoundingClientRect().height + 16}px`
  })
  keepClear.observe(host)
  const dismiss = () => {
    keepClear.disconnect()
    page.style.removeProperty('scroll-padding-bottom')
    root.unmount()
    host.remove()
  }
  root.render(<UpdateNotice update={update} dismiss={dismiss} />)
}
