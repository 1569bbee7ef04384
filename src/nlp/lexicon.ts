/**
 * Our lexicon on top of compromise's: closed lists of *kinds* of words (titles, organisation and event heads),
 * never names. compromise knows many first names, surnames and places; these lists decide what a run of
 * capitalised words is when its tags alone cannot.
 */

const set = (words: string, ...more: ReadonlySet<string>[]) => new Set([...words.trim().split(/\s+/), ...more.flatMap((m) => [...m])]);

/**
 * The head nouns of a role phrase: a role must end in one of these (or a word compromise tags #Actor),
 * so "UK trade envoy" is a role and "the two sides" is not.
 */
export const ROLE_HEADS = set(`
  president minister premier chancellor secretary senator governor mayor king queen prince princess pope chairman
  chairwoman chair chief director judge ambassador envoy commissioner coach captain manager leader head spokesman
  spokeswoman spokesperson deputy executive officer counterpart official negotiator diplomat lawmaker legislator
  striker midfielder defender goalkeeper forward winger player champion candidate challenger incumbent analyst
  economist professor researcher scientist founder owner boss president-elect chairperson attorney prosecutor
  commander admiral marshal monarch emir sheikh ceo cfo coo cmd cto representative member sheriff pm mp vp justice administrator lady
  marine brigadier colonel lieutenant corporal commodore brigadier-general major-general lieutenant-general lieutenant-colonel
  spinner bowler batter batsman pitcher quarterback keeper driver rider cyclist runner swimmer sprinter boxer
  fighter jockey referee umpire winger all-rounder opener seamer skier gymnast golfer star
  governor-general secretary-general director-general inspector-general attorney-general solicitor-general
  auditor-general surgeon-general spokesperson
  pastor priest bishop archbishop cardinal imam rabbi reverend cleric
  adviser advisor fellow editor correspondent columnist photographer lawyer inspector detective sergeant
  superintendent constable ranger historian speaker skipper whip youtuber influencer blogger podcaster
  activist campaigner advocate dissident laureate journalist reporter author writer novelist poet actor actress
  singer rapper musician filmmaker businessman businesswoman entrepreneur billionaire astronaut
  counsellor counselor councillor councilor
`);

/** Places in a team (rugby, cricket, football, American sports): occupations, and what names a player's club. */
const TEAM_POSITIONS = `flanker hooker prop flyhalf fly-half scrum-half scrumhalf fullback full-back
  batsman batter bowler spinner paceman seamer wicketkeeper wicket-keeper all-rounder allrounder
  striker midfielder defender goalkeeper goalie winger quarterback pitcher`;

/**
 * Trades and sports positions compromise does not know as people's ("an engineer", "a nurse", "flanker X"): a
 * person's description in apposition or before the name, as compromise's own #Actor nouns are (#Trade).
 */
export const OCCUPATIONS = set(`engineer nurse doctor surgeon physician paramedic medic midwife pharmacist dentist
  veterinarian soldier firefighter mechanic electrician plumber carpenter miner architect accountant
  banker trader investor consultant designer developer programmer chef cook waiter waitress cleaner guard volunteer
  technician physicist chemist biologist geologist seismologist epidemiologist virologist immunologist
  lecturer tutor headteacher librarian clerk cashier vendor merchant labourer laborer worker student
  ${TEAM_POSITIONS}`);

/** A player's place in a team: "Velkor winger Ana Lind" names her club before it. */
export const PLAYER_POSITIONS = set(`${TEAM_POSITIONS} keeper forward centre-back center-back playmaker`);

/**
 * Degrees and credentials written after a person's name ("Ana Lind, MD, director of …", "Ben Ode, Ph.D., of
 * Harbour University"): never a name of their own; the office after them is the person's.
 */
export const CREDENTIALS = set(`md m.d m.d. phd ph.d ph.d. dds dmd rn mph dvm psyd pharmd facs frcp frcs mba`);

/** Relatives: "his wife Ana", "her son, Jon" say whose relative someone is. */
export const KIN_NOUNS = set(`wife husband spouse son daughter mother father brother sister widow widower grandson
  granddaughter grandmother grandfather nephew niece uncle aunt cousin stepson stepdaughter stepfather stepmother
  fiancee fiancée fiance fiancé girlfriend boyfriend sibling siblings sons daughters children grandchildren grandkids
  parents`);

/**
 * A company's trade as the last word of its name ("… Shipping", "… Salvage", "… Logistics"): an organisation's,
 * though alone it is a common noun ("Salvage teams freed the ship").
 */
