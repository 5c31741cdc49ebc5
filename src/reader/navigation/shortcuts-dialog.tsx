import { useEffect, useRef } from 'react'
import { useShortcutSetting } from '../shared/shortcut-setting.ts'
import { SHORTCUTS } from '../shared/shortcuts.ts'

/**
 * The keyboard shortcuts, in a native modal dialog: focus is trapped and Esc closes it for free. The single-key
 * ones can be turned off here, and stay off. Loaded only when opened: most readers never do.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const [on, setOn] = useShortcutSetting()
  const ref = useRef<HTMLDialogElement>(null)
  // Loaded when first asked for, and open from the moment it mounts.
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal()
  }, [])
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-[var(--rule)] bg-[var(--page)] p-6 text-[var(--ink)] shadow-xl backdrop:bg-black/40"
    >
      <h2 id="shortcuts-title" className="mb-4 font-sans text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 font-sans text-sm">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.action} className="contents">
            <dt className="flex gap-1">
              {shortcut.keys.map((key) => (
                <kbd
                  key={key}
                  className="rounded border border-[var(--rule)] px-1.5 py-0.5 font-mono text-xs"
                >
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <label className="mt-5 flex items-center gap-2 font-sans text-sm">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => setOn(event.target.checked)}
          className="h-4 w-4 accent-[var(--accent)]"
        />
        Single-key shortcuts (all but Enter and Esc)
      </label>
      <form method="dialog" className="mt-6 text-right">
        <button
          type="submit"
          className="rounded-md bg-[var(--accent)] px-4 py-1.5 font-sans text-sm font-medium text-[var(--page)] focus-ring"
        >
          Close
        </button>
      </form>
    </dialog>
  )
}
