/**
 * Word lists the engine reasons with, lower case. Kept as data, one list per idea, so that teaching the engine
 * a new verb or title is a one-word change with a golden case beside it.
 */

import { verbSet } from './verb-forms.ts'

/** A set from words separated by white space: lists stay readable and formatters leave them alone. */
export const wordSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean))

/**
 * Verbs that report speech, as lemmas (verb-forms.ts spells out every form). A full list of English reporting
 * verbs that take what was said as a clause or a quotation, grouped by what they add to "say".
 */
const REPORTING_VERBS = verbSet(`
  say:said tell:told add state write:wrote:written speak:spoke:spoken
  assert declare claim maintain contend insist affirm aver avow allege profess proclaim
  explain note observe remark comment mention point elaborate clarify indicate relate recount recite
  argue reason counter rebut retort object protest dispute contest question
  announce disclose reveal report confirm acknowledge admit:admitted concede confess
  deny reject dismiss
  warn caution threaten predict forecast:forecast estimate speculate theorize theorise hint signal suggest
  reply respond answer echo repeat reiterate restate
  promise vow pledge swear:swore:sworn guarantee assure reassure
  urge ask demand plead:pleaded implore beg:begged appeal advise recommend propose instruct remind inform
  complain lament grumble decry bemoan regret criticize criticise
  boast brag:bragged quip:quipped joke tease
  exclaim shout yell scream cry whisper mutter murmur snap:snapped sneer scoff wail
  emphasise emphasize stress underline underscore highlight
  recall conclude testify agree concur confide volunteer interject stipulate muse wonder
  tweet post email text blog:blogged cite accuse charge insinuate call describe compare continue
`)

/**
 * Verbs that report a clause straight after them, with no "that": "said the port would close". The others take
 * a noun as often as speech ("rejected the plan", "cited the figures") and report a clause only after "that",
 * a question word or a quotation.
 */
export const BARE_CLAUSE_VERBS = verbSet(`
  say:said tell:told add assert warn insist declare argue explain claim announce acknowledge write:wrote:written
  tweet suggest reply respond remark admit:admitted concede confirm maintain contend emphasise emphasize
  stress predict promise vow pledge urge ask recall testify allege complain conclude counter quip:quipped joke
  boast caution lament disclose reveal recount reiterate estimate insinuate assure inform remind
`)

/** Verbs that judge what they report ("praised", "slammed"): speech cues only beside a quotation. */
const JUDGING_VERBS = verbSet(`
  praise blast slam:slammed mock chide scold denounce condemn ridicule deride tout hail label:labeled
  label:labelled
`)

/**
 * Verbs of the manner of speaking ("“Go back,” he barked", "“Fantastic!” she beamed"): speech cues only beside
 * a quotation, where they stand for "said".
 */
const MANNER_VERBS = verbSet(`
  bark beam gush sigh laugh chuckle grin smile snarl growl hiss roar bellow thunder fume rage marvel exult
  crow gripe grouse huff snort sniff shrug chime cheer chant intone pronounce interrupt stammer stutter sob
  plead:pleaded reply retort scoff sneer wail whisper mutter murmur mumble react remember opine
`)

/**
 * Verbs of a move in an exchange ("“And the 11 million?” Ek pressed", "“Never,” Ruiz retaliated"): pressing a
 * question, answering back, cutting in. Speech cues only beside a quotation, where they stand for "said".
 * Forms, not lemmas: "press" and "probe" are nouns as often as verbs, their past forms rarely. Not "offered"
 * or "challenged" (an offer or a rival as object far more often than words), "reflecting" (a participle of
 * cause) or "ventures" (a noun).
 */
const EXCHANGE_VERBS = new Set([
  ...verbSet(`
    persist retaliate riposte rejoin parry taunt goad needle admonish rebuke interject prod inquire enquire
    query gloat enthuse fret rant rave vent reminisce
  `),
  ...wordSet(`pressed probed`),
])

/**
 * Phrasal verbs of a turn in an exchange, by particle: going on ("went on", "pressed on"), cutting in
 * ("chimed in", "broke in"), answering back ("snapped back", "pushed back").
 */
const PHRASAL_SPEECH = new Map<string, Set<string>>(
  (
    [
      [`go goes went going gone carry carries carried carrying press presses pressed pressing`, `on`],
      [
        `chime chimes chimed chiming cut cuts cutting break breaks broke breaking jump jumps jumped jumping
         butt butts butted butting weigh weighs weighed weighing`,
        `in`,
      ],
      [`pipe pipes piped piping speak speaks spoke speaking`, `up`],
      [
        `snap snaps snapped snapping push pushes pushed pushing strike strikes struck striking fire fires
         fired firing shoot shoots shot shooting hit hits hitting`,
        `back`,
      ],
    ] as const
  ).flatMap(([verbs, particle]) => [...wordSet(verbs)].map((verb) => [verb, new Set([particle])] as const)),
)