export const TRADE_HEADS = set(`shipping shipmanagement logistics salvage maritime petroleum mining insurance telecom
  electronics chemicals solutions software studios entertainment productions aerospace automotive investments properties
  railways shipyards breweries`);

/** Capitalised words that make a run an organisation ("Ministry of …", "… Commission", "… AG"). */
export const ORG_HEADS = set(
  `
  ministry department agency commission committee council bank party union association federation confederation organization
  organisation authority bureau office institute university college court parliament assembly senate congress
  company corporation corp inc ltd llc plc ag sa gmbh nv bv co group holdings fund foundation league club fc
  cooperation alliance coalition board service services airlines airways motors bancorp trust society network
  tribunal police army navy force forces guard cabinet government administration secretariat centre center
  reuters press news times post journal exchange directorate inspectorate commissariat registry chamber guild front
  syndicate consortium ventures partners capital labs systems technologies industries enterprises energy
  pharmaceuticals affairs institution observatory survey hospital clinic unit
  fondation fundación fundacion fundação fondazione stiftung institut instituto banco banque ministère ministerio
  comité consejo conseil agence agencia société sociedad grupo gruppo partido archdiocese diocese lab laboratory laboratories
`,
  TRADE_HEADS,
);

/** Adjectives of a writer's judgement, not of a kind: never part of an event's name ("the gigantic explosion"). */
export const EVALUATIVE = set(`gigantic epic historic dramatic tragic horrific terrific fantastic catastrophic massive huge
  enormous colossal monumental phenomenal sensational spectacular emotional brutal chaotic frantic heroic iconic magical
  memorable remarkable incredible unprecedented crucial critical pivotal decisive impressive explosive devastating deadly
  terrible shocking stunning thrilling dramatic titanic mammoth landmark`);

/**
 * Words that describe a kind of body without naming one: "Supreme Court", "House of Representatives" and "High
 * Court" are each country's own (archive/link.ts kindAlone).
 */
export const BODY_WORDS = set(`supreme high higher constitutional federal national central upper lower house representatives
  lords commons state states public foreign home interior finance justice health defence defense education labour labor
  treasury electoral security intelligence appeal appeals district circuit general legislative executive council
  people's peoples ministers senate court courts parliament assembly congress ministry department cabinet government
  police army navy tribunal commission`);

/**
 * Capitalised last words that make a run a place: buildings, sites and natural features ("… National
 * Museum", "… Embassy", "… Harbour"), which compromise may tag as organisations.
 */
export const SITE_HEADS = set(`museum embassy consulate cathedral mosque synagogue temple palace castle stadium arena
  airport station bridge square plaza harbour harbor port beach island islands lake river mountain mountains mount
  bay coast valley desert forest canyon street avenue boulevard road hotel park garden gardens lawn courtyard tower prison theatre theater abbey chapel
  sea ocean gulf strait passage peninsula canal locks strip reef lagoon glacier falls shrine friary monastery priory
  basilica convent`);

/** Uses a centre is built for: "X Cultural Centre", "Y Community Center" are buildings, so places. */
export const VENUE_USES = set(`cultural community civic arts convention conference exhibition visitor visitors leisure space
  shopping sports aquatic heritage performing events`);

/**
 * Lowercase nouns for kinds of bodies: beside a name they make it an organisation ("the X party",
 * "X magazine", "rights group X", "X, an industry body").
 */
export const BODY_NOUNS = set(`party magazine newspaper website blog group faction movement tribe clan militia
  organisation organization network agency company firm outlet broadcaster charity body insurgency regulator watchdog
  brand retailer carmaker automaker airline lender insurer startup start-up conglomerate`);

/**
 * The people a body speaks through or plays for it, written right after its name ("a Harbour Line spokeswoman",
 * "Lantern Power officials said", "his Tesk United teammate"): the name before them is the body's, not a person's.
 */
export const STAFF_NOUNS = set(`spokesman spokeswoman spokesperson spokespeople officials executives employees staffers
  shareholders teammate teammates team-mate team-mates`);

/**
 * What only a company is by its trade, written right before its name ("chipmaker Kestrana", "NASA supplier
 * Orbix"): the name after it is a company's. Not trades people have too ("net maker", "developer", "publisher"):
 * a tagger does not know every given name.
 */
export const COMPANY_NOUNS = set(`supplier manufacturer retailer insurer lender shipper distributor automaker carmaker
  chipmaker drugmaker airline`);

/**
 * Trades of firms and of people alike ("developer", "publisher"): before a name of one word with no given name
 * ("game developer Tesko", "broadcaster Velkor"), a company's.
 */
