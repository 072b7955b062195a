import { describe, expect, it } from 'vitest';
import { SecondOpinion } from '../../src/engine/secondOpinion.js';
import { buildEngine } from '../../src/engine/engine.js';
import { WITHOUT_LOGISTIC, answeredId, realKnowledgeEngine } from '../helpers.js';

/** Multinomial naive Bayes over every label, uniform prior, computed the textbook way. */
function textbookBelief(
  training: readonly (readonly [readonly string[], number])[],
  labelCount: number,
  question: readonly string[],
  label: number,
  smoothing = 0.1,
): number {
  const vocabulary = new Set(training.flatMap(([features]) => features));
  const known = question.filter((f) => vocabulary.has(f));
  const logLikelihood = Array.from({ length: labelCount }, (_, c) => {
    const own = training.filter(([, l]) => l === c).flatMap(([features]) => features);
    return known.reduce(
      (sum, f) =>
        sum +
        Math.log(
          (own.filter((g) => g === f).length + smoothing) /
            (own.length + smoothing * vocabulary.size),
        ),
      0,
    );
  });
  const best = Math.max(...logLikelihood);
  const total = logLikelihood.reduce((sum, l) => sum + Math.exp(l - best), 0);
  return Math.exp((logLikelihood[label] ?? -Infinity) - best) / total;
}

describe('SecondOpinion', () => {
  // Phrasings as the engine gives them: terms in order, then function words as `~who`.
  const training: [string[], string, number][] = [
    [['china', 'deni', '~did'], 'did', 0],
    [['china', 'respond', '~what', '~did'], 'what', 0],
    [['deni', '~is'], 'is', 0],
    [['hacker', 'steal', '~what', '~did'], 'what', 1],
    [['steal', 'data', '~what'], 'what', 1],
    [['china', 'steal', '~did'], 'did', 1],
  ];
  const taught = () => {
    const opinion = new SecondOpinion(2);
    for (const [phrasing, first, label] of training) opinion.learn(phrasing, first, label);
    return opinion;
  };
  // The features the classifier reads, spelled out: terms, neighbouring pairs, asking words, first word.
  const spelled = ([phrasing, first]: readonly [string[], string]) => {
    const terms = phrasing.filter((w) => !w.startsWith('~'));
    return [
      ...terms,
      ...terms.slice(1).map((t, i) => `${terms[i]}_${t}`),
      ...phrasing.filter((w) => w.startsWith('~')),
      `^${first}`,
    ];
  };

  it('gives the textbook naive Bayes belief when every label shares a feature with the question', () => {
    const textbook = training.map(([p, f, l]) => [spelled([p, f]), l] as const);
    const opinion = taught();
    for (const question of [
      [['china', 'deni', '~did'], 'so'],
      [['china', 'steal', '~what'], 'what'],
      [['steal', 'china'], 'did'],
    ] as [string[], string][]) {
      for (const label of [0, 1])
        expect(opinion.belief(question[0], question[1], label)).toBeCloseTo(
          textbookBelief(textbook, 2, spelled(question), label),
          12,
        );
    }
  });

  it('reads pairs of neighbouring terms in order, and only question words among function words', () => {
    const opinion = taught();
    // "china deni" is a pair of label 0; "deni china" is no pair at all.
    expect(opinion.belief(['china', 'deni'], '', 0)).toBeGreaterThan(
      opinion.belief(['deni', 'china'], '', 0),
    );
    // "~the" is no question word: it changes nothing.
    expect(opinion.belief(['china', '~the'], '', 0)).toBe(opinion.belief(['china'], '', 0));
  });

  it('believes nothing of a question sharing no feature with a label, or with anything learnt', () => {
    const opinion = taught();
    expect(opinion.belief(['data'], '', 0)).toBe(0);
    expect(opinion.belief(['yahoo'], 'who', 1)).toBe(0);
  });

  it('takes in what it learns after a belief was asked for', () => {
    const opinion = taught();
    const before = opinion.belief(['data'], '', 0);
    opinion.learn(['data', '~what'], 'what', 0);
    expect(before).toBe(0);
    expect(opinion.belief(['data'], '', 0)).toBeGreaterThan(0);
  });
});