/** Whether a verb and the particle after it make a phrasal verb of speech ("went on", "chimed in"). */
export const isPhrasalSpeech = (verb: string, particle: string): boolean =>
  PHRASAL_SPEECH.get(verb)?.has(particle) ?? false

/** Every verb that may report speech. */
export const SPEECH_VERBS = new Set([
  ...REPORTING_VERBS,
  ...JUDGING_VERBS,
  ...MANNER_VERBS,
  ...EXCHANGE_VERBS,
])

/**
 * Verbs that report speech only with a quotation or a marked fragment beside them, never as an indirect
 * cue on their own: "continued", "called", "spoke", "described" and "compared" carry too many other senses
 * to take a bare clause after them as speech; "praised", "slammed" judge rather than report. Some forms only:
 * "states" and "notes" are nouns as often as verbs, while "stated that" and "noted that" report.
 */
export const QUOTE_ONLY_VERBS = new Set([
  ...verbSet(`
    continue call speak:spoke:spoken describe compare post charge mention repeat cite question point
    criticize criticise
  `),
  // Commitments, signs and disputes: "pledged to back the nominee", "threatened to veto it", "surveys indicated
  // that …", "contests the result", "reason that …" report an intent, evidence or a stance more often than
  // words, and count as speech only beside quoted words.
  ...verbSet(`pledge threaten indicate hint contest reason recommend instruct volunteer`),
  ...JUDGING_VERBS,
  ...[...MANNER_VERBS, ...EXCHANGE_VERBS].filter((verb) => !REPORTING_VERBS.has(verb)),
  ...wordSet(`state states note notes report reports`),
])

/**
 * Verbs whose object is what was said, with no clause: "cited the figures", "proposed a carbon tax", "rejected the
 * idea", "denied the charges", "expressed concern", "described the plan as a mess".
 */
export const NOUN_CONTENT_VERBS = verbSet(`
  cite propose reject deny dismiss decry highlight describe express offer announce reveal mention acknowledge
  claim recall
`)

/** Verbs that take an object and then an infinitive as the reported content: "urged him to act". */
export const OBJECT_INFINITIVE_VERBS = verbSet(`
  urge ask tell:told warn implore beg:begged advise instruct remind caution
`)

/** Verbs whose content may be an infinitive straight after them: "vowed to fight", "promised to veto it". */
export const INFINITIVE_VERBS = verbSet(`
  promise vow pledge swear:swore:sworn threaten
`)

/** Verbs that take the hearer as object before the content: "told reporters (that) …". */
export const OBJECT_VERBS = verbSet(`
  tell:told warn urge ask assure reassure remind inform promise implore beg:begged advise instruct caution
`)

/** Thinking, knowing and showing are not speech: "they know global warming is real" reports no one. */
export const NON_SPEECH_VERBS = wordSet(`
  think thinks thought thinking
  believe believes believed believing
  know knows knew known knowing
  show shows showed shown showing
  feel feels felt feeling
  hope hopes hoped hoping
  want wants wanted wanting
  expect expects expected expecting
  fear fears feared fearing
  see sees saw seen seeing
`)

/** Words that may stand between a subject and its speech verb: "has also said", "later told". */
export const AUXILIARIES = wordSet(`
  has have had is was were are be been will would could should may might did does do also later then
  previously recently earlier once again more most often repeatedly still further first already never not
  long separately publicly privately since
`)

/**
 * Titles, roles and occupations that stand before a name: "Pentagon Press Secretary John Kirby",
 * "Rep. Steny H. Hoyer", "striker Beno Talvik", "caretaker Wendell Ashgrove".
 */