export const SHARED_TRADES = set(`developer publisher producer operator provider broadcaster carrier studio maker
  builder contractor exporter importer`);

/**
 * What is made by people, not firms, in a "...maker" word ("lawmaker", "filmmaker", "policy-maker"); any other
 * "toymaker" or "game-maker" before a name is a company's trade.
 */
export const PERSON_MAKERS = set(`law policy film movie peace king match play deal decision dress trouble rain holiday
  money home music noise mischief net news pace rule opinion taste history difference merry`);

/**
 * What a listed company has and people do not, written right after its name ("Kestrana shares rose", "Orbix
 * stock fell", "Tallow bondholders"): the name before it is a company's (not after a given name, and not the
 * verb: "Ana Ruiz shares her view").
 */
export const MARKET_NOUNS = set(`shares stock stocks bonds bondholders shareholders stockholders`);

/**
 * Words for a body's leanings, written with a capital before its name ("the Islamist X Brotherhood", "the
 * hardline Y Front"): a description, not the first word of the name.
 */
export const LEANINGS = set(`islamist jihadist salafist leftist rightist hardline hard-line militant radical extremist
  ultranationalist far-right far-left opposition`);

/** Bodies named after a place: "New York magazine" is a name of its own, not New York. */
export const MEDIA_NOUNS = set(`magazine newspaper website`);

/** Words that open an organisation's name when they stand first ("Ministry of X and Y"). */
export const ORG_OPENERS = set(`ministry department bureau office commission committee council institute university
  federation association league bank court agency union organization organisation directorate inspectorate
  secretariat authority board chamber school academy church order`);

/**
 * Government offices whose name is written either way round: "Department of Transportation" is the
 * "Transportation Department" (unlike "University of X" and "X University", often two different bodies).
 */
export const INVERTIBLE_OPENERS = set(`ministry department bureau office agency directorate`);

/** Words that open a storm's name ("Hurricane Oriel", "Typhoon Mardle"): a storm is an event, not a person. */
export const STORM_WORDS = set(`hurricane typhoon cyclone storm`);

/** The words of a tennis draw ("men's singles", "mixed doubles"), written before a stage of a tournament. */
export const DRAW_WORDS = set(`men women boys girls mixed singles doubles junior senior`);

/** Kinds of places a name is given with "of": "the regional capital of Brimhollow", "the town of Quenby". */
export const PLACE_KINDS = set(`capital city town village province county district state island suburb port municipality prefecture governorate oblast canton borough`);

/** Natural features written in lower case after their name ("the Velkor rainforest", "the Tesk river"). */
export const NATURAL_FEATURES = set(`rainforest rainforests jungle river delta basin valley desert mountains plateau highlands
  lowlands coastline peninsula lake archipelago volcano glacier`);

/** Capitalised words that make a run an event ("… Summit", "… Games"). */
export const EVENT_HEADS = set(`
  summit conference convention games olympics olympiad cup championship championships final finals election elections
  referendum forum festival congress tournament open grand prix marathon expo fair show world-cup talks meeting meetings
  trophy semi-final semifinal quarter-final
  war crisis debate race playoff playoffs series derby classic
  depression recession exposition
`);

/** Capitalised words that open an event's name through "of": "the Battle of Ostrel", "the Siege of Velkor". */
export const EVENT_OPENERS = set(`battle siege`);

/** The number after an event's head that tells which one it is: "World War II", "World War Two". */
export const EVENT_ORDINAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|One|Two|Three|Four|Five)$/;

/** Lowercase nouns that, after a name ("OECS summit", "COP29 conference"), make an event. */
export const EVENT_NOUNS = set(`summit conference convention talks meeting meetings election elections referendum
  forum final finals tournament championship games congress negotiations visit vote poll polls debate series
  session show fair expo exhibition assembly runoff playoff`);

/**
 * What people and organisations hold: "OECS summit", "ECOWAS meeting", "its first session on May 5"
 * (an "election commission election" is not one).
 */
export const GATHERINGS = set(`summit conference convention meeting meetings forum congress talks assembly session`);

/** Contests: one side wins. */
export const CONTESTS = set(`election elections referendum final semi-final quarter-final series runoff primary playoff`);

/** Stages of a tournament: they belong to the tournament named near them. */
export const STAGES = set(`final semi-final quarter-final playoff`);

/** "the finals", "the semi-finals": a stage told in the plural is that stage ("final"), else undefined. */
export const pluralStage = (word: string): string | undefined => (/s$/.test(word) && STAGES.has(word.slice(0, -1)) ? word.slice(0, -1) : undefined);

