import { useTheme } from './theme.ts'

export function ThemeToggle() {
  const [theme, setTheme] = useTheme()
  const next = theme === 'dark' ? 'light' : 'dark'
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      className="rounded-md border border-[var(--rule)] px-3 py-1.5 text-sm hover:border-[var(--ink)] focus-ring"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'} </span>
      {theme === 'dark' ? 'Light theme' : 'Dark theme'}
    </button>
  )
}
