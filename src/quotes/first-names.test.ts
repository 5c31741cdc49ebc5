import { expect, test } from 'vitest'
import { FEMALE_NAMES, MALE_NAMES, genderOfFirstName } from './first-names.ts'

const names = (list: string) => list.split(/\s+/).filter(Boolean)

test('each given name is listed once, under one gender', () => {
  const all = [...names(FEMALE_NAMES), ...names(MALE_NAMES)]
  const twice = all.filter((name, index) => all.indexOf(name) !== index)
  expect(twice).toEqual([])
})

test('names borne by women and men alike give no gender', () => {
  for (const name of ['Jordan', 'Alex', 'Sam', 'Taylor', 'Casey', 'Jamie', 'Morgan', 'Robin'])
    expect(genderOfFirstName(`${name} Okafor`), name).toBeUndefined()
  expect(genderOfFirstName('Janet Okafor')).toBe('female')
  expect(genderOfFirstName('Arthur Okafor')).toBe('male')
})