/** Events that last weeks: a day named in their sentence is one match's, so only its year is theirs. */
export const TOURNAMENTS = set(`trophy cup championship championships games olympics open tournament league series`);

/** Names of events that read like organisations until a noun gives them away ("the EICMA Moto show"). */
export const SHOWS = set(`show fair expo exhibition festival`);

/** Heads of named gatherings that are also names of bodies ("Constituent Assembly" vs "World Water Forum"). */
export const BODY_OR_EVENT = set(`assembly congress conference forum summit festival convention`);

/** Verbs that report when something was said ("sources said Wednesday"): a date beside them is not an event's. */
export const REPORTING_VERBS = set(`said says told announced added`);

/** Event nouns that mean a meeting between people ("talks between A and B"). */
export const MEETING_NOUNS = set(`talks meeting meetings negotiations summit visit call`);

/** Particles inside personal names ("Ursula von der Leyen", "Mohammed bin Salman", "Luiz Inácio da Silva"). */
export const NAME_PARTICLES = set(`von van der den de da di del della dos das du le la bin binti ibn al el abu ben ter`);

/** Lowercase words that may sit inside an organisation's or event's name ("Ministry of Water and Sanitation"). */
export const NAME_CONNECTORS = set(`of and for on in the & de du des la le`);

/** Verbs of saying: "X said", "said X". */
export const SPEECH_VERBS = set(`said says say told tells added adds stated states announced announces warned warns
  insisted insists argued argues noted notes wrote writes declared declares claimed claims stressed stresses
  urged urges admitted admits explained explains asked asks replied replies confirmed confirms`);

/** Verbs and nouns that introduce a commitment with a target year. */
export const PLEDGE_WORDS = /\b(pledg\w*|promis\w*|commit\w*|vow\w*|aim\w*|target\w*|plan\w*|intend\w*|seek\w*|goal)\b/i;

/** Words that are never entities on their own, whatever their case. */
export const NEVER_ALONE = set(`the a an and or but nor neither either both this that these those his her its their our
  my your it he she they we i you asked also however meanwhile yet so if when while after before as mr mrs ms dr
  now then today here there still even only just no yes not none every each any all some
  north south east west northern southern eastern western central`);

/**
 * Acronyms of common nouns that news writes in capitals ("the IPO", "GDP grew", "an ETF"): never a name alone,
 * in lower case here. (An acronym an article spells out in lower case is caught by the article itself:
 * candidates.ts, `initialisms`.)
 */
export const COMMON_ACRONYMS = set(`gdp gnp ipo ipos etf etfs vat cpi pmi lng lpg ev evs suv suvs atm atms pin dna rna
  pcr mri icu gps cctv vpn esg fdi ceo ceos cfo coo cto ai pc pcs tv`);

/**
 * Words that name a kind of body or document, capitalised as a house style ("the Government", "the
 * Opposition", "Terms of Service"): part of a name ("Harbour Council"), never one alone.
 */
/** Styles and periods of art and building, capitalised but no one's name alone ("the Gothic monument", "Art Deco"). */
export const STYLE_WORDS = set(`gothic neo-gothic baroque romanesque victorian georgian edwardian elizabethan renaissance
  byzantine neoclassical modernist brutalist rococo palladian tudor`);

export const GENERIC_ALONE = set(`service services government administration press office board group company fund network
  society systems industries enterprises partners affairs department ministry agency committee council authority bureau
  institute university college corporation association federation organization organisation foundation league club
  alliance coalition cooperation communications opposition guidelines court cabinet party bank commission
  kingdom realm sovereign monarch police`, TRADE_HEADS);

/**
 * Styles of address for royalty and high office ("His Majesty", "Her Royal Highness", "His Excellency"): a way
 * of speaking to or of someone, never a name nor an office.
 */
export const STYLES = set(`majesty majesties highness highnesses excellency excellencies holiness eminence lordship
  ladyship`);

/** Verbs a page's furniture opens a sentence with ("See X's policy", "Follow X on …"): never part of a name. */
export const IMPERATIVE_OPENERS = set(`see read watch click follow sign subscribe listen visit contact join download share`);

/**
 * Words for a people or a language the country table lacks (the nations of a union, colloquial names, languages
 * named by no people, the followers of a faith): "written in English", "the Aussie camp", "Catholics" name
 * no place and no one.
 */
