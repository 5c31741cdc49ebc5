import { createContext } from 'react'
import { quoteUrl } from './share.ts'

/** The address that opens an article at one of its quotations, with the words quoted. */
export type QuoteLink = (slug: string, quoteId: string, quoted: string) => string

/**
 * How the share panel links to a quotation: a post's own address by default; a page that shows an article from
 * elsewhere (`/read`, whose article lives in its address) gives its own.
 */
export const QuoteLinkContext = createContext<QuoteLink>(quoteUrl)
