import {
  POST_REPORT,
  isCarrierName,
  isCheckingQuestion,
  isPlaceName,
  type QuestionType,
  isStopword,
  rawWords,
  repairWords,
  splitWords,
  stopwordsStartingWith,
  termOf,
} from './text.js';
import {
  consonantSkeleton,
  englishCount,
  everydayWordsStartingWith,
  typoDistance,
} from './vocabulary.js';

/** A query term and whether the knowledge base has ever used it. */
export interface QueryTerm {
  readonly term: string;
  readonly word: string;
  /** `known`: in the knowledge base; `common`: ordinary English it lacks; `rare`: a name, code or jargon it lacks. */
  readonly kind: 'known' | 'common' | 'rare';
}

/** Below this many SUBTLEX occurrences a word is not ordinary English: a name, code, slang or typo. */
const COMMON_ENGLISH_COUNT = 20;
/** A word seen at least this often in SUBTLEX is a real word and is never "repaired". */
const REAL_WORD_COUNT = 20;
const MAX_CACHE = 20_000;
/** Each half of a run-together word ("partof") is an everyday word at least this common. */
const SPLIT_PART_COUNT = 1000;
/** "goin" is read as "going" when "going" is at least this common. */
const DROPPED_G_COUNT = 100;

/**
 * Turns a question into index terms against one knowledge base's vocabulary: repairs typos of
 * words the knowledge base uses (only for strings that are not ordinary English words), and
 * classifies every word it does not know as common or rare.
 */
export class QueryAnalyzer {
  readonly #vocabulary: ReadonlyMap<string, number>;
  #knownTerms: ReadonlySet<string>;
  readonly #byInitial = new Map<string, string[]>();
  readonly #repairs = new Map<string, string | null>();
  /** Each word as typo repair leaves it (the knowledge base repeats its words thousands of times). */
  readonly #repairedWords = new Map<string, string>();

  readonly #names: RegExp | null;
  readonly #lastNames = new Map<string, string>();

