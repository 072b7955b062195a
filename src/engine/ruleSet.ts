/**
 * An ordered list of rewrite rules (regular expression → replacement), applied in order, that
 * skips every rule whose match is impossible in the text at hand.
 *
 * Nearly every rule needs, somewhere in each match, one of a choice of literal words at the start
 * of a word (`\bwho\s+(?:hacked|breached)\b` needs "hacked" or "breached"): such a rule can only
 * match a text in which one of those words starts a word. The choices are read from each rule's
 * source once; a rule with none is tried on every text. After a rule changes the text, the
 * possible rules are worked out again. The result is exactly that of applying every rule in order
 * (a test checks it on the knowledge base and every question set).
 */

export type Rule = readonly [RegExp, string];

/**
 * The literal words one of which must start a word wherever `source` matches; null if unknown.
 * An anchor ending in a space is a whole word: it must also end there.
 */
export function anchorsOf(source: string): string[] | null {
  const anchors: string[] = [];
  for (const branch of splitTopLevel(source)) {
    const own = branchAnchors(branch);
    if (own === null) return null;
    anchors.push(...own);
  }
  return anchors;
}

/**
 * Walks a pattern from `from`, past escapes and character classes, calling `visit` with every other
 * character and the group depth it stands at (a group's own parentheses at the outer depth);
 * stops at the first character `visit` accepts and returns its index, or -1.
 */
function walk(
  source: string,
  from: number,
  visit: (c: string, at: number, depth: number) => boolean,
): number {
  let depth = 0;
  let inClass = false;
  for (let at = from; at < source.length; at++) {
    const c = source[at] ?? '';
    if (c === '\\') at++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === ')') depth--;
      if (visit(c, at, depth)) return at;
      if (c === '(') depth++;
    }
  }
  return -1;
}

/** Splits a pattern at its top-level `|` (not inside a group or a character class). */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  walk(source, 0, (c, at, depth) => {
    if (c === '|' && depth === 0) {
      parts.push(source.slice(start, at));
      start = at + 1;
    }
    return false;
  });
  parts.push(source.slice(start));
  return parts;
}

/** The index of the `)` closing the group that opens at `open`, or -1. */
function closingParen(source: string, open: number): number {
  return walk(source, open, (c, at, depth) => c === ')' && depth === 0 && at > open);
}

