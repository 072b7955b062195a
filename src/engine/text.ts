import { stemmer } from 'stemmer';
import { eng as englishStopwords } from 'stopword';
import { INVISIBLE_CHARS } from '../invisible.js';
import { compileRuleSet } from './ruleSet.js';

/**
 * Text normalisation shared by indexing and querying: the same function sees the knowledge base
 * and the question, so casing, punctuation, curly quotes and word forms cannot change a match.
 */

/** Unicode-normalise, drop control and zero-width characters, straighten quotes, lowercase. */
/** Printable ASCII: nothing to normalise, no invisible or typographic characters. */
const PLAIN_ASCII = /^[\x20-\x7E]*$/;

export function foldText(value: string): string {
  if (PLAIN_ASCII.test(value)) return value.toLowerCase();
  return value
    .normalize('NFKC')
    .replace(INVISIBLE_CHARS, ' ')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/**
 * "Who called who and for how long", "how long my calls lasted", "the duration of calls" describe
 * call records, not a question of duration.
 */
const CALLS_DESCRIBED =
  /\bwho\s+(?:(?:called|rang|phoned|calls|rings)\s+(?:who|whom)|(?:i|you|u|they|people|someone|we|he|she|my\s+[a-z]+|their\s+[a-z]+)\s+(?:called|rang|phoned|call|ring|calls|rings|talked\s+to|talk\s+to))(?:\s+and\s+(?:when|(?:for\s+)?how\s+long))*\b|\b(?:for\s+)?how\s+long\s+(?:my\s+|the\s+|their\s+|people\s+|peoples\s+|each\s+|someone\s+|a\s+|his\s+|her\s+|our\s+)?(?:phone\s+)?calls?\s+(?:lasted|last|lasts|went\s+on|took)\b|\bdurations?\s+of\s+(?:the\s+|my\s+|their\s+|people\s+|peoples\s+|our\s+)?(?:phone\s+)?calls\b|\bcall\s+durations?\b/g;

/** Multi-word phrases and spellings that mean one thing, rewritten before splitting into words. */
/** Security firms other than Cybereason, as a pattern. */
const SECURITY_FIRMS = String.raw`(?:crowdstrike|mandiant|fireeye|kaspersky|symantec|palo\s+alto(?:\s+networks)?|check\s*point|eset|sophos|mcafee|trend\s+micro|recorded\s+future|secureworks)`;

/** The word a question about the time after the reports becomes: no phrasing may contain it. */
export const POST_REPORT = 'postreport';

/**
 * The words phrase rules give to what the reports cannot answer (after the reports, the bot
 * itself, prices, other work, the asker, an infected device): no phrasing may contain them, and
 * an answer or excerpt that happens to ("in the spotlight lately") does not count as holding one.
 */
export const RESERVED_TERMS: ReadonlySet<string> = new Set([
  POST_REPORT,
  'botself',
  'price',
  'otherwork',
  'askerself',
  'deviceinfect',
  'jobspan',
]);

/**
 * Question words and key words of the languages members mix into their English (Spanish, German,
 * romanised Hindi, Tagalog), by the English they stand for. "X kya hai" / "X kaun hai" put the
 * question word after its subject and are rewritten as a whole.
 */
const MIXED_LANGUAGE: readonly (readonly [string, string])[] = [
  ['^\\W*(.{1,80}?)\\s+(?:kya|kia)\\s+(?:hai|he|h)\\W*$', 'what is $1'],
  ['^\\W*(.{1,80}?)\\s+(?:kaun|kon)\\s+(?:hai|he|h|tha|the)\\W*$', 'who is $1'],
  ['^\\W*(.{1,80}?)\\s+(?:ka\\s+)?matlab\\s+kya(?:\\s+(?:hai|he|h))?\\W*$', 'what does $1 mean'],
  ['qu[eé]\\s+es|was\\s+ist|ano\\s+(?:ba\\s+)?(?:yung|ang|iyong|un)', 'what is'],
  ['qu[eé]|kya|ano', 'what'],
  ['qui[eé]n(?:es)?|wer|kisne|kaun|sino\\s+(?:po|ba|ang)', 'who'],
  ['cu[aá]nt[oa]s|wie\\s+viele|kitne|kitni|ilan\\s+(?:ang|na|po|ba)', 'how many'],
  ['cu[aá]ndo|wann|kab|kailan', 'when'],
  ['por\\s+qu[eé]|para\\s+qu[eé]|warum|kyun|kyon|kyu|bakit', 'why'],
  ['welche|kaunse|kaunsi', 'which'],
  ['pa[ií]ses|l[aä]nder|desh', 'countries'],
  ['compa[nñ][ií]as\\s+telef[oó]nicas|telef[oó]nicas', 'telecoms'],
  ['datos|daten', 'data'],
  ['robaron|robad[oa]s?|robo|gestohlen|chori|ninakaw', 'stolen'],
  ['contrase[nñ]as|passw[oö]rter', 'passwords'],
  ['ataques?|angriff', 'attack'],
  ['descubri[oó]|entdeckt', 'discovered'],
  ['hackead[oa]s?|hackearon|gehackt', 'hacked'],
  ['dijo|sagte|bola|kaha', 'said'],
  ['afectad[oa]s?|betroffen|prabhavit', 'affected'],
  ['paisa|paise|dinero|geld', 'money'],
  ['ke\\s+baare\\s+(?:mein|me|main)|sobre', 'about'],
  [
    'eigentlich|wallah|ya\\s+akhi|habibi|hai|hua|hui|hue|po|ba|yung|ng|na|ang|nag|ne|el|los|las|der',
    '',
  ],
];

/**
 * "How's it going", "how are things", "what's up bot": a greeting shaped like a question, as the
 * whole message (on prepared text, where "how's" reads "how").
 */
const GREETING_LEAD = String.raw`(?<=^\W*(?:(?:hi|hey|hello|yo|ok|so|and)\W+)*)`;
const GREETING_TAIL = String.raw`(?:\W+(?:bot|man|bro|guys|everyone|all|today|mate|dude))*\W*$`;
const GREETING_SOURCE = [
  String.raw`\bhow(?:s?\s+(?:(?:is|are|r|s)\s+)?(?:it\s+(?:going|goin)|things(?:\s+(?:going|goin))?|everything|life|(?:you|u|ya|yall)(?:\s+(?:doing|doin))?|(?:your|ur)\s+day(?:\s+(?:going|goin))?)|\s+goes\s+it)`,
  String.raw`\b(?:what|whats|wat|wats)\s+(?:is\s+)?up`,
  String.raw`\b(?:wassup|whaddup)`,
]
  .map((greeting) => GREETING_LEAD + greeting + GREETING_TAIL)
  .join('|');
export const GREETING_PHRASE = new RegExp(GREETING_SOURCE);

export const PHRASES: readonly (readonly [RegExp, string])[] = [
  // A greeting shaped like a question asks nothing the reports answer.
  [new RegExp(GREETING_SOURCE, 'g'), ' botself '],
  ...MIXED_LANGUAGE.map(
    ([words, english]) =>
      [
        words.startsWith('^')
          ? new RegExp(words, 'u')
          : new RegExp(`\\b(?:${words})(?![\\p{L}\\p{N}])`, 'gu'),
        english.includes('$1') ? english : ` ${english} `,
      ] as const,
  ),
  [/\bapp?t[\s-]*(?:10|ten)\b/g, ' apt10 '],
  [/\bcyber[\s-]+reason\b/g, ' cybereason '],
  // "How much does X charge/cost" asks a price, not about criminal charges.
  [
    /\bhow\s+much\s+(?:do|does|did|would|will|is|are)\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:charge|cost|costs|pay)\b/gu,
    ' price ',
  ],
  [
    /\b(they|hackers|attackers|intruders|spies|he|china)\s+(?:actually\s+|really\s+|even\s+|just\s+)?(?:take|taking)\b/g,
    ' $1 steal ',
  ],
  // "Which articles" asks for the sources (elsewhere "the article" is padding: "does the article say…").
  [/\b(?:which|what)\s+(?:news\s+)?(?:articles|stories)\b/g, ' which sources '],
  // A person's full name is one term, so a name does not weigh twice.
  [/\b(?:lior|leor|lio)\s+dive?\b/g, ' div '],
  [/\b(?:geng|gen|gang|gung)\s+(?:shuang|shang|shwang|chuang)\b/g, ' geng '],
  // "Cybereason is based in tel aviv right?": where it is based, whatever place is checked.
  [
    /\b(?:is\s+|isnt\s+|was\s+)?cybereason\s+(?:is\s+|was\s+)?(?:based|headquartered|hq(?:\s*d)?|hqd|located|from|in)\s+(?:in\s+|out\s+of\s+)?(?!the\b|this\b|it\b)[a-z]+(?:\s+(?!right\b|or\b)[a-z]+)?(?=\W*(?:right|or|correct|yeah|\?|$))/g,
    ' where is cybereason based ',
  ],
  // "Was it crowdstrike that found this?": another security firm named as the finder asks who
  // found it (another firm's own statements stay unknown).
  [
    new RegExp(
      `\\b${SECURITY_FIRMS}\\b(?=.*\\b(?:found|find|discover\\w*|uncover\\w*|spotted|caught|detected)\\s+(?:it|this|that|softcell|soft\\s+cell|operation|the\\s+(?:hack|hacks|campaign|attack|breach|operation|hackers))\\b)|(?<=\\b(?:found|discovered|uncovered|spotted|caught|detected)\\s+(?:it|this|that|softcell|soft\\s+cell)\\b.*)\\b${SECURITY_FIRMS}\\b`,
      'g',
    ),
    ' which security firm ',
  ],
  // "Div is the CTO?", "is div the ceo or cto", "was geng the foreign minister": checking a named
  // person's job asks their role, which the entry about them gives.
  [
    /\b(?:(div|geng)\s+(?:is|was)|(?:is|was)\s+(div|geng))\s+(?:the\s+|a\s+|an\s+)?(?:(?:chinese|foreign|foreignministry|cybereason|cybereasons|company|government|govt)\s+){0,2}(?:cto|cfo|coo|cio|ciso|ceo|president|chairman|founder|cofounder|co-founder|head|director|minister|ambassador|spokesman|spokesperson|diplomat|official|politician|guy)(?:\s+or\s+(?:the\s+)?(?:cto|cfo|coo|ceo|president|founder|minister|spokesman))?\b/g,
    ' what is $1$2 role ',
  ],
  [/\b(?:operation\s+)?soft[\s-]*(?:cell|sell|cel|shell)\b/g, ' softcell '],
  // "Is soft cell the china telco hack?", "soft cell = the telecom spying thing?": checking what
  // Soft Cell is.
  [
    /^\W*(?:(?:so|ok|okay|wait)\W+)*(?:is\s+)?softcell\s*(?:=|is|means|refers\s+to)?\s+(?:the|that|this)\s+(?=(?:\S+\s+){0,4}(?:hack|thing|story|attack|campaign|breach|spying|one)\b)/g,
    ' what is softcell ',
  ],
  // A half-remembered name: "soft something", "soft whatever", "soft…".
  [
    /\b(?:operation\s+)?soft[\s-]*(?:something|somethin|smth|sth|whatever|thing|\.{2,}|…)(?=\W|$)/g,
    ' softcell ',
  ],
  // Regions are places as countries are: "was anyone in north america / the middle east hit".
  [/\b(?:north|south|latin|central)\s+americ(?:a|an|ans)\b|\blatam\b/g, ' americas '],
  [/\bmiddle\s+east(?:ern)?\b|\bmideast\b/g, ' mideast '],
  [
    /\b(?:south\s*east|east|south|central)\s+asia(?:n)?\b|\bapac\b|\basian\b(?=\s+(?:countries|country|nations|carriers|telcos|telecoms|operators|networks|companies|firms|providers|victims|targets|ones)\b)/g,
    ' asia ',
  ],
  [/\b(?:u\.s\.a?\.?|usa|united\s+states|america|american|americans)(?=\W|$)/g, ' usa '],
  // Lower-case "us" is the country only where nothing else fits: "the us", "us companies", "us-china".
  [/\bthe\s+us\b(?!\s+(?:to|a|an|the|about|know|if|what|how|why|when)\b)/g, ' usa '],
  [
    /\bus(?=[\s-]+(?:companies|company|firms?|government|govt|gov|officials?|intelligence|prosecutors?|agencies|carriers?|telcos?|china|chinese|blacklists?|bans?|trade|tech|based)\b)/g,
    ' usa ',
  ],
  [/\bnation[\s-]*states?\b/g, ' nationstate '],
  [/\bstate[\s-]+(?:sponsored|backed|actors?|hackers?)\b/g, ' nationstate '],
  [/\bactive[\s-]*directory\b/g, ' activedirectory '],
  [/\bcall[\s-]+detail[\s-]+records?\b|\bcdrs?\b/g, ' cdr '],
  [/\bshadow[\s-]+it\b/g, ' shadowit shadow '],
  // "Their own IT department" is the shadow IT department Div describes.
  [/\bown\s+it\s+(?=(?:department|dept|team|staff|function|shop|crew)s?\b)/g, ' own shadowit '],
  [/\bchief\s+executive(?:\s+officer)?\b/g, ' ceo '],
  [/\bgeo[\s-]+locations?\b/g, ' geolocation '],
  [/\bpro[\s-]+active\b/g, ' proactive '],
  [/\btrade[\s-]+war\b/g, ' tradewar '],
  // "Since when were they hacking" asks when they started.
  // ("since when have they been inside" asks how long; "tracking since when" how long they watched).
  [
    /(?<!\b(?:tracking|watching|monitoring|following|tracked|watched|monitored)\s+)\bsince\s+(?:when|what\s+year)\b(?!\s+(?:has|have|had|is)\b)/g,
    ' when started ',
  ],
  // Chinese carriers are companies with names of their own, not China and telecoms.
  // ("The china telecom hacking story" is the Chinese hacking of telecoms.)
  [
    /\bchina[\s-]+(telecom|mobile|unicom)\b(?!\s+(?:hack|hacks|hacking|hacked|story|breach|thing|attack|attacks|spying|campaign|espionage|intrusion|operation|scandal|saga|news)\b)/g,
    ' china$1 ',
  ],
  [/\b(?:intelligence|intel)\s+community\b/g, ' intelcommunity '],
  [/\bforeign\s+(?:ministr(?:y|ies)|office)\b/g, ' foreignministry '],
  // A press briefing is where a statement is made, not a briefing of the authorities.
  [/\bpress\s+(?:briefings?|conferences?)\b/g, ' pressbriefing '],
  // "Pushed back on the claims" contests them; it does not push anyone out.
  [/\bpush(?:ed|es|ing)?\s+back\s+(?:on|against)\b/g, ' contested '],
  [/\bcyber[\s-]+(attack|attacks|heist|attackers?|security|espionage)\b/g, ' $1 '],
  // Gamer slang and voice dictation: "got owned" is hacked, "yoinked" stolen, "clap back" a
  // response, "after the bag" after money, "no cap" padding; "a p t ten" is APT10, "b g r" is BGR,
  // "weather" after "wondering" is whether.
  [/\b(get|got|getting|gets|been|being)\s+(?:owned|pwned)\b/g, ' $1 hacked '],
  [/\byoink(?:ed|ing|s)?\b/g, ' stole '],
  [/\bclap(?:ped|s|ping)?\s+back\b/g, ' respond '],
  [/\bafter\s+the\s+(?:bag|bread|money)\b/g, ' after money '],
  [/\bno\s+cap\b|\bfr\s+fr\b/g, ' '],
  [/\ba\s+p\s*t\s*(?:10|ten)\b|\bapt\s+ten\b/g, ' apt10 '],
  [/\bb[\s.]+g[\s.]+r\b/g, ' bgr '],
  [/\b(wondering|wonder|wondered|know|asking|ask|unsure|sure|or)\s+weather\b/g, ' $1 whether '],
  // The head or owner of a news outlet ("the ceo of bloomberg") is no one the reports name.
  [
    /\b(?:ceo|boss|owner|owners|founder|founders|editor|president|chairman)\s+(?:of|at)\s+(?:bloomberg|bgr|reuters)\b|\b(?:bloomberg|bgr|reuters)\s+(?:ceo|boss|owner|owners|founder|founders|editor|president|chairman)\b|\b(?:runs|run|running|founded|leads|heads|behind)\s+(?:the\s+)?(?:bloomberg|bgr|reuters)\b(?!\s+(?:article|piece|story|report|writeup|write-up|coverage))/g,
    ' mediaowner ',
  ],
  // "Who owns bgr" asks for an owner, not about owning a network.
  [/\b(?:who|what\s+company|which\s+company)\s+owns\b/g, ' who owner '],
  [/\ball\s+together\b|\baltogether\b/g, ' total '],
  [/\b(?:take|takes|took|taken|taking)\s+place\b/g, ' happened '],
  // Feed shorthand: thread numbering ("1/ who did it"), "q:", hashtags run together
  // ("#cyberespionage"), the kill chain (the attack's stages); "as usual" and "correct me if I'm
  // wrong" frame the question.
  [/(?:^|\s)\d{1,2}\/(?=\s|$)|\b(?:first\s+)?q:/g, ' '],
  [
    /\bcyber(espionage|attacks?|attackers?|heist|crime|criminals?|crooks?|thie(?:f|ves)|gangs?)\b/g,
    ' $1 ',
  ],
  [/\bkill[\s-]*chain\b/g, ' stages '],
  [/\bas\s+usual\b|\bcorrect\s+me\s+if\s+(?:i\s+am|im|i)\s+wrong\b/g, ' '],
  // "What's your job" asks about the bot; "what is my role" about the asker: neither is in the reports.
  [/\b(?:your|ur)\s+(?:job|role|purpose|function)\b/g, ' botself '],
  [/\bmy\s+(?:job|role|purpose)\b/g, ' askerself '],
  // "Which country did this" asks who did it; "kick off" is starting; "at risk" is being affected.
  [
    /\bwhich\s+(?:country|nation|government)\b(?=.*\b(?:did\s+(?:it|this|that)|behind|responsible|carried\s+out)\b)/g,
    ' which country responsible ',
  ],
  [/\bkick(?:ed|s|ing)?\s+off\b/g, ' started '],
  [/\bat\s+risk\b/g, ' affected '],
  // Someone's successor, or a writer's or firm's other work, is outside the two reports.
  [/\b(?:replaced|succeeded|successor|successors|replacement)\b/g, ` ${POST_REPORT} `],
  // A phone or computer that is infected ("how do i know if my phone has spyware") is the
  // device's own security, which the reports (about carriers' networks) do not cover.
  [
    /\b(?:phone|iphone|android|device|laptop|computer|pc)\s+(?:(?:is|was|has\s+been|got|gets|been)\s+(?:hacked|infected|compromised|bugged|jailbroken)|(?:has|have|got)\s+(?:a\s+|any\s+)?(?:spyware|malware|virus|viruses|stalkerware|pegasus))\b/g,
    ' deviceinfection ',
  ],
  // What came of a case ("were they sentenced", "extradited", "in prison") came after the reports,
  // which know only the charges; so did any sanction "over soft cell".
  [
    /\bwhat\s+sentences?\b|\b(?:get|got|given|receive|received)\s+(?:a\s+|any\s+)?(?:prison\s+)?sentences?\b|\bafter\s+the\s+(?:reports?|research|articles?|story|stories)\b|\bwho\s+won\b/g,
    ` ${POST_REPORT} `,
  ],
  [
    /\b(?:sentenced|sentencing|extradited|extradite|extradition|prison|jail|jailed|imprisoned|convicted|conviction|verdict|acquitted|trial)\b/g,
    ` ${POST_REPORT} `,
  ],
  [
    /\b(?:sanction|sanctions|sanctioned|sanctioning|punish|punished|punishing|retaliate|retaliated|retaliation)\b(?=.*\b(?:over|for|because\s+of|in\s+response\s+to|after)\s+(?:the\s+)?(?:softcell|this|that|the\s+hack|it)\b)/g,
    ` ${POST_REPORT} `,
  ],
  [
    /\bwhat\s+else\s+(?:(?:has|have|did)\s+)?\S+(?:\s+\S+)?\s+(?:written|write|wrote|published|publish|reported)\b|\b(?:what\s+)?other\s+(?:articles|reports|stories|pieces|research|work)\b(?!\s+(?:say|said|says))/g,
    ' otherwork ',
  ],
  // How long someone has held a job or a company has existed ("how long has div been ceo", "how
  // long has cybereason been around") is not in the reports; how long the hackers have been in is.
  [
    /\bhow\s+long\s+(?:has|have|had)\s+(?!(?:they|them|it|this|the\s+(?:hackers|attackers|group|hack|attack|campaign|breach)|hackers|attackers|apt10|softcell)\b)(?:\S+\s+){1,3}?been\s+(?:at|with|ceo|the\s+ceo|a\s+ceo|spokesman|the\s+spokesman|a\s+spokesman|spokesperson|running|working|in\s+charge|in\s+office|in\s+business|around|employed|reporting|writing|a\s+reporter|a\s+journalist|the\s+boss)\b/g,
    ' jobspan ',
  ],
  // "Div has worked there 5 years right?", "who took over as ceo": someone's career, which the
  // reports do not follow.
  [
    /\b(?:has|have|had)\s+(?:worked|been)\s+(?:there|at\s+\S+|with\s+\S+|for\s+\S+)\s+(?:for\s+)?(?:\d+|a\s+few|a\s+couple|many|several|some|two|three|four|five|ten)\s+(?:years?|yrs?|months?)\b|\btook\s+over\s+(?=as\b)/g,
    ' jobspan ',
  ],
  // "Going off of" is basing on; "or whoever" pads.
  [/\bgoing\s+off(?:\s+of)?\b/g, ' based on '],
  [/\bor\s+whoever\b/g, ' '],
  // "Who is doing this hack" asks who did it.
  [/\bwho\s+(?:is|was|are|were)\s+doing\b/g, ' who did '],
  // "Since what year" asks since when.
  [/\bsince\s+(?:what|which)\s+(?:year|date|month)\b/g, ' since when '],
  // "Deny doing it" denies it: "doing" before a pronoun carries nothing.
  [/\bdoing\s+(?=(?:it|this|that)\b)/g, ' '],
  [/\b(?:fastest|super)[\s-]*computers?\b/g, ' supercomputer '],
  [/\bentity\s+list\b/g, ' blacklist '],
  [
    /\b(?:phone|cell|cellphone|mobile|wireless|telephone|telecom|telecommunications?|network)\s+(?:cos?|companies|company|firms?|carriers?|operators?|providers?|networks?)\b/g,
    ' telecom ',
  ],
  [
    /\bstill\s+(?:going(?:\s+on)?|happening|active|running|on|a\s+thing|at\s+it)\b|\b(?:is|was|are)\s+(?:it|this|that|softcell|soft\s+cell|the\s+(?:attack|hack|hacking|campaign|operation|breach|spying))\s+(?:all\s+)?(?:over|finished)\b(?!\s+(?:a|an|the|\d+)\b)|\b(?:attack|hack|hacking|campaign|operation|breach|spying)\s+(?:is|was)\s+(?:over|finished)\b/g,
    ' ongoing ',
  ],
  // "Walk me through" asks for an explanation; "how it went down" asks how it happened.
  [/\bwalk\s+(?:me|us|u)\s+(?:through|thru)\b/g, ' explain '],
  [/\b(?:go|goes|went|gone|going)\s+down\b(?!\s+(?:to|in|on|the)\b)/g, ' happened '],
  // Judging skill: "amateur hour" is amateurs, "high-end / top-tier work" is sophistication.
  [/\bamateur\s+hour\b/g, ' amateur '],
  [
    /\b(?:high[\s-]+end|top[\s-]+tier|high[\s-]+level)\b(?!\s+(?:us|usa|officials?|intelligence|people|sources?)\b)/g,
    ' sophisticated ',
  ],
  // "Put out a statement" is a statement; "per BGR" names a source as "in BGR" does.
  [
    /\b(?:put|puts|putting|issue|issued|issues|make|made|makes)\s+(?:out\s+)?(?:(?:a|an|any|some)\s+)?(?:public\s+|official\s+)?(?:statement|comment)s?\b/g,
    ' statement ',
  ],
  [
    /\bper\s+(?=(?:the\s+)?(?:bgr|bloomberg|reuters|cybereason|div|articles?|reports?|research)\b)/g,
    ' in ',
  ],
  // "China again?", "so its the chinese again?" ask whether it was China (this time too), not
  // about earlier accusations ("is china at it again" does).
  [
    /^\W*(?:(?:so|ok|okay|wait|lol|and)\s+)*(?:(?:was|is)\s+it\s+|its\s+|it\s+is\s+|it\s+was\s+)?(?:the\s+)?(china|chinese|beijing|apt10)(?:\s+(?:hackers|government|govt|state))?\s+again\b/g,
    ' was it $1 ',
  ],
  // A trailing "or whatever" leaves the question as it was, as does a closing "or what", "or
  // nah", "or something" ("is this from bloomberg or what"); dragnet is mass surveillance.
  [/\bor\s+whatever\b/g, ' '],
  [/\s+or\s+(?:what|wat|nah|naw|not|no|something|smth|sth)(?=\W*$)/g, ' '],
  [/\bdragnet\b/g, ' mass '],
  // "Reuters' angle", "what did reuters contribute", "reuters reports what" ask what Reuters
  // reported (its apostrophe is gone by now).
  [
    /\breuters\s+(?:s\s+)?(?:angle|role|contribution|side)\b|\b(?:angle|role|contribution)\s+(?:of|from|for|did)\s+reuters\b|\breuters\s+(?:contribute|contributed|add|added|bring|brought)\b|\breuters\s+reports?\W+reports?\s+what\b/g,
    ' reuters report ',
  ],
  // A skeptic's word for a claim ("propaganda", "made up", "cap") doubts it: is it only speculation?
  [
    /\b(?:propaganda|fake\s+news|hoax|made\s+up|bs|bullshit|cap|fud|conspiracy\s+theory|smear|smear\s+campaign)\b/g,
    ' speculation ',
  ],
  // "The most important / headline / top-line findings", "takeaways" are the main findings.
  [
    /\b(?:most\s+important|main|top|biggest|headline|major|top[\s-]*line|big|key)\s+(?:findings?|take[\s-]?aways?|points?|conclusions?)\b/g,
    ' main findings ',
  ],
  [/\btake[\s-]?aways?\b/g, ' findings '],
  // "For someone outside infosec", "for a non-expert": who the answer is for, not what it is about.
  [
    /\bfor\s+(?:someone|somebody|people|a\s+person|folks|those|us|me|a\s+newbie|a\s+beginner)\s+(?:who\s+(?:is|are|am)\s+)?(?:outside|not\s+in|new\s+to|outside\s+of|unfamiliar\s+with)\s+(?:infosec|security|tech|it|cyber|cybersecurity|the\s+(?:field|industry|business))\b/g,
    ' ',
  ],
  // "Pulling from" a source is using it; "sniffed out" is found; "$$" is money.
  [/\b(?:pull|pulls|pulling|pulled)\s+from\b/g, ' use '],
  [
    /\b(?:sniff|sniffs|sniffed|sniffing|dig|digs|dug|digging|suss|sussed|ferret|ferreted|figure|figured|figuring)\s+(?:(?:this|it|that|them)\s+)?out\b/g,
    ' found ',
  ],
  [/\$+(?!\s*\d)/g, ' money '],
  // "The global telecom hack" names the story (the Bloomberg headline's "Global Hack of 10
  // Telcos"); "was it a global hack" still asks how far it reached.
  [
    /\b(the|this|that)\s+global\s+(?=(?:telecom\s+|telco\s+|phone\s+|cell\s+|mobile\s+|carrier\s+)?(?:hack|hacks|breach|attack|hacking|espionage)\b)/g,
    '$1 ',
  ],
  // "Talk to bloomberg in person / face to face / over the phone" asks about an interview.
  [
    /\b(?:talk|talked|speak|spoke|meet|met)\s+(?:to|with)\s+(\w+)\s+(?:in\s+person|face\s+to\s+face|over\s+the\s+phone|by\s+phone|on\s+the\s+phone)\b/g,
    ' interviewed $1 in person ',
  ],
  // "Whose research" asks who published it; "never heard of it" asks what it is; "what were they
  // trying to accomplish" asks their goal.
  [/\bwhose\s+(research|report|study|work|findings|paper)\b/g, ' who published the $1 '],
  [
    /\b(?:(?:i|ive|i\s+have|i\s+had)\s+)?never\s+heard\s+of\s+(?:it|this|that|them|this\s+thing|these\s+guys|that\s+group|this\s+group)(?:\s+(?:before|until\s+now|till\s+now|until\s+today|till\s+today))?(?=\s*$|\s*[^\w\s]|\s+(?:before|till|until|lol|tbh|honestly|at\s+all)\b)/g,
    ' what is it ',
  ],
  [/\btrying\s+to\s+(?:accomplish|get\s+at|gain|pull\s+off)\b/g, ' trying to achieve '],
  // "How long did they go unnoticed" asks how long they were in; "how the attack went (down)"
  // asks how it worked.
  [
    /\bhow\s+long\s+(?:did|were|have|had)\s+(?:they|the\s+hackers|the\s+attackers|hackers|attackers)\s+(?:go|gone|been|stay|stayed|remain|remained|went)\s+(?:unnoticed|undetected|hidden|unseen)\b/g,
    ' how long were they inside ',
  ],
  [
    /\bhow\s+(?:the|this|that)\s+(?:attack|hack|breach|operation|intrusion)\s+(?:went(?:\s+down)?|played\s+out|unfolded|was\s+(?:done|carried\s+out|pulled\s+off))\b/g,
    ' how the hack worked ',
  ],
  // Counts said in words are numbers ("three hackers").
  [/\bthree\b/g, ' 3 '],
  [/\bfour\b/g, ' 4 '],
  [/\bsix\b/g, ' 6 '],
  [/\beight\b/g, ' 8 '],
  [/\bnine\b/g, ' 9 '],
  [/\btwenty\b/g, ' 20 '],
  [/\bthirty\b/g, ' 30 '],
  [/\bforty\b/g, ' 40 '],
  [/\bfifty\b/g, ' 50 '],
  // "Country wise", "data-wise": in terms of that.
  [/\b([a-z]+)[\s-]+wise\b/g, ' $1 '],
  // "Is soft cell a virus or an operation?", "is apt10 a company or a government" ask what it is.
  [
    /^\W*(?:(?:wait|so|ok|okay|but|and|hmm|um)\W+)*(?:is|was)\s+(softcell|apt10)\s+(?:a|an|one|like\s+a|some\s+kind\s+of|a\s+kind\s+of|some\s+sort\s+of|just\s+a)\s+[^?.!]*?\bor\b[^?.!]*/g,
    'what is $1 ',
  ],
  // British, Australian and internet English: "clock them" is spot them, "on their trail" is
  // tracking them, "for good" is permanently, "some other lot" is
  // another group, "in the crosshairs" is targeted, "copping the blame" is being blamed,
  // "Written by anyone in particular" asks for an author, not about chosen targets.
  [/\bby\s+(anyone|anybody|someone|somebody)\s+in\s+particular\b/g, ' by $1 '],
  // "lior div is who again", "cybereason is what now": the question word last, chat style.
  [
    /^\W*(?:(?:so|ok|okay|and|but|wait|sorry)\W+)*((?:[a-z0-9']+\s+){0,3}?[a-z0-9']+)\s+(?:is|are|was|were)\s+(who|what)(?:\s+(?:again|now|exactly|then|even))?(?:\W+(?:like\s+)?(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?)?\W*$/g,
    ' $2 is $1 ',
  ],
  // "whodunnit" is who did it, "hush hush" is secret, "the gist" is the main findings.
  [/\bclock(?:ed|ing|s)?\s+(?=them\b|it\b|the\s+hackers\b|the\s+attackers\b)/g, ' spotted '],
  [/\bon\s+(?:their|the|his|its)\s+(?:trail|tail)\b/g, ' tracking them '],
  [/\bfor\s+good\b/g, ' permanently '],
  [/\bother\s+(?:lot|mob|bunch|outfit)\b/g, ' other group '],
  [/\bin\s+(?:the|their)\s+(?:crosshairs|sights)\b/g, ' targeted '],
  [/\bcop(?:ping|ped|s)?\s+(?:the\s+)?blame\b/g, ' blamed '],
  [/\bwhodun+it\b/g, ' who did it '],
  [/\bhush[\s-]+hush\b/g, ' secret '],
  [/\b(?:the\s+)?gist\b/g, ' main findings '],
  [/\bheaps\s+of\b/g, ' a lot of '],
  [/\b(?:dig|digs|dug|digging)\s+up\b/g, ' found '],
  [/\b(div|geng)\s+(?:bloke|chap|lad|fella|fellow|geezer|character)\b/g, ' $1 '],
  [/\bhigh[\s-]+end\b/g, ' sophisticated '],
  [/\b(?:infosec|security|cyber|cybersecurity)\s+(?:outfit|shop|mob)\b/g, ' security firm '],
  // "The boston firm", "the israeli company" name Cybereason (only "the": "is it an israeli
  // company" asks about it).
  [
    /\bthe\s+(?:boston|israeli)(?:[\s-]+based)?\s+(?:(?:security|cybersecurity|cyber|research|infosec)\s+)?(?:firm|company|outfit|startup|vendor|researchers|one)\b/g,
    ' cybereason ',
  ],
  // "The company that found this / did the research" is Cybereason (unless the question asks
  // which company that is: "who is the company that found it").
  [
    /(?<!\b(?:(?:who|which|what|whos|whats)\s+(?:is\s+|was\s+|are\s+|were\s+)?|name\s+|named\s+))\bthe\s+(?:(?:security|research|cyber|cybersecurity|infosec)\s+)?(?:company|firm|outfit|vendor|researchers|people|guys)\s+(?:that|who|which)\s+(?:found|discovered|uncovered|spotted|caught|did|wrote|published|released)\s+(?:this|it|that|all\s+this|the\s+(?:hack|hacks|attack|attacks|research|report|breach|campaign))\b(?!\W*(?:who|which|what|whats|whos|name)\b)/g,
    ' cybereason ',
  ],
  // Taking over a network is controlling it, not stealing; what "walked out the door" was stolen.
  [/\b(?:take|takes|took|taken|taking)\s+over\b/g, ' control '],
  [/\b(?:walk|walks|walked|walking)\s+out\s+(?:of\s+)?the\s+door\b/g, ' stolen '],
  // What was in "the haul" was stolen.
  [/\b(?:in|of|part\s+of)\s+(?:the|their)\s+haul\b/g, ' stolen '],
  // "Wtf did they grab" asks what they grabbed.
  [/\b(?:wtf|wth|wat|wut)\s+(?=(?:did|do|does|is|are|was|were|has|have)\b)/g, 'what '],
  // "What did they get, like phone numbers, call logs??": the examples guess at the answer, the
  // question asks for all of it.
  [
    /\b(what\s+(?:did|do|have|has)\s+(?:they|the\s+hackers|the\s+attackers|hackers|attackers|the\s+group)\s+(?:get|got|take|took|taken|steal|stole|stolen|grab|grabbed|nab|nabbed|swipe|swiped)|what\s+(?:exactly\s+)?(?:got|was|were|has\s+been|have\s+been)\s+(?:exactly\s+)?(?:taken|stolen|grabbed|nabbed|swiped))\s*[,;:-]?\s+(?:like|just|only|e\.?g\.?|such\s+as|for\s+example|for\s+instance)\b[^.!]*/g,
    '$1 ',
  ],
  // What the hackers "got" or "grabbed" is what they stole ("what did the hackers get").
  [
    /\bwhat\s+((?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+|kinda\s+|sorta\s+)?(?:info|information|data|stuff|details|records)\s+)?(did|do|have|has)\s+(they|the\s+hackers|hackers|the\s+attackers|attackers|the\s+group|apt10)\s+(?:get|got|grab|grabbed|nab|nabbed)\b(?!\s+(?:in|into|to|on|onto|out|away|up|access|caught|found|inside|through)\b)/g,
    ' what $1 $2 $3 steal ',
  ],
  // "Called out" is accused; "more these days" is increasingly (not a question about today).
  [/\b(?:called|calling|call)\s+out\b/g, ' accused '],
  [/\bmore\s+(?:and\s+more\s+)?(?:these\s+days|nowadays|lately|recently)\b/g, ' increasingly '],
  // "Get booted" is being removed; "dodge detection" is avoiding it; "over a dozen" is more than
  // a dozen.
  [/\b(?:get|gets|got|getting)\s+booted\b/g, ' removed '],
  [
    /\b(?:dodge|dodges|dodged|dodging|evade|evades|evaded|evading|duck|ducked|ducking)\s+(?=detection\b|being\s+(?:detected|caught|discovered)\b)/g,
    ' avoid ',
  ],
  [/\bover\s+(?=(?:a\s+)?dozen\b)/g, ' more than '],
  // "Kindly tell who…" is a polite request, not a question about telling anyone.
  [
    /\b(?:kindly|pls|please|plz)\s+tell\b(?!\s+(?:them|the\s+(?:carriers|telcos|victims|companies)))/g,
    ' ',
  ],
  // The people "behind cybereason" run it, and those "behind the bloomberg article" wrote it;
  // neither are culprits.
  [/\bbehind\s+(?=cybereason\b)/g, ' running '],
  [
    /\bbehind\s+(?=(?:the\s+|this\s+|that\s+)?(?:(?:bloomberg|bgr|reuters)(?:'s|s)?\s+)?(?:article|articles|piece|story|writeup|write-up)\b)/g,
    ' wrote ',
  ],
  // So is "tell how many …", "tell us which …" opening a message.
  [
    /^\W*(?:(?:ok|okay|so|but|and|hey|also|um)\W+)*tell\s+(?:me\s+|us\s+)?(?=(?:how|what|who|why|when|where|which|whether|if)\b)/g,
    ' ',
  ],
  // "How come" asks why; "catch me up", "fill me in" ask for the summary; "flat out" only stresses.
  [/\bhow\s+come\b/g, ' why '],
  [/\bwhose\s+fault\b/g, ' who is to blame '],
  [/\b(?:(?:catch|caught)\s+(?:me|us)\s+up|fill\s+(?:me|us)\s+in)\s+(?:on|about|with)\b/g, ' '],
  [/\b(?:catch|caught)\s+(?:me|us)\s+up\b|\bfill\s+(?:me|us)\s+in\b/g, ' main findings '],
  [/\bflat(?:ly)?(?:\s+out)?\s+(?=(?:denied|deny|denies|denying|refused|rejected)\b)/g, ' '],
  // "Should I be worried about my phone" asks whether the asker was affected.
  [
    /\b(?:should|do|must)\s+(?:i|we)\s+(?:be\s+|need\s+to\s+be\s+)?(?:worried|concerned|scared|afraid|worry|panic|freak\s+out)\s+(?:about|for)\s+(?:my|our)\s+(?:own\s+)?(?:phone|mobile|cell|data|number|calls|carrier|sim)\b/g,
    ' was my carrier affected ',
  ],
  // "What did X think of it" asks how X reacted.
  [
    /\bwhat\s+(?:did|do|does)\s+((?:the\s+)?[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)?)\s+(?:think|make)\s+(?:of|about)\s+(?:it|this|that|the\s+(?:findings|report|research|news|hack|claims?))\b/gu,
    ' how did $1 react ',
  ],
  // "Reach out to" is contacting; "put out" a report is publishing it; "who all" is who.
  [/\b(?:put|puts|putting)\s+out\b/g, ' published '],
  [/\bwho\s+all\b/g, ' who '],
  // "The ceo said 5 years right?": who said a figure being checked only frames it.
  [
    /^\W*(?:(?:so|ok|okay|wait|but)\W+)*(?:the\s+)?(?:ceo|div|cybereason|bloomberg|bgr|article|report|articles|reports)\s+(?:said|says|say|claimed|claims|mentioned|wrote)\s+(?:(?:like|about|it\s+was|its|it\s+s)\s+)?(?=(?:\d+|a\s+few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b)/g,
    ' ',
  ],
  // "Wasn't it apt28 they blamed?", "it was apt41 wasnt it": checking another group as the culprit
  // asks which group is named (what else another group did stays unknown).
  [
    /^\W*(?:(?:so|ok|okay|wait|but|and)\W+)*(?:(?:was|wasnt|isnt|is)\s+it|it\s+(?:was|is)|did|was)\s+apt\s*-?\s*(?!10\b)\d+(?:\s+(?:they\s+blamed|that\s+(?:did\s+it|was\s+blamed|they\s+blamed)|who\s+did\s+it|behind\s+it|do\s+it|did\s+it|responsible|wasnt\s+it|isnt\s+it|right))*\W*$/g,
    ' was it apt10 ',
  ],
  // "Who write the bgr piece": the present tense of a finished article, as a learner puts it.
  [/\bwho\s+(?:write|writes)\s+(?=(?:the|this|that)\s+)/g, ' who wrote '],
  // "Did beijing order it" asks who is behind it.
  [
    /\b(?:order|ordered|orders|commission|commissioned|authorize|authorized|authorise|authorised|greenlight|greenlit)\s+(?:it|this|that|the\s+(?:hack|hacks|hacking|attack|attacks|operation|campaign))\b/g,
    ' behind it ',
  ],
  // "What did the cybereason blog post say was taken" asks what was taken.
  [
    /\b(what|how\s+many|how\s+much|who|when|which)\s+(?:did|does|do)\s+(?:the\s+)?(?:(?:cybereason|cybereasons|bgr|bloomberg|original)\s+)?(?:blog\s+post|blog|report|research|post|article|writeup|piece|story)s?\s+(?:say|says|said|claim|claims)\s+(?=(?:was|were|is|are|got|they|it|china)\b)/g,
    ' $1 ',
  ],
  // "Is it apt10 who did this" checks a culprit as "was it apt10" does; "what companies were
  // targeted" asks which ones.
  [
    /\bis\s+it\s+((?!the\b|a\b)\S+(?:\s+\S+)?)\s+(?:who|that|which)\s+(?:did|done|hacked|was\s+behind|is\s+behind)(?:\s+(?:it|this|that|the\s+hack))?\b/g,
    ' was it $1 behind it ',
  ],
  [
    /\bwhat\s+(?:(?:are|were)\s+the\s+)?(?=(?:companies|carriers|telcos|telecoms|operators|networks|firms|providers)\s+(?:(?:that|which|who)\s+)?(?:were|got|have\s+been|had\s+been)\s+(?:targeted|hit|hacked|breached|attacked|affected|compromised)\b)/g,
    ' which ',
  ],
  // "How did they get inside" asks how they got in, not how long they were inside.
  [/\b(get|got|getting|gets|gotten)\s+inside\b/g, ' $1 into '],
  // "By the time the report came out" is as of the report.
  [
    /\b(?:by\s+the\s+time|(?<!^\W*(?:(?:so|ok|okay|and|but)\W+)?)when|at\s+the\s+time|before)\s+(?:the\s+)?(?:reports?|research|articles?|stor(?:y|ies)|news|it)\s+(?:came\s+out|was\s+published|were\s+published|was\s+released|dropped|went\s+out|was\s+reported)\b/g,
    ' at the time of the report ',
  ],
  // "China says they didn't do it" is a denial.
  [
    /\b(china|beijing|chinese(?:\s+(?:govt|government|officials))?|(?:the\s+)?foreign\s+ministry)\s+(?:is\s+|are\s+|has\s+|have\s+|keeps?\s+)?(?:just\s+|only\s+|still\s+)?(?:say|says|said|saying|claim|claims|claimed|claiming)\s+(?:that\s+)?(?:(?:they|it|china|beijing|we)\s+(?:did\s+not|didnt|wasnt|was\s+not|had\s+nothing|have\s+nothing|has\s+nothing)|(?:it|its)\s+(?:(?:is|was)\s+)?not\s+(?:them|us|china|it)|(?:it\s+)?(?:isnt|wasnt)\s+(?:them|us|china)|no(?=\W*$))\b/g,
    ' $1 denied ',
  ],
  [/\breach(?:ed|es|ing)?\s+out(?:\s+to)?\b/g, ' contacted '],
  // "Who did cybereason report it to" asks who was told (not who reported on it).
  [
    /\breport(?:ed|s|ing)?\s+(?:it|this|that|them|the\s+(?:hack|hacks|attack|attacks|breach|findings|campaign))\s+to\b(?!\s+(?:the\s+)?(?:press|media|public|news)\b)|\b(?:was|were)\s+(?:it|this|that|they)\s+reported\s+to\b/g,
    ' notified ',
  ],
  // "Go to the feds with this" is briefing them.
  [
    /\b(?:go|goes|went|going|gone|take|took|taken|bring|brought|run|ran)\s+(?:it\s+|this\s+|that\s+)?to\s+(?=(?:the\s+)?(?:feds|fbi|cia|nsa|mi5|mi6|gchq|mossad|govt|gov|government|governments|authorities|police|cops|spooks|intelligence|intel|agencies)\b)/g,
    ' briefed ',
  ],
  // "The end goal" is the goal; "1 of the countries" is one of them.
  [/\b(?:end|ultimate|final)\s+(?:goal|aim|objective)s?\b|\bend\s*game\b/g, ' goal '],
  [/\b1\s+of\b/g, ' one of '],
  // "One of the countries" is among them, as a victim.
  [/\bone\s+of\s+(?:the\s+)?(countries|nations)\b/g, ' among the $1 '],
  // "Who the heck is", "what on earth": the oath adds nothing; nor does "just woke up".
  [
    /\b(who|whos|what|whats|where|why|how|when|which)\s+(?:the|in\s+the|on)\s+(?:heck|hell|frick|earth)\b/g,
    '$1',
  ],
  [/\b(?:just\s+)?(?:woke|woken|waking)\s+up\b/g, ' '],
  // "Given a heads up" is being warned; "any word from beijing" asks what Beijing said; data that
  // "got out" was stolen.
  [
    /\b(?:given|gave|give|giving|get|got|getting|gets)\s+(?:a\s+|any\s+)?heads[\s-]?ups?\b/g,
    ' warned ',
  ],
  [/\b(?:any|a|the)\s+word\s+from\b/g, ' response from '],
  [
    /\b(data|info|information|records)\s+(?:got|gets|went|goes|leaked|slipped)\s+out\b/g,
    ' $1 stolen ',
  ],
  // Requests framed as commands: "identify lior div", "list the malware used", "I need the byline",
  // "explain to students what …".
  [
    /^\W*(?:(?:ok|okay|so|but|and|hey|also|wait|um|please|pls|plz|kindly)\W+)*(?:identify|define|give\s+me|show\s+me|find\s+me|walk\s+me\s+(?:through|thru)|i\s+need|i\s+would\s+like)\b/g,
    ' ',
  ],
  // "Like im 5", "for a ten year old", "for dummies" ask for a simple telling: no number, no age.
  [
    /\b(?:like|as\s+if)\s+(?:i\s+am|im|i\s+was|u\s+r|you\s+are|youre|talking\s+to)\s+(?:a\s+|an\s+|my\s+)?(?:(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:years?\s+old|yrs?\s+old|yo|y\/o))?|(?:little\s+)?(?:kid|child|toddler|baby|grandma|grandpa|granny|boomer|caveman|golden\s+retriever))\b|\bfor\s+(?:a\s+|an\s+)?(?:\d{1,2}|five|ten|twelve)\s*(?:years?\s+old|yrs?\s+old|yo)\b|\bfor\s+dummies\b/g,
    ' ',
  ],
  [
    /\b(?:explain|describe)\s+(?:it\s+)?to\s+(?:(?:the|my|our|a)\s+)?(?:students|class|readers|team|child|kid|kids|boss|manager|layperson|laypeople|non[\s-]?experts)\b/g,
    ' what ',
  ],
  [/\bfor\s+me\b/g, ' '],
  // "Explain how they got in", "walk me through why …": the question asked is the one that follows.
  [
    /\b(?:explain|describe)\s+(?:to\s+(?:me|us)\s+)?(?=(?:how|why|when|where|who|which|whether)\b)/g,
    ' ',
  ],
  // Asking for an explanation is asking "what".
  [
    /\b(?:explain|describe|summari[sz]e|summary|overview|tl\s*;?\s*dr|eli5|rundown|lowdown)\b/g,
    ' what ',
  ],
  [/\bwhat(?:s|\s+is)?\s+the\s+(?:story|deal)\s+(?:with|about|on)\b/g, ' what is '],
  [
    /\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:tell|explain|show)\s+(?:me|us)\b|\btell\s+me\b|\bexplain\s+to\s+me\b/g,
    ' ',
  ],
  // "Is it over": the campaign, not the trade war.
  [
    /\b(?:is|it's|its|isn't|is\s+not)\s+(?:it|this|that|the\s+(?!tradewar\b)[\p{L}]+)\s+over\b/gu,
    ' ongoing ',
  ],
  // A company that "went public" listed its shares; a report that did was published.
  [
    /\b(cybereason|huawei|bgr|bloomberg)\s+(?:go|goes|went|gone|going)\s+public\b(?!\s+(?:with|about)\b)/g,
    ' $1 ipo ',
  ],
  [/\b(?:come|came|comes|coming)\s+out\b|\bwent\s+public\b/g, ' published '],
  // Questions about the time after the articles, about the bot itself, and about pay: none of
  // these has an answer in the reports, so they become words the knowledge base does not know.
  [
    /\b(?:today|nowadays|these\s+days|currently|right\s+now|anymore|any\s+more|later\s+on|afterwards(?<!\b(?:safe|secure|fine|ok|okay|clean|protected|fixed)\s+afterwards)|after\s+that(?<!\b(?:safe|secure|fine|ok|okay|clean|protected|fixed)\s+after\s+that)|since\s+then|recently|latest|lately)\b/g,
    ` ${POST_REPORT} `,
  ],
  // "Is <someone> still the spokesman / at the company" asks about a person's life after the articles.
  [
    /\bstill\s+(?:the|an?|at|with|working|employed|ceo|chief|head|in\s+charge|in\s+office|alive|around|in\s+business)\b(?!\s+(?:thing|case|threat|risk|problem|danger|issue|concern|allegation|accusation|claim|rumou?r|theory|suspicion|guess|hypothesis|assumption|mystery)\b)/g,
    ` ${POST_REPORT} `,
  ],
  [
    /\b(?:are|r)\s+(?:you|u)\b(?!\s+(?:[\p{L}]+\s+)?(?:[\p{L}]+ing|based\s+on|use)\b)|\b(?:who|what)\s+(?:are|r)\s+(?:you|u)\b(?!\s+(?:[\p{L}]+\s+)?(?:[\p{L}]+ing|based\s+on|use)\b)|\byourself\b|\babout\s+(?:you|u)\b/gu,
    ' botself ',
  ],
  [
    /\bhow\s+much\s+(?:do|does|did|would|will)\s+(?:[\p{L}\p{N}]+\s+){0,4}?(?:make|earn|earns|get\s+paid|paid)\b|\b(?:salary|salaries|net\s+worth)\b/gu,
    ' price ',
  ],
  [/\b(?:go|goes|went|going|gone)\s+after\b/g, ' targeted '],
  [/\bbreak[\s-]*ins?\b(?!\s+(?:to|the)\b)/g, ' breach '],
  // "How much data did they get out" asks how much they stole.
  [
    /\bhow\s+much\s+((?:data|info|information|stuff|records)\s+)(?:did|do|have|has)\s+(?:they|the\s+hackers|hackers|the\s+attackers|attackers)\s+(?:get|got|take|took|pull|pulled|sneak|snuck|sneaked)\s+out\b/g,
    ' how much $1 did they steal ',
  ],
  // "What kind of info did they get out" asks what they stole.
  [
    /\b(?:what|wat|wut)\s+((?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+|kinda\s+|sorta\s+)?(?:info|information|data|stuff|details|records)\s+)(?:did|do|have|has)\s+(?:they|the\s+hackers|hackers|the\s+attackers|attackers)\s+(?:get|got|take|took|pull|pulled|sneak|snuck|sneaked)\s+out\b/g,
    ' what $1 did they steal ',
  ],
  [
    /\b(?:kick|kicked|kicking|kicks|throw|threw|chuck|chucks|chucked|chucking|toss|tossed)\s+(?:them|the\s+hackers|hackers|attackers|the\s+attackers)?\s*out\b|\b(?:get|got)\s+(?:them|the\s+hackers|hackers|attackers|the\s+attackers)\s*out\b|\b(?:get|got)\s+out\b(?!\s+of\b)|\b(?:boot|booted|booting)\s+(?:them|the\s+hackers|hackers|attackers|the\s+attackers)?\s*(?:out|off)\b|\bget\s+rid\s+of\b/g,
    ' push ',
  ],
  [/\bi\s+(?:wanna|want\s+to)\s+know\b|\bdo\s+(?:you|u)\s+know\b/g, ' '],
  // "Do we know the telcos that got hit" asks which ones; "how do we know" asks for evidence.
  [
    /(?<!\bhow\s+)\b(?:do|does)\s+(?:we|they|anyone|anybody|ppl|people)\s+know\s+(?:the|what)\b/g,
    ' which ',
  ],
  [
    /(?<!\bhow\s+)\b(?:do|does)\s+(?:we|they|anyone|anybody|ppl|people)\s+know\b(?=\s+(?:who|which|when|where|why|how|if|whether)\b)/g,
    ' ',
  ],
  // "How can carriers stop this (from happening)" asks how to prevent it, not whether the
  // hackers can be stopped once inside ("can carriers stop them").
  [
    /\b((?:how|what)\s+(?:can|could|do|does|should|would|to|must)\b(?:\s+[\p{L}]+){0,4}?\s+)stop\s+(this|it|that|these|such)\b/gu,
    '$1 prevent $2 ',
  ],
  // "What does the us think huawei is up to / says huawei does" asks what it is accused of.
  [
    /\b(?:think|thinks|say|says|claim|claims|believe|believes|allege|alleges|reckon|reckons)\s+([\p{L}\p{N}]+)\s+(?:is\s+up\s+to|is\s+doing|does|did|has\s+done)\b(?!\s+(?:it|this|that)\b)/gu,
    ' accuse $1 ',
  ],
  // "Everyone's data or only some people('s)" asks whether they targeted particular people.
  [
    /\b(?:or|vs|versus)\s+(?:only|just)\s+(?:some|certain|specific|particular|a\s+few|select)\s+(?:people|persons|individuals|users|customers|subscribers|ppl)(?:'?s)?\b/g,
    ' or specific people targeted ',
  ],
  // "Framing them", "pretending to be china" is a false flag.
  [
    /\b(?:framing|framed|frame|frames|set\s+up|setting\s+up)\s+(?:them|china|beijing|the\s+chinese)\b|\b(?:pretending|posing|masquerading)\s+(?:to\s+be|as)\s+(?:china|chinese|beijing|the\s+chinese)\b/g,
    ' false flag ',
  ],
  // "The target (data) breach" is the retailer's, not a Soft Cell target.
  [/\bthe\s+target\s+(?:data\s+)?(?:breach|hack|leak|incident)\b/g, ' targetcorp breach '],
  // "What does div say operators should do" asks what he recommends, not for a statement as such.
  [
    /\b(?:say|says|said)\s+(?:that\s+)?((?:the\s+)?[\p{L}]+)\s+(?:should|shud|shld|need\s+to|needs\s+to|must|ought\s+to|have\s+to|has\s+to)\b/gu,
    ' recommend $1 ',
  ],
  // Countries "dragged into" it were affected.
  [/\b(?:dragged|pulled|caught\s+up)\s+(?:into|in)\b/g, ' affected in '],
  // "Whats this telco hacking thing (everyone's talking about)" names the story by what it was:
  // Soft Cell.
  [
    /\bwhat(?:s|\s+is|\s+was)\s+(?:the\s+deal\s+with\s+)?(?:this|that|the)\s+(?:(?:china|chinese|global|big|whole|massive|huge)\s+)?(?:telco|telecom|telecoms|phone|phone\s+network|phone\s+company|carrier|cell|mobile)\s+(?:hacking|hack|hacks|spying|espionage|breach|breaches)\s+(?:thing|story|saga|stuff|business|scandal)\b(?:\s+(?:from|in|back\s+in)\s+(?:june\s+)?(?:of\s+)?2019\b)?/g,
    ' what is softcell ',
  ],
  // Giving someone "a heads up" is notifying them; so is "disclosure to" them.
  [
    /\b(?:give|gave|given|giving|gives)\s+((?:[\p{L}]+\s+){0,3}?)(?:a\s+)?heads[\s-]?up\b/gu,
    ' notify $1 ',
  ],
  [/\b(?:do|did|does|make|made|doing)\s+(?:a\s+|any\s+)?disclosures?\s+to\b/g, ' notify '],
  // "How much countries" is how many (English as a second language).
  [
    /\bhow\s+much\s+(?=(?:countries|carriers|telcos|telecoms|companies|operators|networks|firms|people|persons|entities|hackers|victims|customers|users|subscribers|years|months|weeks|days|records|terabytes|gigabytes)\b)/g,
    'how many ',
  ],
  // "My phone data" is the asker's own data, not the call records as a category.
  [/\b(my|our)\s+(?:phone|mobile|cell|cellphone)\s+(data|info|information|details)\b/g, ' $1 $2 '],
  // The asker's own family and friends are context, not the subject: "my kids' phone" is "my phone".
  [
    /\b(my|our)\s+(?:kids?|children|child|sons?|daughters?|mom|mum|mother|dad|father|parents?|wife|husband|family|grand(?:son|daughter|kids?|children|ma|pa|mother|father|parents?)|uncle|aunt|cousin|friends?|boss|teacher|neighbou?r)\b/g,
    ' $1 ',
  ],
  [/\bof\s+course\b/g, ' '],
  // What the asker is writing, and how long they want it, frame the question without changing it.
  [
    /\bfor\s+(?:my|our|a|the|an)\s+(?:(?:policy|news|team|school|uni|college|quick|short|weekly|daily|internal|board)\s+)?(?:piece|story|article|paper|essay|post|thread|blog|newsletter|homework|class|assignment|column|write-?up|citation|citations|works\s+cited|bibliography|references|briefing(?:\s+note)?|brief|memo|presentation|slides?|lesson|students|manager|boss|team|colleagues|coworkers|readers|audience|meeting|standup|podcast|video)\b|\b(?:in\s+|as\s+)?bullet\s+(?:style|form|format)\b|\b(?:i\s*(?:a)?m\s+)?on\s+(?:a\s+)?deadline\b|\bin\s+(?:like\s+|just\s+|only\s+)?(?:\d+|one|two|three|four|five|a\s+few|a\s+couple(?:\s+of)?|a\s+single|a)\s+(?:lines?|bullet\s+points?|bullets?|sentences?|words?|paragraphs?|para)\b/g,
    ' ',
  ],
  // The asker's own time ("on my break", "got like 5 min") and "end up" frame the question.
  [
    /\bon\s+(?:my|a|our)\s+(?:[\p{L}\p{N}]+\s+)?break\b|\b(?:i\s+)?(?:only\s+)?(?:have|got)\s+(?:like\s+|only\s+|just\s+|about\s+)?(?:\d+|a\s+few|a\s+couple|two|five|ten)\s+(?:min|mins|minutes|secs|seconds)\b/gu,
    ' ',
  ],
  [/\b(?:end|ends|ended|ending)\s+up\b/g, ' '],
  // "I missed the news" and a leading "need the …" frame the question ("need the byline for…").
  [
    /\b(?:i|we)\s+(?:totally\s+|completely\s+)?missed\s+(?:the|this|that|all\s+the)\s+(?:news|story|headlines?|announcement|thread)\b/g,
    ' ',
  ],
  [/\bneed\s+(?<=^\W*(?:(?:i|we|really|just)\s+)*need\s+)(?=(?:the|a|an|some)\b)/g, ' '],
  // "Can I state / say China did it" asks whether that is established.
  [
    /\bcan\s+(?:i|we|one)\s+(?:safely\s+|legit(?:imately)?\s+|honestly\s+|really\s+)?(?:state|say|write|claim|report|assert)\s+(?:that\s+)?/g,
    ' is it proven that ',
  ],
  // "Which part / branch of the Chinese government" asks which ministry.
  [
    /\b(?:which|what)\s+(?:part|branch|arm|wing|division|department|agency|section|bit)\s+of\s+(?:the\s+)?(?:chinese\s+|china'?s\s+|beijing'?s\s+)?(?:government|govt|gov|state|regime)\b/g,
    ' which ministry ',
  ],
  // "Which country is being accused" asks who is blamed (not which countries were hit).
  [
    /\b((?:which|what)\s+(?:country|nation|government))\s+(?:is|was|gets|got)\s+(?:being\s+)?(?:accused|suspected|implicated|fingered)\b/g,
    ' $1 is blamed ',
  ],
  // "That phone hack": the telecom hack.
  [/\bphone\s+(hack|hacks|hacking|breach|breaches|attack|attacks|spying)\b/g, ' telecom $1 '],
  // "Who do they say did it" asks who did it.
  [
    /\bwho\s+(?:do|does)\s+(?:they|people|experts|researchers)\s+(?:say|think|reckon|believe|claim|suspect)\s+(?=did\s+(?:it|this|that)\W*$)/g,
    ' who ',
  ],
  // "Still live" is still going on; "lock down" a network is protecting it; "tips" are advice.
  [/\bstill\s+live\b/g, ' still ongoing '],
  [/\block(?:ing|ed|s)?\s+down\b/g, ' protect '],
  [/\btips?\s+(?=for|on|to)\b/g, ' advice '],
  // "Walk off with" is steal.
  [/\b(?:walk|walks|walked|walking)\s+(?:off|away)\s+with\b/g, ' steal '],
  // "A slick op": a sophisticated operation.
  [
    /\b(?:slick|polished|pro|professional)\s+(?=(?:op|operation|job|attack|hack|campaign|work)\b)/g,
    ' sophisticated ',
  ],
  // "What company is Lior Div with" asks who he is.
  [
    /\b(?:what|which)\s+(?:company|firm|outfit)\s+(?:is|does)\s+((?:[\p{L}\p{N}]+\s+){0,2}[\p{L}\p{N}]+)\s+(?:with|at|from|work\s+for|run|lead)\b/gu,
    ' who is $1 ',
  ],
  // "A bunch (of)" only sizes what follows; Huawei "boxes" are its equipment.
  [/\ba\s+(?:whole\s+)?bunch(?:\s+of)?\b/g, ' '],
  [
    /\bhuawei\s+(?:boxes|box|kit|hardware|routers?|switches|base\s+stations?)\b/g,
    ' huawei equipment ',
  ],
  // "Which firm wrote the report" asks who published it, not who wrote an article.
  [
    /\b(which|what)\s+((?:security\s+|cyber\s*security\s+|research\s+)?(?:firm|company|outfit|vendor))\s+(?:wrote|authored|produced|did)\s+(?=(?:the|this|that)\s+(?:report|research|study|analysis|blog))/g,
    ' $1 $2 published ',
  ],
  // "Someone linked a soft cell article": how the asker came to the question.
  [
    /\b(?:someone|somebody|a\s+friend|a\s+mate)\s+(?:linked|posted|shared|sent|dropped)\s+(?:me\s+)?(?:a|an|the|this|some)\s+(softcell\s+)?(?:article|link|story|post|tweet|thread|piece)\b/g,
    ' $1 ',
  ],
  [
    /\b(?:someone|somebody|a\s+friend|a\s+mate)\s+(?:linked|posted|shared|dropped)\s+(?=softcell\b)/g,
    ' ',
  ],
  // "The soft cell thing everyone talks about": how the asker heard of it ("who people talk to"
  // stays the calls).
  [
    /\b(?:everyone|everybody|every1|people|ppl|folks|the\s+internet|twitter|reddit)\s+(?:is\s+|are\s+|keeps?\s+|has\s+been\s+|have\s+been\s+)?(?:talk|talks|talking|talked|chatting|buzzing|posting|going\s+on)(?:\s+about)?(?=\s+about\b|\W*$|\W*[?.!,;])/g,
    ' ',
  ],
  // "In #general" (the Discord channel) or "in general" only frames the question.
  [/\bin\s+#?\s*general\b/g, ' '],
  // "Is there any way to tell if my records were taken" asks whether the asker is affected.
  [
    /\b(?:is\s+there\s+(?:any\s+)?(?:a\s+)?way\s+(?:to|i\s+can)|how\s+(?:can|do|would|could)\s+i)\s+(?:tell|know|check|find\s+out|see)\s+(?:if|whether)\s+(?=my\b|i\b)/g,
    ' am i affected ',
  ],
  // "I'm in Germany, was my carrier…": where the asker is frames the question.
  [
    /\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:in|from|based\s+in|living\s+in)\s+[a-z]+(?=\s*[,.;:!?-])/g,
    ' ',
  ],
  // "Why do they call it soft cell": naming it, not phone calls.
  [
    /\bcall(?:s|ed|ing)?\s+(?=(?:it|this|that|the\s+(?:hack|hacks|attack|attacks|operation|campaign|group))\b)/g,
    ' name ',
  ],
  // "Had a hand in it" is being involved in it.
  [/\b(?:have|has|had|having)\s+(?:a\s+)?hand\s+in\b/g, ' involved in '],
  // "What does Geng Shuang do" asks who he is (his job), as "what does Cybereason do" asks what it is.
  [
    /^\W*what\s+(?:does|do)\s+((?:[\p{L}\p{N}]+\s+){0,2}[\p{L}\p{N}]+)\s+do(?:\s+for\s+(?:a\s+)?(?:living|work|a\s+job))?\W*$/gu,
    ' who is $1 ',
  ],
  // Reading is chat padding when the asker reads ("i read the article"), but whether someone else
  // has read or seen the report is a fact the articles state.
  [
    /(?<!\b(?:i|we|you|u|just|already|ive|i\s+have|have\s+you|can|could|to|should|will|would|wanna|cant|may)\s+)\b(?:read|seen|saw|see)\s+(?:it|the\s+(?:[a-z]+\s+)?(?:report|research|findings|study|paper))\b/g,
    ' aware $& ',
  ],
  // Security slang for ideas the articles put in plain words.
  [/\bscript[\s-]*kidd(?:ie|y)s?\b|\bskiddies\b/g, ' amateur '],
  [/\bsocs?\b|\bsecurity\s+operations?\s+cent(?:er|re)s?\b/g, ' security teams '],
  // The MSS is the ministry; "what is the mss" asks what it is, which the articles never say.
  [/(?<!\bwhat(?:s|\s+is)\s+["']?(?:the\s+|chinas\s+|china\s+s\s+)?)\bmss\b/g, ' ministry '],
  // "Is apt10 run by the ministry of state security": the ministry the articles leave unnamed. On
  // its own ("what is the ministry of state security") it stays a name they never use.
  [
    /\b(?:the\s+)?(?:ministry\s+of\s+state\s+security|state\s+security\s+ministry)\b(?=.*\bapt10\b)/g,
    ' ministry ',
  ],
  [
    /\b(apt10\b.*?)\b(?:the\s+)?(?:ministry\s+of\s+state\s+security|state\s+security\s+ministry)\b/g,
    ' $1 ministry ',
  ],
  // Phishing is a way in, which the articles do not describe.
  [/\b(?:spear[\s-]*phish|phish)(?:ing|ed|es)?\b/g, ' initial access '],
  // Well-known attack tools and malware kinds: the articles name none, which what-tools says.
  [
    /\b(?:mimikatz|cobalt\s*strike|plug\s*x|poison\s*ivy|china\s+chopper|metasploit|web[\s-]*shells?|rats?|remote\s+access\s+(?:trojans?|tools?)|key\s*loggers?|trojans?|rootkits?|backdoors?|credential\s+dumpers?|exploit\s+kits?)\b/g,
    ' malware ',
  ],
  // Chat shorthand: "w/" is "with", "y/n" and "b/c" frame the question; "deets" are details.
  [/\bw\/(?!\w*\/)/g, ' with '],
  [/\by\/n\b|\bb\/c\b/g, ' '],
  [/\bdeets\b/g, ' details '],
  // A newcomer introducing themself ("im new here") says nothing about the subject.
  [
    /\b(?:i|im|am)\s+(?:(?:pretty|very|brand|kinda|super)\s+)?new\b(?:\s+(?:here|to\s+(?:this|the|all\s+this)(?:\s+(?:server|discord|channel|topic|stuff))?))?|\bnew\s+here\b/g,
    ' ',
  ],
  // "Why did they do it" names no subject, yet in this desk it can only ask the motive.
  [
    /\bwhy\s+(?:did|would|do|does|were|was|are|is)\s+(?:they|the\s+hackers|hackers|the\s+attackers|attackers|china|someone|somebody|anyone)\s+(?:do|doing|done)\s+(?:it|this|that|all\s+(?:this|that))\b/g,
    ' why motive ',
  ],
  // Phonetic and clipped chat spellings: "hw did dey get in", "wat abt d data", "no. of carriers".
  [/\bdey\b/g, ' they '],
  [/\b(how|why|where|what|who|when)d\b/g, ' $1 did '],
  [/\bhw\b/g, ' how '],
  [/\bknw\b/g, ' know '],
  [/\bnt\b/g, ' not '],
  [/\babt\b/g, ' about '],
  [/\bwit\b/g, ' with '],
  [/\bd(?=\s+[a-z]{3,})\b/g, ' the '],
  [/\b(?:wat|wht|wut)\b/g, ' what '],
  [/\bno\.?\s+of\b/g, ' number of '],
  // Politeness and office idiom: "kindly revert", "do the needful", "po", "yaar".
  [/\bdo\s+the\s+needful\b|\b(?:kindly|revert|yaar|po)\b/g, ' '],
  [/\bin\s+the\s+first\s+place\b/g, ' first '],
  // The asker's own lack of tech background frames the question: "i dont get tech stuff".
  [
    /\b(?:i|im|i\s+am)\s+(?:(?:do\s+not|dont|don't|not|no|really\s+not|not\s+really)\s+)(?:get|understand|know|into|good\s+with|great\s+with)?\s*(?:a\s+)?(?:tech|techy|technical|computer|computers|it|cyber)(?:\s+(?:stuff|things|person|guy|girl|people|background|savvy|expert))?\b|\bnon[\s-]?(?:tech|technical|techie)(?:\s+(?:person|people|folks|terms))?\b|\bnot\s+a\s+(?:tech|techy|technical|computer|it)\s+(?:person|guy|girl|expert)\b/g,
    ' ',
  ],
  // Chat etiquette is about the bot, not the reports: "how r u doing", "what is your name",
  // "thanks, that was helpful".
  [
    /\bhow\s+(?:are|r)\s+(?:you|u|ya|yall|you\s+all|everyone)(?:\s+(?:doing|going|today))?\b|\b(?:your|ur)\s+name\b|\b(?:that|this|it|you|u)\s+(?:was|is|were|are|r|been)\s+(?:very\s+|really\s+|super\s+|so\s+)?(?:helpful|useful|great|awesome|amazing)\b/g,
    ' botself ',
  ],
  // "That helps", "very helpful" thank the bot; they ask nothing about who helped whom.
  [/\b(?:that|this|it|which)\s+(?:really\s+)?(?:helps|helped)\b|\bhelpful\b/g, ' '],
  // "Who hacked (them)" / "who did this hack" asks who is behind it; "who got/was hacked" asks
  // the victims (the passive keeps "hacked").
  [
    /\bwho\s+(?:actually\s+|really\s+|even\s+|tf\s+)?(?:hacked|attacked|breached|did\s+(?:this|the|that)\s+(?:softcell\s+|telecom\s+|telco\s+|big\s+)?(?:hack|attack|hacking|breach|operation|op|campaign)s?)\b/g,
    ' who responsible hack ',
  ],
  // "The bad guys", "the villains" are the hackers.
  [/\b(?:bad|evil)\s+(?:guys|guy|actors?|dudes|people)\b|\bbaddies\b|\bvillains?\b/g, ' hackers '],
  // Analysts' words: a threat actor or intrusion set is the hackers; an MNO is a carrier.
  [/\bintrusion\s+sets?\b/g, ' hackers '],
  [/\bthreat\s+actors?\b/g, ' threat actor hackers '],
  // "Who are the attackers" asks who is behind it, as "who hacked" does ("who were the hackers
  // trying to spy on" asks whom they targeted).
  [
    /\bwho\s+(?:r|are|were|is)\s+(?:the\s+|these\s+|those\s+)?(?:actual\s+|real\s+)?(?:hackers|attackers|culprits|perpetrators|intruders)\b(?!\s+(?:trying|after|targeting|spying|going|looking|interested|watching))/g,
    ' who responsible hack ',
  ],
  [/\b(?:mobile\s+network\s+operators?|mnos?)\b/g, ' telecom '],
  // "Who found it again?", "who was the firm again, the boston one" ask to be reminded; "did
  // they do it again" asks about a repeat.
  [
    /^(\W*(?:(?:so|ok|okay|and|wait|sorry|remind\s+me)\W+)*(?:who|whos|what|whats|when|where|which|how)\b[^,;:?!]*?)\s+again\b(?=\s*[,;:?!]|\W*$)/g,
    '$1 ',
  ],
  // "Kept secret / anonymous" is the secrecy itself: "kept" adds nothing.
  [
    /\b(?:kept|keep|keeps|keeping)\s+(?=(?:secret|anonymous|hidden|quiet|confidential|private|unnamed|under\s+wraps)\b)/g,
    ' ',
  ],
  // "Was my phone hacked", "how do I know if I was targeted": the asker asks whether they are
  // among the victims.
  [
    /\b(?:was|were|is|am|are|has|have)\s+(?:i|me|my\s+(?:own\s+|mobile\s+|cell\s+)?(?:phone|iphone|android|data|number|calls|texts|messages|account|carrier|provider|network|telecom|telco|operator|sim|info|information|records|metadata|location))\s+(?:been\s+)?(?:hacked|targeted|affected|hit|compromised|breached|tapped|spied\s+on)\b|\b(?:i|me)\s+(?:was|am|were|got|get|have\s+been|been)\s+(?:hacked|targeted|affected|hit|compromised|spied\s+on)\b/g,
    ' am i affected ',
  ],
  // "Are they spying on me", "is someone listening to my calls": the same question.
  [
    /\b(?:spy|spying|spied|eavesdrop|eavesdropping|eavesdropped|snoop|snooping|snooped|listen|listening|listened)\s+(?:in\s+)?(?:on|to)\s+(?:me|my\s+(?:calls|phone|texts|messages|conversations))\b/g,
    ' am i affected ',
  ],
  // "Cybereason's own research", "the group's own name" stress whose it is; "own the network" is
  // the hackers' control, and "who owns cybereason" asks an owner.
  [
    /\bown\s+(?=(?:name|names|research|report|reports|write|writeup|words|characteri[sz]ation|it|department|blog|post|findings|analysis|study|people|staff|country|government)\b)/g,
    ' ',
  ],
  // "My own carrier" is my carrier.
  [/\b(my|our|your)\s+own\s+(?=(?:carrier|provider|network|telco|operator|isp)s?\b)/g, ' $1 '],
  // Formal politeness frames the question: "I would be most grateful if you could clarify …".
  [
    /\b(?:i\s+would|i\s+d|id)\s+be\s+(?:(?:most|very|really|so|extremely)\s+)?(?:grateful|thankful|obliged)\s+if\s+(?:you|u)\s+(?:could|would|can)\b|\bdear\s+(?:all|sir|sirs|madam|team|friends)\b/g,
    ' ',
  ],
  [/\bclarify\b/g, ' explain '],
  // "What day is it" asks about today, not about the reports.
  [
    /\bwhat\s+(?:day|date|time|year|month)(?:\s+of\s+the\s+(?:week|month|year))?\s+(?:is\s+it|is\s+today|it\s+is)\b(?!\s+(?:when|that|in\s+the))/g,
    ` ${POST_REPORT} `,
  ],
  // Words split in two: "pass words", "user names", "take aways"; "y did they" is why.
  [/\bpass\s+words?\b/g, ' passwords '],
  [/\buser\s+names?\b/g, ' usernames '],
  [/\btake[\s-]*aways?\b/g, ' findings '],
  [
    /(?:^|\s)y(?=\s+(?:did|do|does|would|could|should|can|is|are|was|were|will|not|they|china)\b)/g,
    ' why ',
  ],
  // "4" is "for" before a word that no count goes with, or at the end: "responsible 4 soft cell".
  [
    /\b4\b(?=\s+(?:the|a|an|this|that|it|them|me|us|you|u|softcell|china|sure|real|now|ever|what|who|how)\b|\W*$)/g,
    ' for ',
  ],
  // "Who called who (and for how long)" describes call records; it asks no duration.
  [CALLS_DESCRIBED, ' call records '],
  // "The name keeps coming up": it is being talked about, nothing keeps coming back.
  [/\b(?:keeps?|kept|keeping)\s+(?:coming|popping|showing|turning)\s+up\b/g, ' '],
  // Signing off ("that's all for now") asks nothing.
  [/\b(?:that|thats|that\s+s)\s+(?:is\s+)?all\s+(?:for\s+now|i\s+needed|thanks)\b/g, ' '],
  // "Who do they think did it" asks who did it: the asker's framing is not part of the question.
  [
    /\b(who|what|which|when|where|how)\s+(?:do|does|did)\s+(?:the\s+)?(?:they|you|u|people|experts|researchers|investigators|analysts|cybereason|bloomberg|bgr)\s+(?:think|believe|reckon)\b/g,
    ' $1 ',
  ],
  // A market price ("what's bitcoin at") is not what the hackers took.
  [
    /\b(?:what(?:\s+is|s)?|how\s+much\s+is)\s+(?:a\s+|one\s+)?(?:bitcoin|btc|ethereum|eth|crypto|gold|the\s+stock)\s+(?:at|worth|trading|going\s+for)\b/g,
    ' price ',
  ],
  // Reactions in chat ("good bot", "that's scary", "interesting") ask nothing; "how do you work" and
  // "what can you do" ask about the bot.
  [
    /\b(?:good|bad|nice|great|smart|dumb|stupid|useless)\s+(?:bot|answer)\b|\b(?:that|this|it)(?:s|\s+is|\s+was|\s+sounds|\s+seems)?\s+(?:(?:so|very|really|pretty|kinda|super|quite|actually|lowkey)\s+)?(?:interesting|scary|crazy|wild|insane|nuts|terrifying|creepy|frightening|sad|funny|weird|cool|nice|fascinating|messed\s+up)\b|^\W*(?:(?:so|very|really|how|wow|ok|okay|lol|hmm|damn)\W+)*(?:interesting|same|scary|crazy|wild|insane|nuts|cool|nice|great|awesome|wow|damn|yikes|fair|agreed|true|noted|fascinating)\W*$/g,
    ' ',
  ],
  // Whether the bot is up ("is the bot working", "bot broken?") is chat, not a question for it.
  [
    /\b(?:is|are)\s+(?:you|u|this\s+bot|the\s+bot|bot)\s+(?:working|broken|alive|online|up|down|dead|awake|there)\b(?!\s+(?:from|off|on|with|of|for)\b)|\bbot\s+(?:working|broken|down|dead|alive|online)\b(?!\s+(?:from|off|on|with|of|for)\b)/g,
    ' botself ',
  ],
  [
    /\bhow\s+(?:do|does)\s+(?:you|u|this\s+bot|the\s+bot)\s+work\b|\bwhat\s+(?:can|do|could)\s+(?:you|u|this\s+bot|the\s+bot)\s+do\b|\b(?:who|what)\s+(?:built|made|created|wrote|programmed|coded|trained|owns|runs)\s+(?:you|u|this\s+bot|the\s+bot)\b/g,
    ' botself ',
  ],
  // "Owning up" is admitting, not owning (or "owning" a network).
  [/\bown(?:s|ed|ing)?\s+up\b/g, ' admit '],
  // Idioms: pointing the finger is blaming; "supposed to be" hedges.
  [
    /\bpoint(?:s|ed|ing)?\s+(?:the\s+|a\s+|their\s+|its\s+)?fingers?\b|\bfingers?\s+(?:pointed|pointing)\b/g,
    ' blame ',
  ],
  [/\b(?:supposed|meant|said|believed|thought)\s+to\s+be\b/g, ' '],
  [/\bremind\s+(?:me|us)(?:\s+(?:of|about))?\b/g, ' '],
  [/\b(?:break|breaks|breaking|broke|broken)\s+in(?:to)?\b/g, ' hack '],
  // "Broke this story" is publishing it.
  [/\b(?:broke|break|breaks|breaking)\s+(?:this|the\s+story|the\s+news|it)\b/g, ' published '],
  // "Gave the carriers the details" is telling them.
  [
    /\b(?:give|gave|given|giving|share|shared|pass|passed|hand|handed)\s+(?:the\s+)?(carriers|telcos|telecoms|victims|companies|operators)\s+(?:the\s+|any\s+|some\s+)?(?:details|info|information|specifics)\b/g,
    ' told the $1 details ',
  ],
  // "Which countries" (plural) asks for the victims; "which country hacked them" for the culprit.
  [
    /\b(which|what)\s+(?:countries|nations)\b(?=.*\b(?:hit|hacked|breached|compromised|affected|impacted|targeted|attacked|victims?|involved)\b)/g,
    ' $1 countries target ',
  ],
  [/\bdomain\s+(?:admins?|administrators?)\b/g, ' activedirectory '],
  // "What is X when it's at home" is a British way of asking what X is.
  [
    /\bwhen\s+(?:it|its|it's|they|theyre|they're|he|hes|he's|she|shes|she's)\s+(?:is\s+|are\s+)?at\s+home\b/g,
    ' ',
  ],
];

/**
 * Irregular forms and domain synonyms that share a meaning: every form maps to the first word.
 * One group per line, words separated by spaces.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  'telecom telecoms telco telcos carrier carriers operator operators telecommunication telecommunications provider providers isp isps telecomm telecomms',
  'operation operations campaign campaigns op ops',
  'hack hacked hacking hacks popped breach breached breaches compromise compromised compromising infiltrate infiltrated infiltrating infiltration intrusion intrusions pwn pwned pwning penetrate penetrated penetration attack attacks attacked cyberattack cyberattacks heist hit raid raided raids',
  'hacker hackers attacker attackers intruder intruders perpetrators perpetrator mole moles adversary adversaries infiltrator infiltrators',
  'steal stole stolen stealing steals took taken grab grabbed grabbing exfiltrate exfiltrated exfiltration swipe swiped extract extracted nab nabbed loot looted theft copy copied copying expose exposed exposing leak leaked leaking exfil exfils exfilled exfiltrating pilfer pilfered siphon siphoned hoover hoovered harvest harvested vacuum vacuumed snatch snatched slurp slurped nick nicked pinch pinched',
  'china chinese beijing prc chinas chinese-government',
  'discover discovered discovery find found finds uncover uncovered spot spotted caught catch unearth unearthed detect detected',
  'founder founders founded founding cofounder cofounded',
  'spy spying spies spied espionage surveillance snoop snooping snooped spyware eavesdrop eavesdropping eavesdropped wiretap wiretaps wiretapped wiretapping bugging bugged',
  'ceo boss exec executive honcho',
  'government govt gov govts governments',
  'data info information records record',
  'country countries nation nations',
  'money cash financial financially profit profits ransom monetary crypto cryptocurrency cryptocurrencies bitcoin bitcoins',
  'certainty sure confident confidence certainly certain convinced',
  'responsible behind culprit culprits blame blamed attribution attribute attributed guilty responsibility',
  'notify notified inform informed alert alerted contact contacted told tell tells telling briefed debriefed debrief',
  'deny denied denies denial denying contest contested contesting contests dispute disputed disputes disputing reject rejected rejects rejecting refute refuted refutes dismiss dismissed dismisses',
  'ongoing continuing continue continues still',
  'person people persons individual individuals ppl pple',
  'customer customers subscriber subscribers user users client clients',
  'call calls calling',
  // "What was it called" asks its name; phone "calls" are calls.
  'name named called dubbed nicknamed',
  'location locations geolocation whereabouts gps movements',
  'report reports research study paper writeup findings',
  'prosecute prosecutor prosecutors prosecution prosecuted charged charge charges indicted indictment indict indictments',
  'blacklist blacklists blacklisted blacklisting ban bans banned banning sanction sanctions sanctioned embargo embargoed embargoes',
  'author authors wrote writer writers reporter reporters journalist journalists byline penned',
  'password passwords login logins usernames username pw pws passwd creds',
  'protect protected protection defend defense defence secure safe prevent',
  'israel israeli israelis',
  'publish published publishes publishing release released releases',
  'specific particular selected select chosen',
  'push oust ousted evict evicted expel expelled remove removed removing delete deleted deleting purge purged',
  'proof evidence prove proved proven confirm confirmed confirmation verify verified verification',
  'target targets targeted targeting victim victims',
  'tool tools malware software technique techniques method methods ttps tooling tradecraft implant implants',
  'link links linked tie ties tied connect connected connection associated association affiliated affiliation relevant relevance',
  'scale large big huge massive extent widespread extensive scope',
  'terabytes terabyte tb tbs gigabytes gigabyte gb gbs gig gigs petabytes petabyte',
  'intelligence intel spooks spook',
  'track tracked tracking tracks monitor monitored monitoring monitors',
  'criminal criminals crook crooks gang gangs cybercriminal cybercriminals crime crimes thief thieves',
  'group groups crew crews',
  'ordinary regular normal typical everyday',
  'respond responded response responses reply replied react reacted reaction reactions statement comment commented say says saying',
  'europe european eu',
  'huawei huaweis',
  'strategy strategies tactic tactics',
  'stage stages phase phases',
  'reason reasons justification justifications rationale excuse excuses',
  'equipment gear hardware',
  'department departments dept',
  'administration admin',
  'cybereason cybereasons',
  '2 two',
  '5 five',
  '7 seven',
  '10 ten',
  '12 twelve',
  '30 thirty',
  '45 forty-five fortyfive',
].map((group) => group.split(' '));

/**
 * Countries and nationalities. One the knowledge base never mentions is a named place, as
 * telling as a rare name ("which russian groups…"), though ordinary English knows the word.
 */
const PLACE_NAMES: ReadonlySet<string> = new Set(
  [
    'afghanistan afghan albania algeria argentina argentinian armenia australia australian austria',
    'austrian azerbaijan bangladesh belarus belgium belgian bolivia brazil brazilian britain british',
    'bulgaria cambodia canada canadian chile chilean colombia colombian croatia cuba cuban cyprus',
    'czech denmark danish dutch ecuador egypt egyptian england english estonia ethiopia finland',
    'finnish france french georgia germany german ghana greece greek holland hungary hungarian',
    'iceland india indian indonesia indonesian iran iranian iraq iraqi ireland irish israel israeli',
    'italy italian',
    'japan japanese jordan kazakhstan kenya korea korean kuwait latvia lebanon libya lithuania',
    'malaysia mexico mexican mongolia morocco myanmar nepal netherlands nigeria nigerian norway norwegian',
    'pakistan pakistani peru philippines filipino poland polish portugal portuguese qatar romania',
    'russia russian russians saudi scotland serbia singapore slovakia spain spanish sri sweden',
    'swedish switzerland swiss syria syrian taiwan taiwanese thailand thai turkey turkish ukraine',
    'ukrainian uae vietnam vietnamese venezuela yemen',
    'africa african asia asian americas mideast scandinavia scandinavian balkans oceania caribbean',
  ]
    .join(' ')
    .split(' '),
);

/** Telecom carriers by a one-word name no everyday word shares ("orange", "three" are left out). */
const CARRIER_NAMES: ReadonlySet<string> = new Set(
  [
    'vodafone verizon sprint telefonica telekom swisscom proximus kpn airtel jio vodacom mtn',
    'telstra optus telus docomo kddi singtel telenor telia etisalat ooredoo turkcell megafon',
    'beeline claro movistar safaricom bezeq cellcom starhub maxis celcom xl indosat telkomsel',
    'pldt dtac ais viettel mobilink jazz zong ufone grameenphone banglalink dialog ncell',
    'chinatelecom chinamobile chinaunicom',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a word names a telecom carrier. */
export function isCarrierName(word: string): boolean {
  return CARRIER_NAMES.has(word);
}

/** Whether a word names a country or nationality. */
export function isPlaceName(word: string): boolean {
  return PLACE_NAMES.has(word);
}

/** Words the phrase rules read specially, so that typo repair may repair towards them ("summerize"). */
const PHRASE_WORDS =
  'explain describe summarize summarise summary overview rundown chuck chucks chucked'.split(' ');

/** Every word a synonym group or phrase rule names (typo repair may repair towards them). */
export const SYNONYM_WORDS: readonly string[] = [...SYNONYM_GROUPS.flat(), ...PHRASE_WORDS];

/** Words that carry no meaning here: English stop words plus how people pad questions in chat. */
const QUESTION_WORD_LIST = 'who whom whose what when where why how which many much'.split(' ');
const KEEP_FROM_STOPWORDS = new Set(
  'never still same now said other only before after most'.split(' '),
);
const CHAT_FILLER = [
  'hey hi hello yo sup pls plz please thx thanks lol lmao omg bro dude guys bot u ur ya ',
  'tf wtf smh fr ngl lmk af lowkey highkey fam sus yea yeah nah okie asap imho tbf idc iirc ',
  'afaik ikr irl fyi ty np jk rofl kek xd dat dis da wanna gotta lemme gimme tryna ',
  'yall rn tbh idk btw imo ok okay k kk so um uh like just really actually basically literally ',
  'even exactly anyway anyways thing things stuff kind sort know think wondering wonder ',
  'curious question quick whats whos wheres hows whys its im ive dont didnt doesnt isnt ',
  'wasnt arent werent cant wont thats theres theyre youre not no yes yeah yep nope gonna ',
  'wanna gotta also any anything something someone somebody anyone anybody else does do did ',
  'done happen happened happening going go get got getting exactly whole ',
  'story deal heard hear read reading saw see seen news article articles mean means meant meaning ',
  'right true correct legit supposedly wait everyone everybody talking explain simple terms ',
  'kinda sorta bit lot lots alot guess seems seem worried scared freaking tho though yet ',
  'scary creepy crazy insane wild terrifying frightening interesting fascinating ',
  'folks fam man bruh huh hmm hm ah oh wow apparently ever us them they their there around ',
  'about whats wat wut wht pretty real ones one will would should could may might let lets ',
  'time times aint theyve weve youve couldve shouldve wouldve theyll youll itll ',
  'maybe probably honestly genuinely sorry dumb stupid silly noob newbie ',
  'obviously clearly merely simply definitely seriously totally surely presumably essentially ',
  'frankly undoubtedly evidently re thru em sb ser gm r having once myself ourselves yaar bhai ',
  'idea everywhere ours yours theirs ong deadass ratio bussin spill dfir infosec threatintel thread ',
  'somewhere stories specifically specificaly particularly srsly saga reckon less fewer ',
  'bc hes shes rly confused elses theyd youd already',
]
  .join('')
  .split(' ');
const STOPWORDS: ReadonlySet<string> = new Set([
  ...englishStopwords.filter((word) => !KEEP_FROM_STOPWORDS.has(word)),
  ...CHAT_FILLER,
  ...QUESTION_WORD_LIST,
]);

const WORD_SYNONYMS = new Map<string, string>();
const STEM_SYNONYMS = new Map<string, string>();
const AMBIGUOUS_STEMS = new Set<string>();
for (const group of SYNONYM_GROUPS) {
  const canonical = stemmer(group[0] ?? '');
  for (const word of group) {
    WORD_SYNONYMS.set(word, canonical);
    const stem = stemmer(word);
    const existing = STEM_SYNONYMS.get(stem);
    // A stem two groups share ("oper": operator, operation) maps no other word form.
    if (existing !== undefined && existing !== canonical) AMBIGUOUS_STEMS.add(stem);
    else STEM_SYNONYMS.set(stem, canonical);
  }
}
for (const stem of AMBIGUOUS_STEMS) STEM_SYNONYMS.delete(stem);

const QUESTION_WORDS: ReadonlySet<string> = new Set(QUESTION_WORD_LIST);
/** Words opening a question by joining it to the chat before it ("ok but who did it"): not part of its shape. */
const CONNECTIVES: ReadonlySet<string> = new Set('but and so or then well like'.split(' '));
const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(englishStopwords);

/**
 * The function words of a text ("who", "which", "were"...), marked with "~". They carry no topic
 * but tell apart phrasings with the same content words ("who hacked the telcos" vs "which
 * telcos were hacked"); they count in phrasing similarity only, never in coverage.
 */
export function functionWordsOf(value: string): string[] {
  const out = new Set<string>();
  for (const word of splitWords(value)) {
    if (out.size === 0 && CONNECTIVES.has(word)) continue;
    if (QUESTION_WORDS.has(word) || (ENGLISH_STOPWORDS.has(word) && STOPWORDS.has(word)))
      out.add(`~${word}`);
  }
  return [...out];
}

/** Auxiliary verbs are interchangeable in questions ("how did they…" / "how was it…"). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'do does did done is are was were be been being am has have had'.split(' '),
);

/** Weight of a function word in phrasing similarity. */
/**
 * Proper names in a text: capitalised words that do not start a sentence, and words with digits
 * in them ("APT10"), as index terms. A question naming one of them is about that name.
 */
export function namesIn(value: string, keep: (word: string) => boolean = () => true): string[] {
  const out = new Set<string>();
  for (const match of value.matchAll(
    /(?<![.!?]\s|^|["“(]\s?)\b([A-Z][\p{L}\d]*(?:\d|[a-z]))\b|\b([A-Za-z]+\d+)\b/gu,
  )) {
    const word = (match[1] ?? match[2] ?? '').toLowerCase();
    if (word && !STOPWORDS.has(word) && keep(word)) out.add(termOf(word));
  }
  return [...out];
}

export function functionWordWeight(term: string): number {
  const word = term.slice(1);
  if (QUESTION_WORDS.has(word)) return 0.8;
  return AUXILIARIES.has(word) ? 0.03 : 0.15;
}

export type QuestionType = 'quantity' | 'time' | 'clock' | 'duration' | 'place' | 'person';

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const STOPWORDS_BY_INITIAL = new Map<string, string[]>();
for (const word of STOPWORDS) {
  if (word.length < 3) continue;
  const list = STOPWORDS_BY_INITIAL.get(word[0] ?? '') ?? [];
  list.push(word);
  STOPWORDS_BY_INITIAL.set(word[0] ?? '', list);
}

/** Stop and filler words of three letters or more beginning with `initial` (typo repair's targets). */
export function stopwordsStartingWith(initial: string): readonly string[] {
  return STOPWORDS_BY_INITIAL.get(initial) ?? [];
}

/** Folded text with possessives and contractions resolved; punctuation kept for the phrase rules. */
export function prepareText(value: string): string {
  const known = phraseMemo?.prepared.get(value);
  if (known !== undefined) return known;
  const prepared = foldAndResolve(value);
  phraseMemo?.prepared.set(value, prepared);
  return prepared;
}

/**
 * Clipped chat spellings and sound-alikes, one word for one: "wats", "jus", "b4", "yrs", "teh";
 * "steel" for steal and "hawaii" for huawei are autocorrect's.
 */
const CLIPPED_WORDS = new Map(
  Object.entries({
    wats: 'whats',
    jus: 'just',
    frm: 'from',
    wk: 'week',
    wks: 'weeks',
    yr: 'year',
    yrs: 'years',
    lvl: 'level',
    smth: 'something',
    sth: 'something',
    shud: 'should',
    shld: 'should',
    grp: 'group',
    b4: 'before',
    dec: 'december',
    outta: 'out of',
    teh: 'the',
    begun: 'began',
    hte: 'the',
    n: 'and',
    w: 'with',
    steel: 'steal',
    hawaii: 'huawei',
    todays: 'today',
    wich: 'which',
    comms: 'communications',
    journo: 'journalist',
    journos: 'journalists',
    themselfs: 'themselves',
    infra: 'infrastructure',
    kno: 'know',
    lil: 'little',
    wdym: 'what do you mean',
    whcih: 'which',
    witch: 'which',
    waht: 'what',
    whta: 'what',
    wen: 'when',
    wher: 'where',
    deets: 'details',
    cud: 'could',
    wud: 'would',
    wil: 'will',
    bak: 'back',
    ovr: 'over',
    cuz: 'because',
    coz: 'because',
    bcuz: 'because',
    becuz: 'because',
  }),
);
// Not part of "y/n", "w/" or "n't".
const CLIPPED = new RegExp(
  `(?<![/'])\\b(?:${[...CLIPPED_WORDS.keys()].join('|')})\\b(?![/'])`,
  'g',
);

function foldAndResolve(value: string): string {
  // "US" in capitals is the country, "us" in lower case is the pronoun; "the AD" in capitals is
  // Active Directory: decide before folding case.
  const folded = foldText(
    value.replace(/\bU\.?S\.?(?=\W|$)/g, ' usa ').replace(/\bAD\b/g, ' active directory '),
  ).replace(CLIPPED, (word) => CLIPPED_WORDS.get(word) ?? word);
  const quizzed = QUIZ_SHAPE.test(folded) ? resolveQuizShapes(folded) : folded;
  const spoken = quizzed.includes('twenty') ? quizzed.replace(SPOKEN_YEAR, spokenYear) : quizzed;
  return (
    (spoken.includes("'") ? resolveApostrophes(spoken) : spoken)
      // Chat drops the apostrophe: "couldnt" is "could not" (not a rare name).
      .replace(/\b(could|should|would|must|need)nt\b/g, '$1 not')
      // A plural misspelt "-ys" after a consonant ("companys", "countrys") is "-ies".
      .replace(/\b([a-z]{2,}[b-df-hj-np-tv-xz])ys\b/g, '$1ies')
  );
}

const QUIZ_SHAPE =
  /true\s+or\s+false|\bt\s*\/\s*f\b|\bquiz|\btrivia|fill\s+in\s+the\s+blank|multiple\s+choice|__|^\W*(?:q|question)\s*\d/;

/**
 * Quiz-night shapes: "true or false: X" asks whether X is so ("X, right?"); a blank ("the group
 * blamed is ___") asks what fills it; "quick quiz", "multiple choice" and option letters ("a) …
 * b) …") frame the question.
 */
function resolveQuizShapes(text: string): string {
  return text
    .replace(/^\W*(?:true\s+or\s+false|t\s*\/\s*f)\b\W*(.*?)\W*$/, '$1 right')
    .replace(
      /^\W*(?:(?:quick|pop|fun)\s+)?(?:quiz|trivia)(?:\s+(?:time|question|q))?\b\W*|^\W*fill\s+in\s+the\s+blanks?\b\W*|^\W*multiple\s+choice\b\W*/,
      '',
    )
    .replace(/^\W*(?:q|question)\s*\d+\s*[.:)-]?\s*(?:\(?\s*true\s+or\s+false\s*\)?\s*:?\s*)?/, '')
    .replace(/\bexplain\s+your\s+answer\W*$/, '')
    .replace(/_{2,}/g, ' what ')
    .replace(/(?:^|\s)[a-e]\)\s/g, ' ');
}

/** A year said aloud, as voice dictation types it: "twenty seventeen" is 2017. */
const SPOKEN_TEENS =
  'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const SPOKEN_YEAR = new RegExp(`\\btwenty\\s+(${SPOKEN_TEENS.join('|')})\\b`, 'g');
const spokenYear = (_: string, teen: string) => ` ${2010 + SPOKEN_TEENS.indexOf(teen)} `;

/** Contractions and possessives: "won't" is "will not", "cybereason's" is "cybereason". */
function resolveApostrophes(value: string): string {
  return value
    .replace(/'s\b/g, ' ')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/n't\b/g, ' not')
    .replace(/'(?:re|ve|ll|d|m)\b/g, ' ')
    .replace(/'/g, '');
}

const WORD = /[\p{L}\p{N}]+/gu;
/** The same words in plain ASCII text, found several times faster without Unicode classes. */
const ASCII_WORD = /[A-Za-z0-9]+/g;
/** The pattern finding the words of `text` (plain ASCII folds to plain ASCII). */
const wordPattern = (text: string) => (PLAIN_ASCII.test(text) ? ASCII_WORD : WORD);

/** The words of prepared text, before any phrase rule (for typo repair's vocabulary). */
export function rawWords(value: string): string[] {
  const prepared = prepareText(value);
  return prepared.match(wordPattern(prepared)) ?? [];
}

/** Prepared text with each word replaced by `repair` of it (before any phrase rule). */
export function repairWords(value: string, repair: (word: string) => string): string {
  const prepared = prepareText(value);
  return prepared.replace(wordPattern(prepared), repair);
}

/**
 * Folded, phrase-rewritten words, in order (stop words included). `repair` may replace each raw
 * word first (typo repair), so that a phrase rule still sees "sotf cell" as "soft cell".
 */
export function splitWords(value: string, repair?: (word: string) => string): readonly string[] {
  const unrepaired = repair ? undefined : phraseMemo?.raw.get(value);
  if (unrepaired) return unrepaired;
  const prepared = repair ? repairWords(value, repair) : prepareText(value);
  const known = phraseMemo?.words.get(prepared);
  if (known) return known;
  const text = applyPhrases(prepared);
  const words: readonly string[] = text.match(wordPattern(text)) ?? [];
  if (phraseMemo) {
    Object.freeze(words);
    phraseMemo.words.set(prepared, words);
    if (!repair) phraseMemo.raw.set(value, words);
  }
  return words;
}

/**
 * A build's memo: each text as prepared, and the words of each raw and each prepared text. The
 * word lists are shared between callers, so frozen: a caller can only read the words it is given.
 */
interface PhraseMemo {
  readonly prepared: Map<string, string>;
  readonly raw: Map<string, readonly string[]>;
  readonly words: Map<string, readonly string[]>;
}
let phraseMemo: PhraseMemo | null = null;

/** The phrase rules in order, each tried only on text where it can match. */
const applyPhrases = compileRuleSet(PHRASES);

/**
 * Runs `build` with the phrase rules' results remembered per prepared text, so that indexing,
 * which reads each phrasing several ways (terms, function words, exact key), rewrites it once.
 * Queries never use it: the memo lives only as long as `build`.
 */
export function withPhraseMemo<T>(build: () => T): T {
  const outer = phraseMemo;
  phraseMemo ??= { prepared: new Map(), raw: new Map(), words: new Map() };
  try {
    return build();
  } finally {
    phraseMemo = outer;
  }
}

/** The index term of one word: synonyms first, then the Porter stem. */
export function termOf(word: string): string {
  const direct = WORD_SYNONYMS.get(word);
  if (direct !== undefined) return direct;
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(word, stem);
  }
  return STEM_SYNONYMS.get(stem) ?? stem;
}

/** Porter stems already computed: a pure function of the word, bounded like any cache. */
const STEMS = new Map<string, string>();
const MAX_STEMS = 50_000;

/** Every word of a text, stop words included, joined: two phrasings with the same key are the same. */
export function phrasingKey(value: string): string {
  return splitWords(value).join(' ');
}

/** Index terms of a text: content words only, deduplicated, in first-seen order. */
export function termsOf(value: string): string[] {
  const terms = new Set<string>();
  for (const word of splitWords(value)) {
    if (!STOPWORDS.has(word)) terms.add(termOf(word));
  }
  return [...terms];
}

const VAGUE_WORDS: ReadonlySet<string> = new Set([
  ...QUESTION_WORD_LIST,
  ...'whats whos wheres hows is are was were be been am it this that these those they them you u we i me he she him her'.split(
    ' ',
  ),
]);

/**
 * A question naming no subject or action, only a question word with "is" and a pronoun ("what is
 * it", "who are they", "what?"): it could ask anything, so only its exact phrasing may answer it.
 */
export function isVagueQuestion(value: string): boolean {
  return rawWords(value).every((word) => VAGUE_WORDS.has(word));
}

const DEFINITION_LEAD = new Set(
  'so ok okay but and wait um uh hey lol like also hmm sorry explain describe'.split(' '),
);
const DEFINITION_ASK = new Set('what whats wtf wth who whos'.split(' '));
const DEFINITION_VERB = new Set('is are s'.split(' '));
/** "what's X" loses its "'s" with the punctuation. */
const CONTRACTED_IS = /\b(?:what|who)(?:['’]?s)\b/i;
/** A subject that points back at something ("what is it", "who are they") or is specific ("the motive"). */
const DEFINITION_NOT_SUBJECT = new Set(
  'the this that these those it its they them their he she him his her you u your ur we our i me my there here'.split(
    ' ',
  ),
);
/** "Where is X based": the question asks about X itself. */
const WHERE_BASED = new Set('based headquartered located hq'.split(' '));
const WRITER = new Set(
  'author authors writer writers reporter reporters journalist journalists'.split(' '),
);
const DEFINITION_TAIL = new Set('exactly again anyway even actually then lol'.split(' '));

/**
 * The subject of a question asking what or who something is, as a definition ("what is
 * ransomware", "who is lior div", "what does apt mean"): only an entry that defines that subject
 * answers it. Null for other questions, and for specific ones ("what is the motive").
 */
export function definitionSubject(value: string): string[] | null {
  const words = rawWords(value);
  let at = 0;
  while (at < words.length && DEFINITION_LEAD.has(words[at] ?? '')) at++;
  let subject: string[];
  const first = words[at] ?? '';
  if (first === 'define') subject = words.slice(at + 1);
  else if (first === 'what' && (words[at + 1] === 'does' || words[at + 1] === 'do')) {
    if (words.at(-1) !== 'mean' && words.at(-1) !== 'stand') return null;
    subject = words.slice(at + 2, words.at(-1) === 'stand' ? -2 : -1);
  } else if (first === 'how') {
    // "how does mimikatz work", "how ransomware works" ask what a thing is and does.
    const end = words.findLastIndex((word) => !DEFINITION_TAIL.has(word));
    const does = words[at + 1] === 'does' || words[at + 1] === 'do';
    const works = words[end] === 'works' || (does && words[end] === 'work');
    if (!works) return null;
    subject = words.slice(at + (does ? 2 : 1), end).filter((word) => !DEFINITION_TAIL.has(word));
  } else if (first === 'where' || first === 'wheres') {
    // "where is bloomberg headquartered" asks about bloomberg as "what is bloomberg" does.
    if (first === 'where' && DEFINITION_VERB.has(words[at + 1] ?? '')) at++;
    const end = words.findLastIndex((word) => !DEFINITION_TAIL.has(word));
    if (!WHERE_BASED.has(words[end] ?? '')) return null;
    subject = words.slice(at + 1, end);
  } else if (DEFINITION_ASK.has(first)) {
    at++;
    if (DEFINITION_VERB.has(words[at] ?? '')) at++;
    // "what's a web shell" reaches here as "what a web shell" once the "'s" is gone.
    else if (!CONTRACTED_IS.test(value) && words[at] !== 'a' && words[at] !== 'an') return null;
    subject = words.slice(at);
  } else return null;
  // "what is ss7 and can it…": the subject ends where the next clause starts.
  const and = subject.findIndex((word) => word === 'and' || word === 'or');
  if (and > 0) subject = subject.slice(0, and);
  if (subject[0] === 'a' || subject[0] === 'an') subject = subject.slice(1);
  while (subject.length > 0 && DEFINITION_TAIL.has(subject.at(-1) ?? ''))
    subject = subject.slice(0, -1);
  if (subject.length === 0 || subject.length > 4) return null;
  if (subject.some((word) => DEFINITION_NOT_SUBJECT.has(word))) return null;
  // "who is author of bloomberg story", the article dropped: asks who wrote it, not what an author is.
  if (WRITER.has(subject[0] ?? '') && subject[1] === 'of') return null;
  return subject;
}

/**
 * A request for instructions or a recommendation ("how do i become a hacker", "how to report a
 * hack", "what antivirus should i get"); not "how do we know it was china", which asks for
 * evidence.
 */
const HOW_TO_ASK =
  /^\W*(?:(?:so|ok|okay|and|but|um|hey|pls|please)\W+)*(?:how\s+(?:do|can|could|should|would)\s+(?:i|we|u|you|one|people|someone)\b(?!\s+(?:even\s+)?(?:know|tell)\b)|how\s+to\b|(?:what|which)\s+(?:\S+\s+){0,2}?(?:should|do|can)\s+(?:i|we|u)\s+(?:get|buy|use|install|download|pick|choose)\b)/;

export function asksHowTo(value: string): boolean {
  return HOW_TO_ASK.test(prepareText(value));
}

/** "What did X say", "did X comment", "how did X respond": asks for a statement X made. */
const STATEMENT_ASK =
  /(?:^|\s)(?:what\s+(?:did|does|do|has|have|had)|did|does|has|have|how\s+(?:did|does|has))\s+((?:\S+\s+){0,3}?\S+)\s+(?:say|said|says|state|stated|comment|commented|respond|responded|reply|replied|react|reacted|put\s+out|issue|issued|release|released|do\s+(?:anything\s+|something\s+)?(?:about\s+(?:it|this|that)|in\s+response)|done\s+(?:anything\s+)?about\s+(?:it|this|that))\b/;
/** "What the victim carriers said": the learner's word order, with no "did". */
const STATEMENT_ASK_BARE =
  /^what\s+(?!(?:did|does|do|has|have|had|is|was|were|are|they|it)\b)((?:\S+\s+){0,3}?\S+)\s+(?:say|said|says)$/;
const SAYS_SHOULD =
  /\b(?:say|says|said)\s+(?:that\s+)?(?:the\s+)?[a-z]+\s+(?:should|shud|shld|need|needs|must|ought|have\s+to|has\s+to)\b/;

/**
 * "What does div say operators should do" asks for that party's advice: an entry whose answer
 * reports what they said gives it, though none of its phrasings asks "what did div say".
 */
export function asksAdviceOf(value: string): boolean {
  return SAYS_SHOULD.test(rawWords(value).join(' '));
}
/** Not a party that makes a statement: a pronoun, the reports themselves, or anyone at all. */
const NOT_A_SAYER = new Set(
  'they them it he she you u we i this that these those report reports reporting reporter reporters journalist journalists coverage piece write writeup author authors outlet article articles story stories bloomberg bgr cybereason researchers research experts paper study blog post source sources media news anyone anybody someone somebody everyone people any either other second first both'.split(
    ' ',
  ),
);

/**
 * Who a question asks a statement of ("what did huawei say about it" → huawei): only an entry
 * with a phrasing asking that party's statement answers it. Null when the question asks none, or
 * asks what the reports or an unnamed "they" say.
 */
export function statementSubject(value: string): string[] | null {
  const words = rawWords(value).join(' ');
  const match = STATEMENT_ASK.exec(words) ?? STATEMENT_ASK_BARE.exec(words);
  if (!match?.[1]) return null;
  let subject = match[1].split(' ');
  if (subject[0] === 'the') subject = subject.slice(1);
  if (subject.length === 0 || subject.some((word) => NOT_A_SAYER.has(word))) return null;
  return subject;
}

/** "where can I read/find … it" asks for a source, not a place. */
const WHERE_TO_FIND =
  /\bwhere\s+(?:(?:can|could|do|should|would|might|may)\s+(?:i|we|you|u|one|people|someone|anyone)|(?:i|we|you|u|one)\s+(?:can|could|should|may))\s+(?:read|find|get|see|view|download|access|look|check|watch|buy)\b|\bwhere(?:'?s|\s+is|\s+are)?\s+(?:the\s+|a\s+|this\s+|their\s+)?(?:(?:actual|original|full|primary|cybereason|cybereasons)\s+){0,2}(?:report|research|paper|study|write-?up|source|link|blog|article|pdf)s?\b/;
/**
 * A yes/no question ("did they see…", "ok so is it…"): a question word after it opens an embedded
 * clause ("did they see how long people talked"), which asks whether, not how long.
 */
const YES_NO_OPENING =
  /^\W*(?:(?:ok|okay|so|wait|but|and|hey|um|uh|like|also|hmm|lol|ngl|tbh|btw)\W+)*(?:did|do|does|didnt|dont|doesnt|is|are|was|were|isnt|wasnt|can|could|has|have|had|will|would|should)\b/;

/** Whether the question asks yes or no ("was india hit", "ok so did they…"). */
export function isYesNoQuestion(value: string): boolean {
  return YES_NO_OPENING.test(prepareText(value));
}

/** A tag asking for agreement ("…right?", "…yeah?", "…correct?") at the end of a message. */
const AGREEMENT_TAG =
  /\b(?:right|correct|yeah|yea|ya|yes|no|innit|true|eh|isnt\s+it|wasnt\s+it|didnt\s+they|arent\s+they|werent\s+they)\W*$/;

/**
 * Whether the message states something and asks if it is so: a yes/no question ("wasnt it 20
 * telcos"), a statement with an agreement tag ("it started in 2018 right") or a bare statement
 * with a question mark ("cybereason contacted 30 telcos?").
 */
export function isCheckingQuestion(value: string): boolean {
  const text = prepareText(value);
  if (YES_NO_OPENING.test(text) || AGREEMENT_TAG.test(text)) return true;
  return /\?\W*$/.test(value) && !rawWords(value).some((word) => QUESTION_WORDS.has(word));
}

/** What kind of fact the question asks for, when the wording says so. */
export function questionTypeOf(value: string): QuestionType | null {
  const text = foldText(value).replace(CALLS_DESCRIBED, ' ');
  // "How much … sure/confident" asks a degree of certainty, not a number.
  if (
    /\bhow\s+many\b|\bhow\s+much\b(?!(?:\s+\S+){0,3}?\s+(?:sure|confident|confidence|certain|certainty|control)\b)|\bnumber\s+of\b|\bhow\s+big\b/.test(
      text,
    )
  )
    return 'quantity';
  if (YES_NO_OPENING.test(text)) return null;
  if (/\bhow\s+long\b|\bfor\s+how\s+many\s+(?:years|months)\b/.test(text)) return 'duration';
  if (/\bwhat\s+time\b|\bat\s+what\s+hour\b/.test(text)) return 'clock';
  // "when" asks for a time at the start or before a verb ("when did…"), not in "what happens when…".
  if (
    /^\W*when\b|\bwhen\s+(?:did|was|were|is|are|will|does|do|has|had)\b|\bwhat\s+(?:year|date|day|month)\b|\bsince\s+when\b/.test(
      text,
    )
  )
    return 'time';
  if (WHERE_TO_FIND.test(text)) return null;
  if (
    /^\W*where\b|\bwhere\s+(?:is|was|were|are|did|does|do)\b|\bwhich\s+(?:countr|city|cities|region|place)/.test(
      text,
    )
  )
    return 'place';
  return null;
}

// A digit inside a name ("APT10") is not a number.
const NUMBER_WORDS =
  /(?<![A-Za-z\d])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|thousand|several|few|none|figure|number|amount)\b/i;
const TIME_WORDS =
  /\b(?:\d{4}|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:past|last|next|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+(?:years?|months?|weeks?|days?)|since|ago|ongoing|earlier|later|yet|still)\b/i;
const DURATION_WORDS =
  /\b(?:years?|months?|weeks?|days?|since|ago|over\s+the\s+past|ongoing|still|20\d\d)\b/i;
const CLOCK_WORDS =
  /\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\bo'clock\b|\bnoon\b|\bmidnight\b/i;
const PLACE_WORDS =
  /\b(?:countr(?:y|ies)|europe(?:an)?|western|city|region|soil|beijing|boston|london|tokyo|jerusalem|israel|china|america|u\.s|us|global|worldwide|based|nations?)\b/i;

/** Whether an answer can be the kind of fact the question asks for. */
export function answerFitsType(answer: string, type: QuestionType | null): boolean {
  switch (type) {
    case 'quantity':
      return NUMBER_WORDS.test(answer);
    case 'time':
      return TIME_WORDS.test(answer);
    case 'duration':
      return DURATION_WORDS.test(answer);
    case 'clock':
      return CLOCK_WORDS.test(answer);
    case 'place':
      return PLACE_WORDS.test(answer);
    case 'person':
    case null:
      return true;
  }
}
