/** The speaker pages' routes in one chunk: they share their queries and styles, and load together. */
export { speakerLoader, SpeakerRoute } from './speaker-route.tsx'
export { AlphabeticalRoute, MostQuotedRoute, speakersLoader } from './speakers-route.tsx'
