import { useEffect, useState } from 'react'

/** True once `active` has stayed true for `delayMs`; false again as soon as it is false. */
export function useLasting(active: boolean, delayMs: number): boolean {
  const [lasted, setLasted] = useState(false)
  useEffect(() => {
    if (!active) return
    const timer = setTimeout(() => setLasted(true), delayMs)
    return () => {
      clearTimeout(timer)
      setLasted(false)
    }
  }, [active, delayMs])
  return active && lasted
}