export const PEOPLE_WORDS = set(`english scottish welsh aussie aussies kiwi kiwis brit brits arab arabs arabic hebrew mandarin cantonese
  swahili hindi urdu farsi sanskrit aramaic esperanto yiddish tagalog gaelic pashto dari
  catholic catholics muslim muslims christians jews hindu hindus buddhist buddhists sikh sikhs protestant protestants
  anglican anglicans evangelicals mormon mormons shiite shiites sunni sunnis
  frenchman frenchwoman frenchmen frenchwomen englishman englishwoman englishmen englishwomen dutchman dutchwoman
  dutchmen dutchwomen irishman irishwoman irishmen irishwomen scotsman scotswoman scotsmen scotswomen welshman
  welshwoman welshmen welshwomen
  asian asians african africans european europeans arab arabs latino latinos latina latinas
  nordic nordics scandinavian scandinavians`);

/** The second word of an office's domain of two words ("Minister of Foreign Affairs", "of Consumer Protection"). */
export const PORTFOLIO_WORDS = set(`affairs development protection relations`);

/** Offices whose domain, written before them, is a province or a state ("Velmaro Gov. Ivo Marr"). */
export const PLACE_OFFICES = set(`governor gov gov.`);

/** Envoys, whose office is to a place ("Ambassador to Zembla Ana Lind"). */
export const ENVOYS = set(`ambassador ambassadors envoy envoys consul emissary nuncio`);

/** Oceans and seas whose names are shaped like a people's word ("Pacific", "Caribbean"): names of their own. */
export const SEAS = set(`pacific atlantic arctic antarctic caribbean mediterranean baltic adriatic aegean caspian`);

/** A language's name that also opens a place's ("Latin America"): alone, it names no place ("wrote in Latin"). */
export const LANGUAGE_ONLY = set(`latin`);

/** A party's member ("Democrat", "Tory"): before a name, what the person is; in the plural, the party itself. */
export const PARTY_MEMBERS = set(`democrat republican conservative tory socialist liberal green labourite`);

/** A follower's word before a name, "Peronist", "Gaullist", "Socialists": what someone stands for, no part of the name. */
export const FOLLOWER_SHAPE = /^\p{Lu}\p{Ll}+ists?$/u;

/** Nationality adjectives compromise may not know: "Tanzanian", "Congolese", "Kazakh", "Omani", "Icelandic". */
export const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|h|ic)$/u;

/** Verbs that say two people met: "A and B met in Bergen". */
export const MEETING_VERBS = set(`met meet meets meeting`);

/** Words that qualify an office ("Vice President", "Foreign Minister"): part of a role, never an organisation. */
export const TITLE_MODIFIERS = set(`vice deputy acting former prime first foreign finance defence defense interior home
  trade health climate security labour labor transport economy economic education justice energy environment
  agriculture state chief senior general executive interim assistant associate managing junior lead head grand supreme
  high district circuit magistrate bankruptcy appellate probate transportation commerce housing tourism culture communications majority minority
  information industry mines mining fisheries sport sports youth water infrastructure planning development technology
  science research immigration heritage veterans welfare petroleum oil power aviation telecommunications media arts
  women family social revenue crown national`);

/** Offices written short before a name ("Gov. X", "Sen. Y", "Lt. Gen. Z"). */
export const TITLE_ABBREVIATIONS = set(`gov sen rep lt gen col sgt capt maj adm cmdr supt insp det atty amb pres prof rev`);

/** Offices whose title ends in "General" (Attorney General, Secretary General). */
export const GENERAL_OFFICES = set(`attorney secretary surgeon solicitor inspector auditor director governor postmaster
  comptroller procurator consul adjutant registrar`);

/** Legal forms that end a company's name ("Nordwerk AG", "Nippon Steel Corp"). */
export const COMPANY_SUFFIXES = set(`corp corporation inc ltd limited ag sa plc co llc nv bv gmbh se spa kk`);

/**
 * Things that happen to people and places, named by a noun ("the attack on the museum", "Tuesday night's
 * coup", "a mass stranding in the south"): events when the text dates them or ties them to a name.
 */
export const INCIDENTS = set(`resignation abdication attack attacks shooting bombing bombings coup uprising revolt revolution massacre genocide stranding
  strandings earthquake quake wildfire fire explosion crash assassination invasion visit trip tour war ceasefire outbreak
  hurricane typhoon cyclone flood floods flooding floodwaters landslide landslides mudslide mudslides eruption tsunami avalanche blast blasts explosions earthquakes quakes wildfires riot riots protest protests raid indictment trial verdict sentencing
  removal ouster killing killings beheading beheadings strike strikes airstrike airstrikes kidnapping stabbing
  blaze conviction acquittal impeachment inauguration extradition crisis siege collapse derailment sinking
  coronation funeral wedding splashdown liftoff failure closure bankruptcy collision collisions arrest swap exchange`);