const LITERAL_RUN = /^[a-z0-9']+/;
/** A quantifier that makes what it follows optional. */
const OPTIONAL = /^(?:\?|\*|\{0[,}])/;
/** Required white space: what follows it starts a word. */
const SPACE = /^(?:\\s\+|\\s(?![*?{])|\[\\s-\]\+|\[\\s\\-\]\+|\\W\+)/;

/** What makes the word before it end there: a word boundary, white space, no letter next. */
const WORD_END =
  /^(?:\\b|\\s(?![*?{])|\\W(?![*?{])|\$|\(\?!\[\\p\{L\}\\p\{N\}\]\)|\(\?=\\s|\(\?=\\W)/;

/** Required white space at the end of a pattern. */
const SPACE_END = /(?:\\s\+|\[\\s-\]\+|\[\\s\\-\]\+|\\W\+)$/;

/** The literal prefix a match of `text` must start with ("tl" for `tl\s*;?\s*dr`), or null. */
function literalPrefix(text: string): string | null {
  const run = LITERAL_RUN.exec(text)?.[0] ?? '';
  // A quantifier after the run applies to its last character only ("operators?").
  const literal = OPTIONAL.test(text.slice(run.length)) ? run.slice(0, -1) : run;
  // A word starts with a letter or digit: an apostrophe first is no word start.
  return literal.length > 0 && literal[0] !== "'" ? literal : null;
}

/** The length of the quantifier at the start of `text` ("+", "?", "{0,3}?"), or 0. */
function quantifierLength(text: string): number {
  return /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(text)?.[0].length ?? 0;
}

/**
 * The anchors of one top-level branch: of the choices of literal words that every match must have
 * at the start of a word (after `\b` or required white space), the one whose shortest word is
 * longest ("charge|cost" rather than "how" in `\bhow\s+much\s+…(?:charge|cost)`).
 */
function branchAnchors(branch: string): string[] | null {
  let best: string[] | null = null;
  let bestRank = -1;
  const consider = (anchors: string[]) => {
    // A choice without everyday words ("kick|throw", not "the|them") rules out most texts.
    const words = anchors.map((a) => a.trimEnd());
    const rank =
      (words.some((a) => EVERYDAY.has(a)) ? 0 : 100) +
      Math.min(...words.map((a) => a.length)) +
      (anchors.every((a) => a.endsWith(' ')) ? 0.5 : 0);
    if (best === null || rank >= bestRank) {
      best = anchors;
      bestRank = rank;
    }
  };
  let atWordStart = false;
  let i = 0;
  while (i < branch.length) {
    const rest = branch.slice(i);
    if (rest.startsWith('\\b')) {
      atWordStart = true;
      i += 2;
      continue;
    }
    // The start of the text, past any non-word characters, is a word start.
    const start = /^\^(?:\\W\*)?/.exec(rest);
    if (start && i === 0) {
      atWordStart = true;
      i += start[0].length;
      continue;
    }
    const space = SPACE.exec(rest);
    if (space) {
      atWordStart = true;
      i += space[0].length;
      continue;
    }
    if (rest.startsWith('(')) {
      const close = closingParen(rest, 0);
      if (close < 0) return best;
      const quantifier = quantifierLength(rest.slice(close + 1));
      const optional = OPTIONAL.test(rest.slice(close + 1));
      let inner = rest.slice(1, close);
      const lookaround = inner.startsWith('?') && !inner.startsWith('?:');
      if (inner.startsWith('?:')) inner = inner.slice(2);
      if (!lookaround && !optional && atWordStart) {
        // A choice of whole words followed by a word end ("(?:po|ba)\b") must be matched whole.
        const endsWord = quantifier === 0 && WORD_END.test(rest.slice(close + 1));
        const anchors = splitTopLevel(inner).map((choice) => {
          const literal = literalPrefix(choice);
          return literal !== null && endsWord && literal === choice ? `${literal} ` : literal;
        });
        if (!anchors.includes(null)) consider(anchors.filter((a) => a !== null));
      }
      // A lookaround takes no room: the word start it follows still holds after it. A group that
      // ends in white space in every choice leaves a word start after it, and so does "(?:^|\s)";
      // an optional one only if there was a word start before it too.
      const endsInSpace = splitTopLevel(inner).every((choice) => SPACE_END.test(choice));
      if (inner === '^|\\s' || inner === '\\s|^') atWordStart = true;
      else if (!lookaround) atWordStart = endsInSpace && (atWordStart || !optional);
      i += close + 1 + quantifier;
      continue;
    }
    const run = LITERAL_RUN.exec(rest)?.[0];
    if (run) {
      const quantified = quantifierLength(rest.slice(run.length)) > 0;
      const literal = literalPrefix(rest);
      const whole = literal === run && WORD_END.test(rest.slice(run.length));
      if (atWordStart && literal !== null) consider([whole ? `${literal} ` : literal]);
      atWordStart = false;
      i += run.length + (quantified ? quantifierLength(rest.slice(run.length)) : 0);
      continue;
    }
    // Anything else (a class, an escape, "^", "."): skip one token.
    atWordStart = false;
    if (rest.startsWith('\\')) i += 2;
    else if (rest.startsWith('[')) i += closingBracket(rest) + 1;
    else i += 1;
    i += quantifierLength(branch.slice(i));
  }
  return best;
}

/** Words in nearly every question: an anchor among them rules out few texts. */
const EVERYDAY = new Set(
  'the a an of to in on at is are was were be i you u we they them it he she this that these those what how who why when where which do does did and or for with my me our your their not no so'.split(
    ' ',
  ),
);

/** The index of the `]` closing the class that opens `text`. */
function closingBracket(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ']') return i;
  }
  return text.length - 1;
}

/** Whether the character code is one of `\w` (ASCII letter, digit or underscore). */
const isWordCode = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  code === 95;

/** Compiles `rules` into one function applying them in order. */
export function compileRuleSet(rules: readonly Rule[]): (text: string) => string {
  // An anchor of word characters only decides from the word it starts alone: the rules each word
  // may start are worked out once and remembered. Any other anchor ("don't") is looked up by its
  // first one or two characters and checked in place.
  const wholeWords = new Map<string, number[]>();
  const prefixes = new Map<string, { anchor: string; rule: number }[]>();
  const byStart = new Map<number, { anchor: string; whole: boolean; rule: number }[]>();
  const always: number[] = [];
  const keyOf = (text: string, at: number, length: number) =>
    length === 1 ? text.charCodeAt(at) : text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  rules.forEach(([pattern], rule) => {
    const anchors = pattern.flags.includes('i') ? null : anchorsOf(pattern.source);
    if (anchors === null) {
      always.push(rule);
      return;
    }
    for (const written of new Set(anchors)) {
      const anchor = written.trimEnd();
      const whole = written.endsWith(' ');
      if (!/^\w+$/.test(anchor))
        push(byStart, keyOf(anchor, 0, Math.min(2, anchor.length)), { anchor, whole, rule });
      else if (whole) push(wholeWords, anchor, rule);
      else push(prefixes, anchor.charAt(0), { anchor, rule });
    }
  });
  const wordRules = new Map<string, readonly number[]>();
  const rulesOfWord = (word: string): readonly number[] => {
    let found = wordRules.get(word);
    if (found === undefined) {
      const own = [...(wholeWords.get(word) ?? [])];
      for (const { anchor, rule } of prefixes.get(word.charAt(0)) ?? [])
        if (word.startsWith(anchor)) own.push(rule);
      found = own;
      if (wordRules.size >= MAX_REMEMBERED_WORDS) wordRules.clear();
      wordRules.set(word, found);
    }
    return found;
  };
  const mark = new Uint8Array(rules.length);
  const markAnchored = (text: string, at: number, key: number) => {
    const list = byStart.get(key);
    if (!list) return;
    for (const { anchor, whole, rule } of list) {
      if (!text.startsWith(anchor, at)) continue;
      if (whole && isWordCode(text.charCodeAt(at + anchor.length))) continue;
      mark[rule] = 1;
    }
  };
  const checksInPlace = byStart.size > 0;
  const markPossible = (text: string) => {
    mark.fill(0);
    for (const rule of always) mark[rule] = 1;
    let at = 0;
    while (at < text.length) {
      if (!isWordCode(text.charCodeAt(at))) {
        at++;
        continue;
      }
      let end = at + 1;
      while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
      for (const rule of rulesOfWord(text.slice(at, end))) mark[rule] = 1;
      if (checksInPlace) {
        markAnchored(text, at, text.charCodeAt(at));
        if (end - at >= 2)
          markAnchored(text, at, text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1));
      }
      at = end;
    }
  };
  return (input) => {
    let text = input;
    markPossible(text);
    for (let rule = 0; rule < rules.length; rule++) {
      if (mark[rule] === 0) continue;
      const [pattern, replacement] = rules[rule] as Rule;
      const next = text.replace(pattern, replacement);
      if (next === text) continue;
      text = next;
      markPossible(text);
    }
    return text;
  };
}

/** Words whose possible rules are remembered, at most (the knowledge base uses a few thousand). */
const MAX_REMEMBERED_WORDS = 20_000;
