import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'

const button = 'rounded-md px-3 py-1.5 text-sm font-medium focus-ring'

/** If the new worker has not taken over by then (another tab took it first, or it failed), reload anyway. */
const RELOAD_ANYWAY_AFTER_MS = 3000

/**
 * Tells the reader a newer version is ready, and moves to it only when they say so: what they are reading stays
 * as it is until then. The message is set after the first frame, so screen readers announce it.
 */
function UpdateNotice({ update, dismiss }: { update: () => void; dismiss: () => void }) {
  const [message, setMessage] = useState('')
  const [updating, setUpdating] = useState(false)
  useEffect(() => {
    const frame = requestAnimationFrame(() => setMessage('A newer version of Verbatim is ready.'))
    return () => cancelAnimationFrame(frame)
  }, [])
  return (
    <section
      aria-label="Update"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-lg border border-[var(--rule)] bg-[var(--page)] p-4 font-sans text-[var(--ink)] shadow-lg"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !updating) dismiss()
      }}
    >
      <p role="status" className="grow text-sm">
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
          <button type="button" className={`${button} border border-[var(--rule)]`} onClick={dismiss}>
            Not now
          </button>
        )}
      </div>
    </section>
  )
}

/** Shows the notice, once, in a root of its own beside the app's; `update` asks the new worker to take over. */
export function showUpdateNotice(update: () => void): void {
  if (document.getElementById('update-notice')) return
  const host = document.createElement('div')
  host.id = 'update-notice'
  document.body.append(host)
  const root = createRoot(host)
  const dismiss = () => {
    root.unmount()
    host.remove()
  }
  root.render(<UpdateNotice update={update} dismiss={dismiss} />)
}