export const TITLE_WORDS = wordSet(`
  president vice secretary spokesman spokeswoman spokesperson chair chairman chairwoman chairperson director
  minister premier chancellor ceo cfo coo cto founder cofounder co-founder chief head rep rep. sen sen. gov
  gov. senator representative congressman congresswoman governor mayor judge justice general gen. lt. col.
  sgt. capt. adm. admiral colonel captain sergeant commander commissioner ambassador officer prosecutor
  attorney lawyer inspector professor prof. dr. dr mr. mr mrs. mrs ms. ms miss sir dame lord lady king queen
  prince princess pope rev. reverend father sister rabbi imam bishop archbishop cardinal detective sheriff
  superintendent manager editor correspondent reporter analyst economist strategist expert researcher
  scientist physician doctor nurse coach player leader member candidate nominee adviser advisor aide
  official executive partner owner volunteer witness resident student teacher author writer historian
  activist organizer organiser councillor councilman councilwoman councilor treasurer clerk deputy assistant
  associate speaker whip trustee principal dean provost rector magistrate chieftain curator engineer pilot
  agent master harbourmaster postmaster envoy diplomat consul mp mep lawmaker legislator regulator auditor ombudsman striker goalkeeper
  defender midfielder forward winger batsman bowler jockey farmer driver caretaker negotiator trader
  fisherman baker shopkeeper landlord tenant pensioner veteran survivor mother widow paramedic firefighter
  constable surgeon midwife pharmacist architect designer developer musician singer actor actress producer
  artist photographer journalist broadcaster presenter host anchor columnist blogger campaigner protester
  chef waiter cleaner janitor guard soldier sailor skipper deckhand miner welder electrician plumber
  mechanic programmer entrepreneur investor banker accountant consultant contractor builder technician
  astronomer biologist chemist physicist geologist demographer sociologist psychologist epidemiologist
  virologist lecturer tutor headteacher headmaster headmistress pastor priest vicar monk nun billionaire
  millionaire businessman businesswoman novelist poet playwright critic commentator pollster lobbyist
  mediator arbitrator warden ranger president-elect incumbent challenger weaver winchman coxswain lifeguard
  shepherd potter carpenter tailor butcher grocer publican innkeeper stallholder postman postwoman courier
  dispatcher signalman harbourmaster ferryman boatman keeper counsel barrister solicitor advocate registrar
  coroner pathologist archivist librarian conductor composer dancer painter sculptor athlete runner cyclist
  swimmer boxer wrestler referee umpire attache marshal
`)

/**
 * Heads of definite descriptions that, with no name, may stand for a person already in the story: "the
 * senator said", "the first lady suggested" — when the story gave someone that role, or has only one person it
 * could be. Generic nouns ("the owner", "the driver") and spokespeople (who speak for someone else) are not
 * among them: they more often bring in someone new.
 */
export const COREFERENT_ROLE_HEADS = wordSet(`
  president minister senator governor mayor lady secretary chairman chairwoman chair judge coach chancellor
  premier king queen prince princess ambassador commissioner chief director ceo leader captain skipper pope
  bishop archbishop general admiral congressman congresswoman representative sheriff prosecutor councillor
  councilman councilwoman lawmaker manager superintendent mp envoy negotiator
`)

export type Gender = 'male' | 'female'

/** Honorifics that make a person of the name after them, with the gender they give where they give one. */
export const HONORIFICS = new Map<string, Gender | null>([
  ['mr', 'male'],
  ['mr.', 'male'],
  ['mrs', 'female'],
  ['mrs.', 'female'],
  ['ms', 'female'],
  ['ms.', 'female'],
  ['miss', 'female'],
  ['sir', 'male'],
  ['dame', 'female'],
  ['dr', null],
  ['dr.', null],
  ['prof.', null],
])

/** Role nouns that tell a speaker's gender. */
export const GENDERED_NOUNS = new Map<string, Gender>([
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['chairman', 'male'],
  ['chairwoman', 'female'],
  ['congressman', 'male'],
  ['congresswoman', 'female'],
  ['councilman', 'male'],
  ['councilwoman', 'female'],
  ['businessman', 'male'],
  ['businesswoman', 'female'],
  ['king', 'male'],
  ['queen', 'female'],
  ['prince', 'male'],
  ['princess', 'female'],
  ['lady', 'female'],
  ['man', 'male'],
  ['woman', 'female'],
  ['father', 'male'],
  ['mother', 'female'],
  ['husband', 'male'],
  ['wife', 'female'],
  ['son', 'male'],
  ['daughter', 'female'],
  ['brother', 'male'],
  ['sister', 'female'],
  ['actress', 'female'],
  ['actor', 'male'],
  ['grandmother', 'female'],
  ['grandfather', 'male'],
  ['boy', 'male'],
  ['girl', 'female'],
])

/**
 * Heads of phrases that describe a source without naming a person: "a spokeswoman for the union",
 * "officials", "Trump advisers", "the Rell family", and people in the plural who speak as a group
 * ("Patients say …").
 */
