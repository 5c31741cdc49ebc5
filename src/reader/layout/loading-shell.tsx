/** What shows before the first data arrives: the page's shape, so nothing moves when it fills in. */
export function LoadingShell() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-6" aria-busy="true" aria-label="Loading">
      <div className="mb-6 h-8 w-40 rounded bg-[var(--rule)] opacity-50" />
      <div className="max-w-[65ch] space-y-3">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="h-4 rounded bg-[var(--rule)] opacity-40" />
        ))}
      </div>
    </div>
  )
}
