import { useId } from 'react'
import type { SpeakerPage } from '../../article/speaker-archive.ts'

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const BAR_WIDTH = 12
const GAP = 4
const HEIGHT = 64

/** "2026-03" → "Mar 2026". */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-')
  return `${MONTH_NAMES[Number(number) - 1] ?? number} ${year}`
}

/**
 * Quotations per month as small bars: plain SVG, no chart library. The picture is for the eye; the same figures
 * follow as a table for everyone else (and for anyone who wants the numbers), so the SVG is hidden from
 * assistive technology rather than described twice.
 */
export function QuotesByMonth({ months }: { months: SpeakerPage['months'] }) {
  const captionId = useId()
  if (months.length === 0) return null
  const most = Math.max(...months.map((entry) => entry.count), 1)
  const width = months.length * (BAR_WIDTH + GAP) - GAP
  return (
    <figure aria-labelledby={captionId} className="mt-6">
      <figcaption id={captionId} className="font-sans text-sm font-semibold text-[var(--muted)]">
        Quotations per month, {monthLabel(months[0]?.month ?? '')} to{' '}
        {monthLabel(months[months.length - 1]?.month ?? '')}
      </figcaption>
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={Math.min(width, 640)}
        height={HEIGHT}
        className="mt-2 max-w-full text-[var(--accent)]"
        preserveAspectRatio="none"
      >
        {months.map((entry, index) => {
          const height = entry.count === 0 ? 1 : Math.max(3, (entry.count / most) * HEIGHT)
          return (
            <rect
              key={entry.month}
              x={index * (BAR_WIDTH + GAP)}
              y={HEIGHT - height}
              width={BAR_WIDTH}
              height={height}
              rx={2}
              fill="currentColor"
              opacity={entry.count === 0 ? 0.35 : 1}
            />
          )
        })}
      </svg>
      <details className="mt-2 font-sans text-sm">
        <summary className="cursor-pointer text-[var(--accent)] underline underline-offset-4">
          The figures as a table
        </summary>
        <table className="mt-2 border-collapse">
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left font-semibold">
                Month
              </th>
              <th scope="col" className="text-right font-semibold">
                Quotations
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((entry) => (
              <tr key={entry.month}>
                <th scope="row" className="pr-6 text-left font-normal">
                  {monthLabel(entry.month)}
                </th>
                <td className="text-right tabular-nums">{entry.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
