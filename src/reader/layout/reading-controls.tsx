import { focusRing } from '../shared/styles.ts'
import { READING_SETTINGS, useReadingSetting, type ReadingSetting } from './reading-settings.ts'

const PANEL_ID = 'reading-controls'

function SettingGroup({ setting }: { setting: ReadingSetting }) {
  const { label, steps } = READING_SETTINGS[setting]
  const [value, setValue] = useReadingSetting(setting)
  return (
    <fieldset className="mt-3 first:mt-0">
      <legend className="mb-1 text-sm font-semibold">{label}</legend>
      <div className="flex flex-wrap gap-1">
        {steps.map(([step, name]) => (
          <button
            key={step}
            type="button"
            aria-pressed={value === step}
            onClick={() => setValue(step)}
            className={`rounded-md border px-2.5 py-1 text-sm ${
              value === step
                ? 'border-[var(--ink)] bg-[var(--ink)] text-[var(--page)]'
                : 'border-[var(--rule)] hover:border-[var(--ink)]'
            } ${focusRing}`}
          >
            {name}
          </button>
        ))}
      </div>
    </fieldset>
  )
}

/**
 * Text size and column width behind one button. A native popover opened declaratively (popovertarget): it
 * works before the app has loaded, closes with Esc or a click elsewhere, and costs the page one Tab stop.
 */
export function ReadingControls() {
  return (
    <>
      <button
        type="button"
        popoverTarget={PANEL_ID}
        className={`rounded-md border border-[var(--rule)] px-3 py-1.5 text-sm hover:border-[var(--ink)] ${focusRing}`}
      >
        <span aria-hidden="true">Aa </span>Reading
      </button>
      <div
        id={PANEL_ID}
        popover="auto"
        aria-label="Reading settings"
        role="dialog"
        className="fixed inset-auto right-4 top-16 m-0 w-[min(18rem,calc(100vw-2rem))] rounded-lg border border-[var(--rule)] bg-[var(--page)] p-4 font-sans text-[var(--ink)] shadow-xl"
      >
        <SettingGroup setting="textSize" />
        <SettingGroup setting="column" />
      </div>
    </>
  )
}