export const SOURCE_NOUNS = wordSet(`
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen official officials source sources
  adviser advisers advisor advisors aide aides policymaker policymakers analyst analysts expert experts
  economist economists witness witnesses investigator investigators prosecutor prosecutors police
  authorities lawmaker lawmakers legislators diplomat diplomats resident residents critic critics officer
  officers representative representatives executive executives researcher researchers scientist scientists
  doctor doctors lawyer lawyers attorney attorneys person people insider insiders observer observers worker
  workers employee employees member members leader leaders organizer organizers organiser organisers
  activist activists protester protesters spokespersons staffer staffers manager managers director directors
  traders trader investors investor strategist strategists judge judges jury panel committee report study
  statement survey poll airlines companies company firm agency ministry department government administration
  campaign team group court military army bank union council board commission office regulator regulators
  prosecution defense defence lady president minister governor mayor senator chief chairman chairwoman
  secretary ambassador coach ceo association institute society club federation coalition organisation
  organization charity network alliance party service authority inquiry tribunal family branch division unit
  chapter wing section bureau operator owner owners lab patients nurses teachers parents fishermen farmers
  passengers voters islanders locals neighbours neighbors students families survivors victims villagers
  shoppers drivers commuters customers users fans supporters opponents campaigners scholars historians
  engineers bankers unions landlords tenants retailers merchants growers miners pilots crew crews staff
  soldiers troops citizens taxpayers consumers homeowners renters pensioners veterans volunteers rescuers
  firefighters paramedics guards jurors senators councillors councilors ministers mps delegates negotiators
  mediators envoys operative operatives consultant consultants pollster pollsters donor donors delegate
`)

/** Words that make a capitalised name an organisation rather than a person. */
export const ORGANIZATION_WORDS = wordSet(`
  department ministry agency union association federation committee council commission board bureau office
  administration government court police army navy force forces guard party bank reserve fund institute
  institution university college school academy foundation trust society league club team group company corp
  corp. corporation inc inc. ltd ltd. llc co. plc ag airlines airways times post news press radio television
  network journal herald tribune gazette church hospital center centre service services authority
  organization organisation congress senate parliament assembly house cabinet pentagon kremlin nato un
  reuters coalition alliance movement systems technologies labs laboratory laboratories motors partners
  capital holdings markets exchange secretariat tribunal directorate inspectorate prosecutors fed
`)

/** Words that make a capitalised run a place, never a person: "Los Angeles International Airport". */
export const PLACE_WORDS = wordSet(`
  airport street avenue road city county state states island islands river park square station bridge hall
  building tower province district valley mountain mountains lake bay beach port harbor harbour coast sea
  ocean carolina dakota york jersey kingdom republic east west north south gulf border region stadium arena
  space center centre mall plaza market
`)

/** Pronouns that can stand for a speaker, with what they agree with. */
export const SUBJECT_PRONOUNS = new Map<string, 'male' | 'female' | 'plural' | 'thing'>([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'thing'],
  ['we', 'plural'],
])

/** Relative pronouns: "…, which has spoken about", "Valdez, who worked there". */
export const RELATIVE_PRONOUNS = wordSet(`
  who which that whom
`)

/** Words that keep their full stop as abbreviations, so it never ends a sentence: Mr., Sept., Calif. */
export const ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof rep reps sen sens gov gen lt col sgt capt cmdr adm maj cpl pvt st jr sr rev hon pres
  supt det insp messrs mmes jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri
  sat sun inc corp co ltd bros no nos vs v approx dept est fig vol mt ft ave blvd rd gens ala ariz ark calif
  colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn
  tex va vt wash wis wyo al op cf ed eds govt univ assn natl intl
`)

/**
 * Words just before a marked fragment that make it a name, a title or a mention rather than speech:
 * dubbed "Gucci Grace", the word "hope", the film "Heat".
 */
export const NAMING_CUES = wordSet(`
  dubbed nicknamed so-called titled entitled named word words phrase phrases term terms slogan slogans
  hashtag motto label labelled labeled branded headlined christened billed tagline song book film movie
  album show series play novel poem article essay column documentary programme program podcast exhibition
  campaign operation known aka banner sign signs placard placards
`)

/** Small words that stay lower case inside a Title Case name or title ("Day of Disruption"). */
export const TITLE_SMALL_WORDS = wordSet(`
  a an the and or but nor of on in to for at by with from as de la le von van der del da di du bin al is it
  vs vs.