/**
 * Incidents that strike at once and are news the day they strike ("a massive flood ripped through …", "a
 * powerful earthquake struck …"): told in a story's first sentence without a date, they are that day's news.
 * Each word → the noun the event is named by ("flooding" and "floods" are one flood).
 */
export const SUDDEN_INCIDENTS: ReadonlyMap<string, string> = new Map([
  ...(['earthquake', 'quake', 'earthquakes', 'quakes'] as const).map((w) => [w, 'earthquake'] as const),
  ...(['flood', 'floods', 'flooding', 'floodwaters'] as const).map((w) => [w, 'flood'] as const),
  ...(['wildfire', 'wildfires', 'blaze', 'fire'] as const).map((w) => [w, 'fire'] as const),
  ...(['landslide', 'landslides', 'mudslide', 'mudslides'] as const).map((w) => [w, 'landslide'] as const),
  ...(['explosion', 'blast', 'explosions', 'blasts'] as const).map((w) => [w, 'explosion'] as const),
  ...(['collision', 'collisions'] as const).map((w) => [w, 'collision'] as const),
  ...(['eruption', 'tsunami', 'avalanche', 'crash', 'shooting', 'bombing', 'stabbing', 'massacre'] as const).map((w) => [w, w] as const),
]);

/**
 * A craft's loss told by its verb ("the Vela-3 cargo ship broke up over the Arctic on Monday", "a Kestrel
 * rocket exploded in May 2014"): the verb → the noun for the event. Only with a craft for subject (CRAFTS):
 * "the band broke up", "shares plunged" are words.
 */
export const WRECK_VERBS = new Map([
  ['broke', 'crash'],
  ['crashed', 'crash'],
  ['plunged', 'crash'],
  ['exploded', 'explosion'],
  ['sank', 'sinking'],
  ['derailed', 'derailment'],
  ['collided', 'collision'],
]);

/** Verbs that tell animals or people left on a shore ("140 whales beaching on X", "51 stranded on Y"). */
export const STRAND_VERBS = set(`beached beaching stranded`);

/** Vehicles and craft, the subject of a wreck's verb. */
export const CRAFTS = set(`ship spaceship spacecraft craft rocket plane airplane aircraft airliner jet helicopter
  train ferry boat vessel capsule satellite probe lander shuttle tanker freighter submarine`);

/**
 * What happens to a person, said with a passive verb ("X was sentenced on Friday", "X was indicted in
 * May"): the verb → the noun for the event, which names it ("X sentencing").
 */
export const PASSIVE_EVENTS = new Map([
  ['sentenced', 'sentencing'],
  ['indicted', 'indictment'],
  ['convicted', 'conviction'],
  ['acquitted', 'acquittal'],
  ['impeached', 'impeachment'],
  ['inaugurated', 'inauguration'],
  ['extradited', 'extradition'],
  ['assassinated', 'assassination'],
  ['kidnapped', 'kidnapping'],
  ['arrested', 'arrest'],
  ['sworn', 'swearing-in'],
]);

/**
 * What a person does that is news of its own, said with an active verb ("X resigned on Monday", "X has
 * resigned"): the verb → the noun for the event ("X resignation").
 */
export const ACTIVE_EVENTS = new Map([
  ['resigned', 'resignation'],
  ['resigns', 'resignation'],
  ['resign', 'resignation'],
  ['abdicated', 'abdication'],
]);

/**
 * Violence done to a place, said with an active verb ("gunmen stormed the X Museum on Tuesday", "in 2012,
 * crowds assaulted the Y Embassy"): the verb → the noun for the event ("X Museum attack"). Only with a
 * place for object: "A attacked B" of two people is mostly words.
 */
export const ASSAULT_VERBS = new Map([
  ['attacked', 'attack'],
  ['assaulted', 'attack'],
  ['stormed', 'attack'],
  ['bombed', 'bombing'],
  ['blew', 'bombing'],
  ['raided', 'raid'],
  ['shelled', 'shelling'],
  ['invaded', 'invasion'],
]);

/**
 * Deaths done to a counted group, said with a verb ("militants beheaded 12 hostages in May", "seven
 * worshippers were killed in Ohio in June"): the verb → the noun for the event ("beheading of 12 hostages").
 */
