import { wordSet, type Gender } from './lexicon.ts'

/**
 * Common given names whose bearers are mostly of one gender, so "he" and "she" can tell two people apart
 * when the text has not yet said. Deliberately short and common: a name missing here only leaves the gender
 * open, which the engine handles; a wrong one would mislead it, so ambiguous names (Jordan, Alex, Sam) are out.
 */
export const FEMALE_NAMES = `
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
  ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
  rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
  christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
  frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
  isabella theresa diana natalie brittany charlotte marie kayla alexis lori alyssa felicia polly
  sophie chloe ella lucy mia ava amelia isla freya poppy ivy florence evie imogen esme maud ada ruby edith
  agnes ingrid helga astrid sigrid greta petra ilse ursula heidi monika claudia sabine birgit anja katja
  fatima aisha amina leila yasmin zainab mariam noor priya anjali deepa sunita kavita lakshmi mei ling yuki
  hana akiko sakura olga irina natasha svetlana tatiana elena anastasia marta ana lucia carmen isabel rosa
  sofia valentina camila paula beatriz ines oona orla siobhan niamh aoife maeve brenna cait miriam esther
  naomi leah rose violet iris hazel willow nell mabel hilda gwen bronwen rhiannon carys cerys ffion liv
  solveig sunniva ros marisol ysolde farah lina gilda hester corinne
`

export const MALE_NAMES = `
  james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
  frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
  ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan
  jesse bryan joe billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene
  vincent russell elijah louis bobby philip johnny barack elon phil jim jeff tony bill marc oliver
  harry charlie freddie alfie archie theo oscar leo hugo rupert magnus callum rhodri dara tomas bede
  idris gideon osric tobiah anselm bastian ivo jonah harald piet rafael aldo wendell pellam desmond caspar
  hans klaus jurgen dieter wolfgang stefan markus lars sven erik nils olaf bjorn ahmed mohammed muhammad ali
  omar hassan hussein ibrahim yusuf khalid raj rahul arjun vikram sanjay hiroshi takeshi kenji ivan dmitri
  sergei vladimir alexei nikolai carlos luis miguel pedro javier diego pablo antonio francisco giovanni
  marco luca matteo pierre jacques francois liam connor declan cian padraig ewan angus hamish dafydd
  gareth rhys owain emrys joss beno
`

const FEMALE = wordSet(FEMALE_NAMES)
const MALE = wordSet(MALE_NAMES)

/** The gender a given name points to, if it is one of the common, unambiguous ones. */
export function genderOfFirstName(name: string): Gender | undefined {
  const first = name
    .split(/\s+/)[0]
    ?.toLowerCase()
    .replace(/[^\p{L}]/gu, '')
  if (!first) return undefined
  if (FEMALE.has(first)) return 'female'
  if (MALE.has(first)) return 'male'
  return undefined
}
