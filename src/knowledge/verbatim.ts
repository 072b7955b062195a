/**
 * Verbatim comparison that treats typographic and straight quotes/apostrophes alike and folds
 * whitespace, and nothing else: letters, case, digits and other punctuation must match exactly.
 */
export function foldForVerbatim(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function containsVerbatim(haystack: string, needle: string): boolean {
  const folded = foldForVerbatim(needle);
  return folded.length > 0 && foldForVerbatim(haystack).includes(folded);
}

/** All the text of an article that a quote or excerpt may be drawn from. */
export function articleText(source: {
  headline: string | null;
  dek?: string | undefined;
  body: string;
}): string {
  return [source.headline ?? '', source.dek ?? '', source.body].join('\n');
}