describe('the second opinion in the engine', () => {
  // Near misses from a question set: each falls short of the answer threshold on its own.
  const nearMisses: [string, string][] = [
    ['is huawei allowed to supply telecom kit in the states', 'huawei-bans'],
    ['how many other countries besides us in the december case', 'december-charges'],
    [
      'im a soc analyst and we want to hunt for this in our own network, do the articles list any tools or malware names we could look for',
      'what-tools',
    ],
  ];

  it('answers a near miss it is all but sure of, which the engine alone does not answer', () => {
    const engine = realKnowledgeEngine();
    const alone = buildEngine(engine.knowledge, {
      secondOpinionBelief: 2,
      secondOpinionLongBelief: 2,
      ...WITHOUT_LOGISTIC,
    });
    for (const [question, id] of nearMisses) {
      expect([question, answeredId(engine, question)]).toEqual([question, id]);
      expect([question, answeredId(alone, question)]).toEqual([question, 'no_match']);
    }
  });

  it('leaves a short question scoring under 0.5, or asking a kind of fact the answer lacks, unanswered', () => {
    const engine = realKnowledgeEngine();
    // Out of scope, though the second opinion leans to which-ministry (best score 0.49).
    const question = 'which government department runs the entity list';
    expect(engine.explain(question).ranked[0]?.score).toBeGreaterThan(0.45);
    expect(engine.ask(question).status).toBe('no_match');
    expect(engine.ask('what time was the beijing press briefing').status).toBe('no_match');
    // Past the reports ("ever extradited"): not answered, however sure the second opinion is.
    expect(engine.ask('were the two guys charged in december ever extradited').status).toBe(
      'no_match',
    );
  });

  it('decides a near tie between two answerable entries when it is all but sure of the second', () => {
    const engine = realKnowledgeEngine();
    const undecided = buildEngine(engine.knowledge, {
      secondOpinionMargin: -1,
      ...WITHOUT_LOGISTIC,
    });
    const question = 'were 5 companies blacklisted that week?';
    expect(answeredId(undecided, question)).toBe('us-blacklists');
    expect(answeredId(engine, question)).toBe('five-entities');
  });

  it('answers a long message down to a score of 0.3 when it is surer still', () => {
    const engine = realKnowledgeEngine();
    const shortOnly = buildEngine(engine.knowledge, { secondOpinionLongFloor: 1 });
    const question =
      'honestly everyone blames china for everything, why couldnt it just be some criminal gang after data to sell';
    expect(answeredId(engine, question)).toBe('why-nation-state');
    expect(engine.ask(question).confidence).toBeLessThan(0.45);
    expect(shortOnly.ask(question).status).toBe('no_match');
  });

  it('answers with the runner-up of a near miss when it is all but sure of that one', () => {
    const engine = realKnowledgeEngine();
    const question = 'did they run mimikatz to dump creds';
    expect(engine.explain(question).ranked[0]?.entry.id).not.toBe('what-tools');
    expect(answeredId(engine, question)).toBe('what-tools');
  });

  it('does not answer for a word the knowledge base has never seen ("who hacked yahoo")', () => {
    const engine = realKnowledgeEngine();
    expect(engine.ask('who hacked yahoo').status).toBe('no_match');
    expect(engine.ask('who hacked the dnc').status).toBe('no_match');
  });
});

describe('what the second opinion counts as asking what a thing is', () => {
  it('leaves "what is X" / "what X" alone, but not "what countries were involved", which asks which', () => {
    const naiveOnly = buildEngine(realKnowledgeEngine().knowledge, WITHOUT_LOGISTIC);
    expect(answeredId(naiveOnly, 'what countries were involved')).toBe('which-countries');
    for (const question of ['what is apt3', 'whats the mss', 'what apt3', 'who is sam nagarajan'])
      expect([question, answeredId(naiveOnly, question)]).toEqual([question, 'no_match']);
  });
});