export const KILLING_VERBS = new Map([
  ['killed', 'killing'],
  ['murdered', 'killing'],
  ['slaughtered', 'killing'],
  ['massacred', 'massacre'],
  ['beheaded', 'beheading'],
]);

/** What voters do: "Kenyans elected a new parliament last fall" tells an election. */
export const VOTE_VERBS = set(`elected voted`);

/** A speech to a body: "X will address the Y Union on Sunday", "X's address to the Y Assembly". */
export const ADDRESS_WORDS = set(`address addresses addressed addressing`);

/** Capitalised last words that make a run an agreement: "Paris Agreement", "Affordable Care Act", "Flag Code". */
export const AGREEMENT_HEADS = set(`agreement agreements accord accords treaty treaties protocol act code amendment
  declaration pact charter statement communique communiqué deal directive regulation regulations ordinance bill consensus`);

/**
 * Titles that are also part of a name when one word follows them ("Sheikh Hasina", who is "Hasina" after):
 * kept in the name, and evidence of a person.
 */
export const NAME_TITLES = set(`sheikh sheikha king queen prince princess lady`);

/** Letters written after a person's name: an office, an honour or a degree ("Ana Lind MP", "Ivo Marr KC"). */
export const POST_NOMINALS = /^(?:MP|MEP|MSP|MLA|MLC|MPP|MHA|MNA|QC|KC|MBE|OBE|CBE|KBE|DBE|GBE|AM|AO|AC|OAM|VC|DSO|FRS|IAS|PhD)$/;
/** Such letters that also close bodies' names ("Velkor Tesk SC", a sporting club): a person's only after a given name. */
export const SHARED_POST_NOMINALS = /^(?:SC|TD|JP|CH|OM|MD|DDS|RN|CPA|MC)$/;

/** Capitalised last words that make a run an award: "Nobel Prize", "Booker Prize", "Ballon d'Or" is a name. */
export const AWARD_HEADS = set(`prize prizes award awards medal medals laureate`);

/** First words that make a run a site in languages that put the noun first: "Stade de France", "Estadio Azteca". */
export const SITE_OPENERS = set(`stade estadio estádio stadio palais palacio palazzo parc parque piazza théâtre theatre teatro
  wadi jebel jabal djebel`);

/** Words before a military site's own name: "Joint Base Andrews", "Fort Velkor", "Camp Tesk". */
export const INSTALLATION_OPENERS = set(`base fort camp`);

/** First words that make a run an award in languages that put the noun first: "Prix Goncourt", "Premio Strega". */
export const AWARD_OPENERS = set(`prix premio prêmio prémio preis`);

/** Verbs that end an office for their subject: "stepped down as", "resigned as", "quit as". */
export const LEAVING_VERBS = set(`stepped steps stepping step resigned resigns resigning resign retired retires retiring retire
  quit quits quitting left leaves leaving`);

/** Leaving verbs that need "down" to end an office ("stepped down"; "stepped in" does not). */
export const STEP_VERBS = set(`stepped steps stepping step`);

/** Succession: "Y replaces X as …", "Y will succeed X", "X was replaced by Y". */
export const SUCCESSION_VERBS = set(`replace replaces replaced replacing succeed succeeds succeeded succeeding`);

/** Verbs of a relative clause that state an office: "who leads", "who chaired". */
export const OFFICE_VERBS = set(`led leads heads headed chairs chaired runs ran manages managed coaches coached captains
  captained founded directs directed`);

/** More verbs of saying, for quotes only (posts and tweets are quoted too). */
export const QUOTE_VERBS = set(
  `tweeted tweets posted posts vowed vows recalled recalls continued acknowledged acknowledges conceded
  concedes suggested suggests predicted predicts responded responds answered answers complained complains cautioned
  cautions remarked remarks commented comments maintained maintains testified testifies called calls described
  describes branded brands`);
/** "said X" as well as "X said" (not "told X": there X is who was told). */
export const INVERTED_SPEECH_VERBS = set(
  `said says added adds wrote writes declared noted explained insisted argued stressed replied continued recalled
  acknowledged conceded answered responded remarked commented`);
/** "X condemned the attack, saying “…”": the speaker is the clause's subject. */
export const PARTICIPLES = set(
  `saying adding telling noting writing arguing warning insisting stressing explaining declaring asking calling
  describing`);

/**
 * Words too common in news to say what a page or a fact is about (key terms leave them out): function words,
 * reporting verbs, and the calendar. Lower case, as `key-terms.ts` normalises words before looking them up.
 */