`)

/** Capitalised words that begin sentences or dates and are never a name on their own. */
export const NOT_NAMES = wordSet(`
  the a an in on at but and or if when while as after before though although because since so yet still also
  however meanwhile asked speaking during under over for with without from by to of this that these those
  there here it its he she they we i you his her their our my your some many most all both each every no not
  one two three monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december jan feb aug sept oct nov dec related according
  another other what who which where why how nonetheless perhaps given then now even just only first last
  next new more less former late senior top mr ms mrs dr yes oh hey let let's like unlike back later earlier
  amid once unless likewise moreover furthermore between few having being whereas despite among instead
  nevertheless indeed besides otherwise therefore thus hence maybe
`)

/**
 * US states and their AP abbreviations, and a few capitals that stand alone in datelines: between commas after
 * a name ("a nurse from Sumter, South Carolina, said") they say where someone is from, never who speaks.
 */
export const PLACE_NAMES = new Set(
  `alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|
  illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|
  mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|
  north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|
  utah|vermont|virginia|west virginia|wisconsin|wyoming|puerto rico|d.c.|ala.|ariz.|ark.|calif.|colo.|
  conn.|del.|fla.|ga.|ill.|ind.|kan.|ky.|la.|md.|mass.|mich.|minn.|miss.|mo.|mont.|neb.|nev.|n.h.|n.j.|
  n.m.|n.y.|n.c.|n.d.|okla.|ore.|pa.|r.i.|s.c.|s.d.|tenn.|vt.|va.|wash.|w.va.|wis.|wyo.`
    .split('|')
    .map((place) => place.trim()),
)

/** Contractions a name never ends with: "I'm", "We've". */
export const CONTRACTION = /['’](?:m|re|ve|ll|d)$/i

export const CLAUSE_BREAKERS = wordSet(`
  how why what where which who that but because when while if as although though after before since so
  where whose than or whether until unless and nor yet whom
`)

export const ADVERBIAL_STARTERS = wordSet(`
  in on at during when while as after before to for with from of about by if through last yesterday
  today tonight earlier later afterward afterwards but and because via over under this monday tuesday
  wednesday thursday friday saturday sunday again repeatedly publicly privately recently since without
  until outside inside near following amid despite according then too also here there nothing little
  much more less no yes so not anything something
`)

export const INTRO_STARTERS = wordSet(`
  without with in on at after before during speaking asked as when while although though despite since
  following addressing responding writing for by
`)

export const PERSON_OBJECTS = wordSet(`
  her him them us me you reporters journalists lawmakers senators jurors investigators police
  officials supporters students voters members staff employees workers residents listeners viewers
  readers parliament congress legislators
`)

export const PERSON_OBJECT_NOUNS = wordSet(`
  jury court agents reporters press audience crowd committee panel lawmakers senators judge board
  council public officers police investigators residents students members staff employees workers
  voters nation country world children parents media journalists interviewer hearing assembly
  gathering meeting conference newspaper magazine station broadcaster network commission inquiry
  senate house
`)

export const DEMONSTRATIVE_CONTENT = wordSet(`
  that this so it as the same
`)

export const QUESTION_WORDS = wordSet(`whether if why how what when where who which`)

export const SUBORDINATORS = wordSet(`
  when after before as while if because although though since until once unless whereas
`)

/** Words that may stand before an opening subordinator: "Years after …", "Just before …", "And when …". */
export const OPENER_QUALIFIERS = wordSet(`
  and but yet so just only even right shortly soon long immediately moments minutes hours days weeks months
  years decades not two three four five six several few
`)

export const FINITE_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'did',
  'does',
  'do',
  "isn't",
  "wasn't",
  "won't",
  "can't",
])

/** "Ruiz herself said", "officials now say": words between a subject and its verb that are not the subject. */
export const TRAILING_ASIDES = wordSet(
  `herself himself themselves itself myself ourselves now then too also again`,
)

export const TIME_WORDS = wordSet(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
  evening night week weekend month year earlier later
`)

export const TIME_LEADS = wordSet(`on at in last this early late earlier later`)

/** Words that make a role between a name and the person it qualifies: "CBS moderator", "Republican presidential candidate". */
export const ROLE_MODIFIERS = wordSet(`
  former senior chief deputy acting ranking presidential judicial legal political press campaign top longtime
  fellow vice assistant executive national state local foreign general moderator host anchor analyst
  correspondent candidate nominee hopeful constituent strategist pollster commentator columnist
  contributor reporter
`)

/** Words in ADVERBIAL_STARTERS that may also open a reported clause when a verb follows: "said there is …". */
export const CLAUSAL_STARTERS = wordSet(`
  a an this there here nothing little much more less no anything something about if when because
`)
