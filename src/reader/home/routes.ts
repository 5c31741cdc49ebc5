/** The archive's routes in one chunk, loaded only when visited: a reader who opens a post never needs them. */
export { archiveIndexLoader, homeLoader, monthLoader } from './loaders.ts'
export { ArchiveIndexPage, HomePage, MonthPage } from './home-page.tsx'
