import type { InputHTMLAttributes } from 'react'
import { focusRing } from './styles.ts'

/**
 * The search box, in the masthead and on the search page: its label (for screen readers; the box says what
 * it is for), the query's name in the address, and the look both share. `/` finds it (input[type=search]).
 */
export function SearchField({
  id,
  className = '',
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string }) {
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Search posts and quotations
      </label>
      <input
        {...input}
        id={id}
        type="search"
        name="q"
        enterKeyHint="search"
        className={`rounded-md border border-[var(--rule)] bg-[var(--page)] placeholder:text-[var(--muted)] ${focusRing} ${className}`}
      />
    </>
  )
}
