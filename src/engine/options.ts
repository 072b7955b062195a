/** Every tunable of the answer engine, in one place. Tuned on the tuning half of the eval set only. */
export interface EngineOptions {
  /** Combined score needed to answer from a Q&A entry. */
  readonly answerThreshold: number;
  /** Share of the question's weight an entry must cover to be answered from. */
  readonly minCoverage: number;
  /** Sum of IDF the covered terms must reach (one very common word is not enough). */
  readonly minMatchedWeight: number;
  /** Weight of coverage (vs best single phrasing) in the combined score. */
  readonly coverageWeight: number;
  /** How much an entry's answer text (not its phrasings or tags) counts towards covering a term. */
  readonly answerTermCredit: number;
  /** How much less an everyday English word weighs than a rare one (0: not at all). */
  readonly everydayWordDiscount: number;
  /** Weight of a word the knowledge base never uses but ordinary English does. */
  readonly commonUnknownWeight: number;
  /** In a short question, an everyday word the knowledge base lacks weighs this share of its heaviest word. */
  readonly unknownWordShare: number;
  /** Weight of a rare word (a name, code or jargon) the knowledge base never uses. */
  readonly rareUnknownWeight: number;
  /**
   * Phrasing similarity at which a match stands even when its words are common ("tl;dr of the
   * report" is one of key-findings' phrasings but for its framing): the matched-weight floor is waived.
   */
  readonly nearExactSimilarity: number;
  /** Multiplier when the question asks for a number/time/place the answer does not hold. */
  readonly typeMismatchPenalty: number;
  /** Multiplier when the question names someone or something the entry's phrasings never name. */
  readonly otherNamePenalty: number;
  /**
   * An out-of-scope example at least this similar to a question (and `outOfScopeMargin` more
   * similar than the best entry's best phrasing) marks the question as one the articles do not
   * answer: every entry's score is multiplied by `outOfScopePenalty`.
   */
  readonly outOfScopeSimilarity: number;
  readonly outOfScopeMargin: number;
  readonly outOfScopePenalty: number;
  /**
   * A near miss (its best or runner-up entry scoring at least `secondOpinionFloor`; no rare or
   * reserved word; an everyday word the knowledge base lacks only in a question of five terms or
   * more) is answered from that entry when the second opinion, a classifier over the knowledge
   * base's phrasings and examples, gives it at least `secondOpinionBelief`.
   */
  readonly secondOpinionFloor: number;
  readonly secondOpinionBelief: number;
  /** A long question (six terms or more) down to this score, at this belief. */
  readonly secondOpinionLongFloor: number;
  readonly secondOpinionLongBelief: number;
  /** Two answerable entries this close in score are a near tie the second opinion may decide. */
  readonly secondOpinionMargin: number;
  /**
   * The logistic second opinion (softmax regression over the same phrasings and examples)
   * overrules an answer when it gives the chosen entry at most `logisticDoubt` and another of the
   * best four at least `logisticOverrule`; and answers a near miss the naive one left when it gives
   * one of the best four at least `logisticNearMiss`. Either way the entry it picks must score at
   * least `logisticFloor`.
   */
  readonly logisticDoubt: number;
  readonly logisticOverrule: number;
  readonly logisticNearMiss: number;
  readonly logisticFloor: number;
  /**
   * An answer scored under `logisticOutOfScopeScore` is withheld when the logistic second opinion
   * gives "out of scope" (the out-of-scope examples' label) at least `logisticOutOfScope`.
   */
  readonly logisticOutOfScope: number;
  readonly logisticOutOfScopeScore: number;
  /** Function-word similarity needed to answer a question with no content words ("who did it"). */
  readonly shapeOnlyThreshold: number;
  /** Sentence coverage needed for the passage fallback. */
  readonly passageThreshold: number;
  /** Minimum score for an entry to be offered as a "did you mean" suggestion. */
  readonly suggestionThreshold: number;
  readonly maxSuggestions: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = Object.freeze({
  answerThreshold: 0.55,
  minCoverage: 0.7,
  minMatchedWeight: 0.35,
  nearExactSimilarity: 0.75,
  coverageWeight: 0.4,
  answerTermCredit: 0.7,
  everydayWordDiscount: 0.5,
  commonUnknownWeight: 0.8,
  rareUnknownWeight: 4,
  unknownWordShare: 0.6,
  typeMismatchPenalty: 0.5,
  otherNamePenalty: 0.6,
  outOfScopeSimilarity: 0.6,
  outOfScopeMargin: 0.2,
  outOfScopePenalty: 0.5,
  secondOpinionFloor: 0.5,
  secondOpinionBelief: 0.97,
  secondOpinionLongFloor: 0.3,
  secondOpinionLongBelief: 0.99,
  secondOpinionMargin: 0.02,
  logisticDoubt: 0.1,
  logisticOverrule: 0.9,
  logisticNearMiss: 0.97,
  logisticFloor: 0.35,
  logisticOutOfScope: 0.9,
  logisticOutOfScopeScore: 0.8,
  shapeOnlyThreshold: 0.7,
  passageThreshold: 1,
  suggestionThreshold: 0.15,
  maxSuggestions: 3,
});