  /**
   * `names`: full names of people in the knowledge base; "first last" is read as "last", so one
   * person weighs as one word.
   */
  constructor(
    vocabulary: ReadonlyMap<string, number>,
    knownTerms: ReadonlySet<string>,
    names: readonly string[] = [],
  ) {
    this.#vocabulary = vocabulary;
    this.#knownTerms = knownTerms;
    const full = [...new Set(names.map((name) => name.trim()))]
      .map((name) => name.split(/\s+/))
      .filter(
        (parts) =>
          parts.length >= 2 && parts.length <= 3 && parts.every((p) => /^[\p{L}'-]+$/u.test(p)),
      );
    for (const parts of full)
      this.#lastNames.set(parts.join(' ').toLowerCase(), (parts.at(-1) ?? '').toLowerCase());
    // One pattern for every full name, so a question is scanned once whatever the number of people.
    this.#names =
      full.length === 0
        ? null
        : new RegExp(
            `\\b(?:${full.map((parts) => parts.map(escapeRegExp).join('\\s+')).join('|')})\\b`,
            'giu',
          );
    for (const word of vocabulary.keys()) {
      if (word.length < 4 || /\d/.test(word) || isStopword(word)) continue;
      const initial = word[0] ?? '';
      const list = this.#byInitial.get(initial) ?? [];
      list.push(word);
      this.#byInitial.set(initial, list);
    }
  }

  /** The terms the index holds (set once the index over the analysed phrasings is built). */
  setKnownTerms(terms: ReadonlySet<string>): void {
    this.#knownTerms = terms;
    this.#repairedWords.clear();
  }

  /** The text with every word typo-repaired, as the question's shape (its type, function words) is read. */
  repairText(text: string): string {
    return repairWords(text, (raw) => this.#repairWord(raw));
  }

  analyze(text: string): QueryTerm[] {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    const named = this.#names
      ? text.replace(
          this.#names,
          (match) => this.#lastNames.get(match.toLowerCase().split(/\s+/).join(' ')) ?? match,
        )
      : text;
    for (const word of splitWords(named, (raw) => this.#repairWord(raw))) {
      if (isStopword(word)) continue;
      const term = termOf(word);
      if (seen.has(term)) continue;
      seen.add(term);
      out.push({ term, word, kind: this.#kindOf(word, term) });
    }
    return asVictim(out, text);
  }

  #kindOf(word: string, term: string): QueryTerm['kind'] {
    if (this.#vocabulary.has(word) || this.#knownTerms.has(term)) return 'known';
    if (isPlaceName(word)) return 'rare';
    return englishCount(word) >= COMMON_ENGLISH_COUNT ? 'common' : 'rare';
  }

  /** A word that is neither ours nor English, replaced by the knowledge-base word it most likely misspells. */
  #repairWord(word: string): string {
    let repaired = this.#repairedWords.get(word);
    if (repaired === undefined) {
      repaired = this.#repairWordUncached(word);
      if (this.#repairedWords.size >= MAX_CACHE) this.#repairedWords.clear();
      this.#repairedWords.set(word, repaired);
    }
    return repaired;
  }

  #repairWordUncached(word: string): string {
    if (this.#vocabulary.has(word) || isStopword(word) || englishCount(word) >= REAL_WORD_COUNT)
      return word;
    if (this.#knownTerms.has(termOf(word))) return word;
    // Chat drops the g: "goin", "lurkin", "hackin".
    if (word.endsWith('in') && englishCount(`${word}g`) >= DROPPED_G_COUNT) return `${word}g`;
    return this.#repair(word) ?? this.#split(word) ?? word;
  }

  /**
   * Two words run together ("inthe", "partof", "intothe"): both halves real, at least one a
   * function word, so that a name is not cut into pieces. Null when no split fits.
   */
  #split(word: string): string | null {
    if (word.length < 4) return null;
    const real = (part: string) =>
      isStopword(part) || this.#vocabulary.has(part) || englishCount(part) >= SPLIT_PART_COUNT;
    for (let at = 2; at <= word.length - 2; at++) {
      const head = word.slice(0, at);
      const tail = word.slice(at);
      if ((isStopword(head) || isStopword(tail)) && real(head) && real(tail))
        return `${head} ${tail}`;
    }
    return null;
  }

  /**
   * The word a typo most likely stands for: a knowledge-base word or an everyday English one,
   * with the same first letter, one edit away (two from eight letters on, or when only vowels
   * differ: "artical"). Null when none is near; an everyday word ("acutally") then stops a typo
   * from weighing like a rare name.
   */
  #repair(word: string): string | null {
    const cached = this.#repairs.get(word);
    if (cached !== undefined) return cached;
    let result: string | null = null;
    // A three-letter word is repaired only to a function word with the same letters ("hte").
    const maxDistance = word.length >= 8 ? 2 : word.length >= 3 ? 1 : 0;
    if (maxDistance > 0 && !/\d/.test(word)) {
      const skeleton = consonantSkeleton(word);
      const initial = word[0] ?? '';
      // Best first: closest (keeping the consonants counts for a quarter edit), then a word of
      // ours, then the longer shared beginning ("stil" is "still", not "soil"), then the commoner.
      let best: readonly [number, number, number, number] | null = null;
      const consider = (candidate: string, source: 'ours' | 'filler' | 'everyday') => {
        const ours = source === 'ours';
        // No word is repaired more than two edits away: most candidates stop here, cheaply.
        if (Math.abs(candidate.length - word.length) > 4 || letterDifference(word, candidate) > 4)
          return;
        const distance = typoDistance(word, candidate, 2);
        if (distance > 2) return;
        const sameSkeleton = consonantSkeleton(candidate) === skeleton;
        // Two slips are allowed in a word of ours whose letters are all there, shuffled ("awear"),
        // and when only vowels differ in a longer word ("artical").
        const shuffled = sameLetters(word, candidate);
        const reach = (ours && shuffled) || (sameSkeleton && word.length >= 7) ? 2 : maxDistance;
        if (distance > reach) return;
        // Any other word is a repair only for a typing slip (swapped or doubled letters: "gues")
        // of a filler word, or for a slip or misspelt vowel in a longer word ("reguler"): a short
        // unknown word is more likely a name ("sony", "claro") than a misspelt "sonny", "carol".
        const slip = distance <= 0.5 || shuffled;
        if (word.length === 3 && !(shuffled && source === 'filler')) return;
        if (!ours && !(word.length >= 6 ? slip || sameSkeleton : slip && source === 'filler'))
          return;
        const key = [
          distance - (sameSkeleton ? 0.25 : 0),
          ours ? 1 : 0,
          sharedPrefix(word, candidate),
          ours ? (this.#vocabulary.get(candidate) ?? 0) : englishCount(candidate),
        ] as const;
        if (!best || isBetter(key, best)) {
          best = key;
          result = candidate;
        }
      };
      // A three-letter word is only ever a function word typed out of order: skip the rest.
      if (word.length > 3) {
        for (const candidate of this.#byInitial.get(initial) ?? []) consider(candidate, 'ours');
        for (const candidate of everydayWordsStartingWith(initial))
          if (candidate !== word && !this.#vocabulary.has(candidate))
            consider(candidate, 'everyday');
      }
      for (const candidate of stopwordsStartingWith(initial))
        if (candidate !== word) consider(candidate, 'filler');
    }
    if (this.#repairs.size >= MAX_CACHE) this.#repairs.clear();
    this.#repairs.set(word, result);
    return result;
  }
}

/** Lower distance first; then higher of the rest, in order. */
function isBetter(
  key: readonly [number, number, number, number],
  best: readonly [number, number, number, number],
): boolean {
  if (key[0] !== best[0]) return key[0] < best[0];
  for (let i = 1; i < key.length; i++)
    if (key[i] !== best[i]) return (key[i] ?? 0) > (best[i] ?? 0);
  return false;
}

const letterCounts = new Int16Array(27);

/**
 * How many letters two words do not have in common (counted with repeats; every character past
 * "z" counts as one kind). One typing slip changes at most two, and costs at least half an edit,
 * so a difference above 4 means more than two edits.
 */
function letterDifference(a: string, b: string): number {
  letterCounts.fill(0);
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i) - 97;
    const at = code >= 0 && code < 26 ? code : 26;
    letterCounts[at] = (letterCounts[at] as number) + 1;
  }
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i) - 97;
    const at = code >= 0 && code < 26 ? code : 26;
    letterCounts[at] = (letterCounts[at] as number) - 1;
  }
  let difference = 0;
  for (let i = 0; i < 27; i++) difference += Math.abs(letterCounts[i] as number);
  return difference;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Counts every word of the given texts, both as written and after phrase rules, for typo repair. */
/** The words of a text a vocabulary counts once: as written and after phrase rewriting. */
export function vocabularyWordsOf(text: string): string[] {
  return [...new Set([...rawWords(text), ...splitWords(text)])];
}

export function buildVocabulary(
  texts: Iterable<string>,
  wordsOf: (text: string) => readonly string[] = vocabularyWordsOf,
): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    }
  }
  return vocabulary;
}

const CARRIER_WORDS = new Set(
  'telcos telco carriers carrier operators operator networks network companies company firms providers'.split(
    ' ',
  ),
);
const LOCATION_LEAD = new Set('in from across inside within'.split(' '));
const ACTIVE_VERBS = new Set(
  'hacked hacks hack attacked attacks attack breached breaches did does targeted targets hit hits spied'.split(
    ' ',
  ),
);
const ACTED_ON = new Set(
  'them it this that the those these telcos carriers everyone us networks companies any some a an all phone mobile cell telecom telecoms other foreign western'.split(
    ' ',
  ),
);
const COUNTRY_WORDS = new Set('country countries nation nations'.split(' '));
const INVOLVED_TERM = termOf('involved');
const HACK_TERM = termOf('hacked');
const VICTIM_TERMS = new Set(
  ['hack', 'target', 'affect', 'among', 'victim', 'includ', 'involved'].map(termOf),
);
const COUNTRY_TERM = termOf('country');
const TARGET_TERM = termOf('target');
const NAMED_CARRIER: QueryTerm = { term: 'namedcarrier', word: 'namedcarrier', kind: 'known' };
/** A nationality ("russian", "the chinese") names who acts, not where the victims were. */
const NATIONALITY =
  /(?:ians?|eans?|ans|ese|ish|ch|i|man|mans|cans?|greek|swiss|filipino|afghan|cuban)$/;

/**
 * "Was India hit?": a country, in a yes/no question about who was hit, asks whether that country
 * was among the victims, which the articles answer (they name none) — also for a country the
 * knowledge base names for another reason (Israel, where Cybereason's founders served).
 * Elsewhere ("is huawei banned in the uk") an unknown country stays as telling as a name.
 */
function asVictim(terms: QueryTerm[], text: string): QueryTerm[] {
  return asVictimPlace(asNamedCarrier(terms, text), text);
}

/**
 * "Was Vodafone hacked?", "is Verizon on the list?": in a yes/no question any carrier by name is
 * one term, so a carrier the knowledge base never names asks what a named one asks (the articles
 * name none). Elsewhere ("what happened in the optus breach") the name stays as telling as any.
 */
function asNamedCarrier(terms: QueryTerm[], text: string): QueryTerm[] {
  if (!terms.some((t) => isCarrierName(t.word))) return terms;
  if (isCheckingQuestion(text))
    return terms.map((t) => (isCarrierName(t.word) ? NAMED_CARRIER : t));
  // "im on vodafone, am i affected": the asker's own carrier, and only that one.
  const words = rawWords(text);
  if (!words.some((word) => ASKER.has(word))) return terms;
  const own = (t: QueryTerm) =>
    isCarrierName(t.word) && OWN_CARRIER_LEAD.has(words[words.indexOf(t.word) - 1] ?? '');
  return terms.map((t) => (own(t) ? NAMED_CARRIER : t));
}

const OWN_CARRIER_LEAD = new Set('on with use using via'.split(' '));
const ASKER = new Set('i im me my we our'.split(' '));

function asVictimPlace(terms: QueryTerm[], text: string): QueryTerm[] {
  if (!terms.some((t) => isPlaceName(t.word))) return terms;
  const words = rawWords(text);
  // "Israeli telcos", "asian countries" are victims; "the russians" act.
  // "German or French carriers": a list of places describes the carriers after its last one.
  const describesVictims = (word: string): boolean => {
    let at = words.indexOf(word);
    while ((words[at + 1] === 'or' || words[at + 1] === 'and') && isPlaceName(words[at + 2] ?? ''))
      at += 2;
    const next = words[at + 1] ?? '';
    return CARRIER_WORDS.has(next) || COUNTRY_WORDS.has(next);
  };
  // "Russia hacked them", "iran did it": a place that does something to someone acts.
  const acts = (word: string) => {
    const at = words.indexOf(word);
    return ACTIVE_VERBS.has(words[at + 1] ?? '') && ACTED_ON.has(words[at + 2] ?? '');
  };
  const places = terms.filter(
    (t) =>
      t.kind !== 'common' &&
      isPlaceName(t.word) &&
      (!NATIONALITY.test(t.word) || describesVictims(t.word)) &&
      !acts(t.word),
  );
  if (places.length === 0) return terms;
  // "Which telcos in Israel were hit" asks the same of a place where victims were.
  const inPlace = (t: QueryTerm) => LOCATION_LEAD.has(words[words.indexOf(t.word) - 1] ?? '');
  const said = words.join(' ');
  // "…in france or germany": the second place is where the first one is.
  const joined = (t: QueryTerm) => {
    const at = words.indexOf(t.word);
    return /^(?:or|and)$/.test(words[at - 1] ?? '') && isPlaceName(words[at - 2] ?? '');
  };
  // "Any telcos in france?" asks whether carriers there were among the victims, unsaid.
  const asksAnyCarriersThere =
    /^\W*any\s+(?:\S+\s+)?(?:telcos?|carriers?|operators?|networks?|providers?)\s+(?:in|from)\s+(?:the\s+)?\S+(?:\s+(?:or|and)\s+(?:the\s+)?\S+)*\W*$/.test(
      said,
    ) && places.every((t) => inPlace(t) || joined(t));
  // "Was australia one of them", "is japan on the list", "what about japan": a place checked
  // against the victims, as "was japan hit" does.
  const whatAbout = WHAT_ABOUT.test(said);
  const framed = VICTIM_FRAME.test(said) || whatAbout;
  if (!asksAnyCarriersThere && !framed && !terms.some((t) => VICTIM_TERMS.has(t.term)))
    return terms;
  const asksWhich = /^\W*(?:which|what)\b/.test(said) && places.every(inPlace);
  // "Any asian countries affected?" asks yes or no, as "were any … affected" does.
  const asksAny = /^\W*any\b/.test(said);
  if (!isCheckingQuestion(text) && !asksWhich && !asksAny && !whatAbout) return terms;
  // "Were carriers in france involved" asks whether they were hit.
  const out = terms
    .filter((t) => !places.includes(t))
    .map((t) =>
      t.term === INVOLVED_TERM ? { term: HACK_TERM, word: 'hacked', kind: 'known' as const } : t,
    );
  if (!out.some((t) => t.term === COUNTRY_TERM))
    out.push({ term: COUNTRY_TERM, word: 'country', kind: 'known' });
  // As "which countries" is read: a country asked about as a victim. "Did they hit carriers in
  // germany", "any asian countries hit" ask which countries, not how many.
  const asVictimThere = (t: QueryTerm) => inPlace(t) || describesVictims(t.word) || joined(t);
  const asksHowMany = /\bhow\s+many\b/.test(said);
  if (
    (asksWhich || (!asksHowMany && places.every(asVictimThere))) &&
    !out.some((t) => t.term === TARGET_TERM)
  )
    out.push({ term: TARGET_TERM, word: 'target', kind: 'known' });
  return out;
}

const VICTIM_FRAME =
  /\b(?:one\s+of\s+(?:them|those|the\s+(?:victims|targets|countries|ones))|(?:on|in)\s+the\s+list|among\s+(?:them|those|the\s+(?:victims|targets)))\b/;
const WHAT_ABOUT = /^\W*(?:(?:and|so|ok|okay|but)\W+)*(?:what|how)\s+about\s+(?:the\s+)?\S+\W*$/;

const YEAR_LEAD = new Set('in since from by around before after until till back'.split(' '));

const LATER_LEAD = new Set('after since post beyond'.split(' '));
const LATER_THAN_REPORTS: QueryTerm = { term: POST_REPORT, word: POST_REPORT, kind: 'rare' };

/**
 * "What did cybereason publish after 2019": a time after the year of the latest report is
 * something the reports cannot know, however well its other words match.
 */
export function laterThanReports(terms: QueryTerm[], text: string, lastYear: number): QueryTerm[] {
  const isLateYear = (t: QueryTerm) => /^(?:19|20)\d\d$/.test(t.word) && Number(t.word) >= lastYear;
  if (!terms.some(isLateYear)) return terms;
  const words = rawWords(text);
  const later = terms.filter((t) => {
    if (!isLateYear(t)) return false;
    const at = words.indexOf(t.word);
    return LATER_LEAD.has(words[at - 1] ?? '') || LATER_LEAD.has(words[at - 2] ?? '');
  });
  if (later.length === 0) return terms;
  return [...terms.filter((t) => !later.includes(t)), LATER_THAN_REPORTS];
}

/**
 * "Was it apt10 or apt3": a question offering two alternatives, one of them a name the articles
 * use, asks which it was. A name the knowledge base has never seen on the other side is the wrong
 * alternative offered, not a subject of its own: it is left out. ("Security+ or CEH" offers no
 * name of the articles, and keeps both.)
 */
export function withoutUnknownAlternative(
  terms: QueryTerm[],
  text: string,
  isName: (term: string) => boolean,
): QueryTerm[] {
  if (!terms.some((t) => t.kind === 'rare')) return terms;
  const words = rawWords(text);
  const or = words.indexOf('or');
  if (or < 1 || words.includes('or', or + 1)) return terms;
  const before = new Set(words.slice(0, or));
  const after = new Set(words.slice(or + 1));
  const sideOf = (t: QueryTerm) => (before.has(t.word) ? 0 : after.has(t.word) ? 1 : -1);
  for (const side of [0, 1]) {
    const own = terms.filter((t) => sideOf(t) === side);
    const other = terms.filter((t) => sideOf(t) === 1 - side);
    if (
      own.some((t) => t.kind === 'rare') &&
      other.some((t) => t.kind === 'known' && isName(t.term)) &&
      !other.some((t) => t.kind === 'rare')
    )
      return terms.filter((t) => !(sideOf(t) === side && t.kind === 'rare'));
  }
  return terms;
}

/** What a checked figure asks for: its type, and the question words that would have asked it. */
export interface CheckedNumbers {
  readonly terms: QueryTerm[];
  readonly type: QuestionType | null;
  readonly functionWords: readonly string[];
}

/**
 * "It was like 20 telcos right?": a number the knowledge base never uses, in a message checking a
 * fact, stands for the figure being checked. The message asks how many (or, for a year no later
 * than the articles, when), which the articles answer. A later year ("hit again in 2021, right?")
 * stays as telling as an unknown name: the reports cannot know it.
 */
export function checkedNumbers(
  terms: QueryTerm[],
  text: string,
  lastYear: number,
  countedThings: () => ReadonlySet<string> = () => new Set(),
): CheckedNumbers {
  const unchanged = { terms, type: null, functionWords: [] };
  const duration = checkedDuration(terms, text);
  if (duration) return duration;
  // "Released in july 2019?": a month the knowledge base never names, in a message checking a
  // fact, asks when.
  const months = terms.filter((t) => t.kind !== 'known' && MONTHS.has(t.word));
  if (months.length > 0 && months.length < terms.length && isCheckingQuestion(text))
    return {
      terms: terms.filter((t) => !months.includes(t)),
      type: 'time',
      functionWords: ['~when'],
    };
  // "3 hackers": a number the knowledge base uses elsewhere ("3") but never as a count of this
  // thing is as unknown here as one it never uses.
  if (!terms.some((t) => /^\d+$/.test(t.word))) return unchanged;
  const said = splitWords(text);
  const neverCounts = (t: QueryTerm) => {
    // A year, or a share ("100% sure"), is no count.
    if (/^(?:19|20)\d\d$/.test(t.word) || new RegExp(`\\b${t.word}\\s*(?:%|percent)`).test(text))
      return false;
    const next = said[said.indexOf(t.word) + 1];
    return next !== undefined && !isStopword(next) && !countedThings().has(countKey(t.word, next));
  };
  const numbers = terms.filter(
    (t) => /^\d+$/.test(t.word) && (t.kind === 'rare' || neverCounts(t)),
  );
  if (numbers.length === 0 || numbers.length === terms.length) return unchanged;
  if (!isCheckingQuestion(text)) return unchanged;
  // Only a count of something ("20 telcos") or a year of an event ("in 2018") is a checked
  // figure; "lior div is 40" asks something the reports do not say.
  const isYear = (t: QueryTerm) => /^(?:19|20)\d\d$/.test(t.word);
  const checkable = (t: QueryTerm) => {
    const at = said.indexOf(t.word);
    const next = said[at + 1];
    const before = said[at - 1];
    return (
      (next !== undefined && !isStopword(next)) ||
      (isYear(t) && before !== undefined && YEAR_LEAD.has(before))
    );
  };
  if (!numbers.every(checkable)) return unchanged;
  const years = numbers.filter(isYear);
  if (years.some((t) => Number(t.word) > lastYear)) return unchanged;
  const rest = terms.filter((t) => !numbers.includes(t));
  return years.length > 0
    ? { terms: rest, type: 'time', functionWords: ['~when'] }
    : { terms: rest, type: 'quantity', functionWords: ['~how', '~many'] };
}

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

const VAGUE_COUNTS = new Set('few couple several'.split(' '));

const DURATION_UNITS = new Set(
  'year years yr yrs month months week weeks day days decade decades'.split(' '),
);

/**
 * "They were in for like 5 years?", "cybereason watched them for 2 years right": a length of time
 * in a message checking a fact asks how long, whatever the number (a "5" that is elsewhere the
 * count of blacklisted entities says nothing of them here).
 */
function checkedDuration(terms: QueryTerm[], text: string): CheckedNumbers | null {
  // Most questions hold no number and no "few": they are not read again.
  if (!terms.some((t) => /^\d+$/.test(t.word)) && !/\b(?:few|couple|several)\b/i.test(text))
    return null;
  const words = splitWords(text);
  const lengths = terms.filter((t) => {
    if (!/^\d+$/.test(t.word) || /^(?:19|20)\d\d$/.test(t.word)) return false;
    return DURATION_UNITS.has(words[words.indexOf(t.word) + 1] ?? '');
  });
  // "Only a few months?", "a couple of years right?": a length without a number.
  const vague = words.some(
    (word, at) =>
      VAGUE_COUNTS.has(word) &&
      (DURATION_UNITS.has(words[at + 1] ?? '') ||
        (words[at + 1] === 'of' && DURATION_UNITS.has(words[at + 2] ?? ''))),
  );
  if ((lengths.length === 0 && !vague) || !isCheckingQuestion(text)) return null;
  // The length checked, in numbers or words, is the figure asked for, not a word to match.
  const checked = (t: QueryTerm) => lengths.includes(t) || (vague && VAGUE_COUNTS.has(t.word));
  return {
    terms: terms.filter((t) => !checked(t)),
    type: 'duration',
    functionWords: ['~how'],
  };
}

/** The key of "<number> <thing>" in a knowledge base's counts ("10 telcos" → "10 telecom"). */
export function countKey(number: string, next: string): string {
  return `${number} ${termOf(next)}`;
}

/** Every "<number> <thing>" the texts use, for telling a count they give from one they don't. */
export function countedThingsOf(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const words = splitWords(text);
    words.forEach((word, at) => {
      const next = words[at + 1];
      if (/^\d+$/.test(word) && next !== undefined) out.add(countKey(word, next));
    });
  }
  return out;
}