/** Days of the week: never inside a name or a role, whatever the tagger makes of a capitalised one. */
export const WEEKDAY_WORDS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Words that make a day of the week a name of its own ("Black Friday", "Super Tuesday", "Palm Sunday"). */
export const DAY_NAME_MODIFIERS = set(`black good bloody super ash cyber easter palm holy maundy shrove giving`);

export const TERM_STOP_WORDS = set(`about above after again against also although among another around because been
  before being below between both could does doing down during each either else even every first from further
  have having here hers herself himself however into itself just last later least less many more most much must
  near never next once only other ours over same several should since some such than that their theirs them
  themselves then there these they this those though through thus under until upon very were what when where
  whether which while whom whose will with within without would your yours year years month months week weeks
  today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april
  june july august september october november december said says saying told tell tells according added asked
  according news report reported reports reporter reporters article story stories people thing things time times
  make made makes take took taken come came comes going went want wants like also still well back just even
  percent per cent number numbers part parts mr mrs ms dr one two three four five six seven eight nine ten`);

/** Verbs for holding up a trophy: "lifted the X Cup" names the cup, not the tournament (archive/candidates.ts). */
export const TROPHY_VERBS = set(`lift lifts lifted lifting hoist hoists hoisted hoisting raise raises raised raising kiss kisses
  kissed kissing parade parades paraded parading brandish brandished clutch clutched clutching`);
/** Last words of a trophy's name, when it is held up. */
export const TROPHY_WORDS = set(`cup trophy shield plate`);

/** What a craft does, and the event it makes: "the Tesk telescope will launch on Christmas Eve", "the Varl rover landed in February". */
export const FLIGHT_VERBS = new Map([
  ['launch', 'launch'],
  ['launched', 'launch'],
  ['launches', 'launch'],
  ['landed', 'landing'],
  ['lands', 'landing'],
  ['touched', 'landing'],
  ['docked', 'docking'],
  ['splashed', 'splashdown'],
  ['lifted', 'launch'],
  ['blasted', 'launch'],
]);

/** Countries that were, which news still names ("the collapse of the Soviet Union") and no country list holds. */
/** What a structure does when it falls ("the Ostrel Bridge collapsed early on Tuesday"). */
export const STRUCTURE_FELL = /^(?:collapsed|collapses)$/;

export const FORMER_COUNTRIES = ['Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'Ottoman Empire', 'Rhodesia', 'Zaire'];

/**
 * Well-known short forms of English given names that are not the name's first letters ("Bill" for "William";
 * "Alex" for "Alexander" needs no entry): the short form → the name.
 */
export const SHORT_GIVEN_NAMES: ReadonlyMap<string, string> = new Map([
  ['bill', 'william'], ['billy', 'william'], ['will', 'william'], ['bob', 'robert'], ['bobby', 'robert'], ['rob', 'robert'],
  ['dick', 'richard'], ['rick', 'richard'], ['mike', 'michael'], ['jim', 'james'], ['jimmy', 'james'], ['joe', 'joseph'],
  ['tom', 'thomas'], ['tommy', 'thomas'], ['ted', 'edward'], ['ned', 'edward'], ['jack', 'john'], ['johnny', 'john'],
  ['harry', 'henry'], ['hank', 'henry'], ['chuck', 'charles'], ['charlie', 'charles'], ['peggy', 'margaret'],
  ['maggie', 'margaret'], ['kate', 'katherine'], ['katie', 'katherine'], ['liz', 'elizabeth'], ['beth', 'elizabeth'],
  ['betty', 'elizabeth'], ['sue', 'susan'], ['jenny', 'jennifer'], ['tony', 'anthony'], ['larry', 'lawrence'],
  ['jerry', 'gerald'], ['steve', 'stephen'], ['andy', 'andrew'], ['pete', 'peter'], ['nick', 'nicholas'],
]);

/** Words that set one thing beside another: a vote after them is another vote ("freer than Velkor's election"). */
export const COMPARED = set(`than unlike like with compared versus`);

/**
 * What a body named after its country or city does, written before the name: "Air Zembla", "Bank Velkoria", "Team
 * Zembla", "Coal Velkoria", "Cricket Zembla" (a small table: a kind of place or a feature before a name is the
 * place's own, "Mount Tesk", "Lake Velk", and so is any word this table does not hold).
 */
export const BODY_BEFORE_PLACE = set(`air bank team radio visit invest coal oil gas petroleum power telecom metro rail railways
  cricket football rugby tennis athletics swimming cycling hockey netball golf basketball volleyball boxing rowing sailing
  gymnastics skiing`);
