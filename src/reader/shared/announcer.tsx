import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'

const AnnounceContext = createContext<(message: string) => void>(() => {})

/** A polite live region for the whole app: route changes and confirmations are read out once. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('')
  const announce = useCallback((next: string) => {
    // Clearing first makes a repeated message ("Link copied" twice) be read again.
    setMessage('')
    requestAnimationFrame(() => setMessage(next))
  }, [])
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className="sr-only">
        {message}
      </div>
    </AnnounceContext.Provider>
  )
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext)
}
