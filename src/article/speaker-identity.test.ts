import { describe, expect, test } from 'vitest'
import { archiveSpeakerId, withArchiveIds } from './speaker-identity.ts'

const person = (name: string) => ({ name, kind: 'person' as const })
const organization = (name: string) => ({ name, kind: 'organization' as const })

describe('archiveSpeakerId', () => {
  test('one person whatever role or form of address a post gives them', () => {
    expect(archiveSpeakerId(person('Ines Dorr'))).toBe('ines-dorr')
    expect(archiveSpeakerId(person('Mrs. Ines Dorr'))).toBe('ines-dorr')
    expect(archiveSpeakerId({ ...person('Ines Dorr'), role: 'Harbour master' } as never)).toBe('ines-dorr')
  })

  test('case, accents and apostrophes do not tell names apart', () => {
    expect(archiveSpeakerId(person('José Órtiz'))).toBe(archiveSpeakerId(person('Jose Ortiz')))
    expect(archiveSpeakerId(person('Aoife O’Neil'))).toBe(archiveSpeakerId(person("AOIFE O'NEIL")))
  })

  test('"the Harbour Board" and "Harbour Board" are one body', () => {
    expect(archiveSpeakerId(organization('the Harbour Board'))).toBe('harbour-board')
    expect(archiveSpeakerId(organization('Harbour Board'))).toBe('harbour-board')
    expect(archiveSpeakerId(organization('Pellwick'))).toBe('pellwick')
  })

  test('never by surname alone: a person known by one word gets no page', () => {
    expect(archiveSpeakerId(person('Dorr'))).toBeNull()
    expect(archiveSpeakerId(person('Mr. Dorr'))).toBeNull()
    expect(archiveSpeakerId(person('Ines Dorr'))).not.toBe(archiveSpeakerId(person('Tomas Dorr')))
  })

  test('unnamed sources and descriptions get no page', () => {
    expect(archiveSpeakerId({ name: 'spokesman', kind: 'unnamed' })).toBeNull()
    expect(archiveSpeakerId(organization('the regional government'))).toBeNull()
    expect(archiveSpeakerId(organization("senate clerk's office"))).toBeNull()
  })

  test('a body whose name is an address of the lists ("Page") keeps clear of it', () => {
    expect(archiveSpeakerId(organization('Page'))).toBe('page-speaker')
    expect(archiveSpeakerId(organization('A-Z'))).toBe('a-z-speaker')
  })

  test('a name with no letters a URL can carry gets no page rather than an empty id', () => {
    expect(archiveSpeakerId(person('— —'))).toBeNull()
  })
})

describe('withArchiveIds', () => {
  test('each speaker who has a page carries its id; the rest carry none, and nothing else changes', () => {
    const mentions = [{ paragraph: 0, start: 0, end: 4 }]
    const speakers = [
      { id: 'ines-dorr', name: 'Ines Dorr', kind: 'person' as const, role: 'Harbour master', mentions },
      { id: 'dorr', name: 'Dorr', kind: 'person' as const, mentions },
      { id: 'spokesman', name: 'spokesman', kind: 'unnamed' as const, mentions: [] },
    ]
    expect(withArchiveIds(speakers)).toEqual([
      { ...speakers[0], archiveId: 'ines-dorr' },
      speakers[1],
      speakers[2],
    ])
  })
})
