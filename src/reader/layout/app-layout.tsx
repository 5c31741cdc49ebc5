import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { textLink } from '../shared/styles.ts'
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router'
import { useKeyboardShortcuts } from '../shared/shortcuts.ts'
import { AnnouncerProvider } from '../shared/announcer.tsx'
import { ReadingControls } from './reading-controls.tsx'
import { ThemeToggle } from './theme-toggle.tsx'
import { SearchField } from '../shared/search-field.tsx'
import { useLasting } from '../shared/use-lasting.ts'

const LOADING_SHOWN_AFTER_MS = 150

const ShortcutsDialog = lazy(() =>
  import('../navigation/shortcuts-dialog.tsx').then((module) => ({ default: module.ShortcutsDialog })),
)

/** `/`: the page's search box, the masthead's or the search page's own. */
function focusSearch() {
  document.querySelector<HTMLInputElement>('input[type="search"]')?.focus()
}

/**
 * Search from any page: a plain form that loads the search page, which works before the app has started and
 * with JavaScript off, and gives the search page a load of its own (its policy lets Pagefind run WebAssembly).
 */
function SiteSearch() {
  return (
    <form role="search" action="/search" method="get" className="flex">
      <SearchField id="site-search" placeholder="Search" className="w-28 px-2 py-1 text-sm sm:w-44" />
    </form>
  )
}

/** The frame every page shares: skip link, masthead, the page, the shortcuts dialog and a live region. */
export function AppLayout({ children }: { children?: ReactNode }) {
  const navigation = useNavigation()
  // The search page has its own box.
  const onSearchPage = useLocation().pathname.replace(/\/+$/, '') === '/search'
  const [helpOpen, setHelpOpen] = useState(false)
  const openHelp = useCallback(() => setHelpOpen(true), [])
  const shortcuts = useMemo(() => ({ help: openHelp, search: focusSearch }), [openHelp])
  useKeyboardShortcuts(shortcuts)
  // Marks the moment the app has taken over the page (tests and the benchmark wait for it).
  useEffect(() => {
    document.documentElement.dataset.app = 'ready'
  }, [])
  // A move to a post already fetched takes a few frames: only a load that lasts gets the bar and aria-busy,
  // so a quick move neither flickers nor costs the page an extra frame.
  const loading = useLasting(navigation.state === 'loading', LOADING_SHOWN_AFTER_MS)

  return (
    <AnnouncerProvider>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-[var(--page)] focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      {/* A thin bar while the next page loads; the current one stays in place, so nothing jumps. */}
      <div
        aria-hidden="true"
        className={`fixed inset-x-0 top-0 z-40 h-0.5 ${loading ? 'bg-[var(--accent)]' : 'bg-transparent'}`}
      />
      <header className="border-b border-[var(--rule)] font-sans">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link
            to="/"
            className="text-xl font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
          >
            Verbatim
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            {!onSearchPage && <SiteSearch />}
            <button
              type="button"
              onClick={openHelp}
              className="rounded-md border border-[var(--rule)] px-3 py-1.5 text-sm hover:border-[var(--ink)] focus-ring"
            >
              Shortcuts <kbd className="font-mono text-xs">?</kbd>
            </button>
            <ReadingControls />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        aria-busy={loading}
        className="mx-auto max-w-6xl px-4 pb-16 pt-6 outline-none"
      >
        {children ?? <Outlet />}
      </main>
      <footer className="border-t border-[var(--rule)] py-6 text-center font-sans text-sm text-[var(--muted)]">
        Verbatim shows who said what. Quotations are found by software and may contain mistakes.{' '}
        <Link to="/read" className={textLink}>
          Read any article
        </Link>
      </footer>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      <ScrollRestoration />
    </AnnouncerProvider>
  )
}
