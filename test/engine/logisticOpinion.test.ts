import { describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/engine/engine.js';
import { LogisticOpinion } from '../../src/engine/logisticOpinion.js';
import { WITHOUT_LOGISTIC, answeredId, realKnowledgeEngine } from '../helpers.js';

describe('LogisticOpinion', () => {
  // Phrasings as the engine gives them: terms in order, then function words as `~who`.
  // "china" is in every label's questions; "deni" and "steal" tell the labels apart.
  const training: [string[], string, number][] = [
    [['china', 'deni', '~did'], 'did', 0],
    [['china', 'deni', 'report', '~what', '~did'], 'what', 0],
    [['deni', '~is'], 'is', 0],
    [['china', 'steal', '~what', '~did'], 'what', 1],
    [['steal', 'data', '~what'], 'what', 1],
    [['china', 'steal', 'data', '~did'], 'did', 1],
    [['china', 'weather', '~what'], 'what', 2],
    [['weather', 'today', '~is'], 'is', 2],
  ];
  const taught = (maxWeights?: number) => {
    const opinion = new LogisticOpinion(3, maxWeights);
    for (const [phrasing, first, label] of training) opinion.learn(phrasing, first, label);
    return opinion;
  };

  it('reads each label from the words that tell it apart, with beliefs that sum to 1', () => {
    const opinion = taught();
    const denial = opinion.read(['china', 'deni', '~did'], 'did');
    const theft = opinion.read(['steal', '~did'], 'did');
    expect(denial?.label).toBe(0);
    expect(theft?.label).toBe(1);
    expect(opinion.read(['weather', '~what'], 'what')?.label).toBe(2);
    for (const reading of [denial, theft]) {
      const beliefs = [...(reading?.beliefs ?? [])];
      expect(beliefs).toHaveLength(3);
      expect(beliefs.reduce((sum, b) => sum + b, 0)).toBeCloseTo(1, 5);
      expect(Math.max(...beliefs)).toBe(beliefs[reading?.label ?? -1]);
    }
  });

  it('weighs a word every label uses for little, and one that tells labels apart for much', () => {
    const opinion = taught();
    const china = opinion.read(['china'], '')?.beliefs ?? [];
    const deni = opinion.read(['deni'], '')?.beliefs ?? [];
    // "china" leaves the labels close; "deni" all but decides for label 0.
    expect(Math.max(...china) - Math.min(...china)).toBeLessThan(0.5);
    expect(deni[0]).toBeGreaterThan(0.8);
  });

  it('learns the same weights every time (a fixed shuffle, no randomness)', () => {
    const question: [string[], string] = [['china', 'data', '~what'], 'what'];
    expect([...(taught().read(...question)?.beliefs ?? [])]).toEqual([
      ...(taught().read(...question)?.beliefs ?? []),
    ]);
  });

  it('reads nothing for a knowledge base whose weight table would be too big', () => {
    // 8 features × 3 labels fit in 1,000 weights; not in 10.
    expect(taught(1_000).read(['deni'], '')).not.toBeNull();
    expect(taught(1_000).usable).toBe(true);
    expect(taught(10).read(['deni'], '')).toBeNull();
    expect(taught(10).usable).toBe(false);
  });
});

describe('the logistic second opinion in the engine', () => {
  const withoutIt = () => buildEngine(realKnowledgeEngine().knowledge, WITHOUT_LOGISTIC);

  it('overrules an answer it all but rules out, for one of the best four it is sure of', () => {
    const engine = realKnowledgeEngine();
    // am-i-affected scores best, but the question asks whose calls, not whether mine.
    const question = 'whose calls were they spying on';
    expect(engine.explain(question).ranked[0]?.entry.id).toBe('am-i-affected');
    expect(answeredId(withoutIt(), question)).toBe('am-i-affected');
    expect(answeredId(engine, question)).toBe('whose-data');
  });

  it('answers a near miss the naive second opinion leaves, when it is surer still', () => {
    const engine = realKnowledgeEngine();
    const without = withoutIt();
    const nearMisses: [string, string][] = [
      ['why didnt div name the companies, legal reasons?', 'why-not-named'],
      ['were european carriers in the mix', 'western-europe'],
      [
        'if the carriers boot the attackers out does that actually fix anything long term or nah',
        'can-hackers-be-removed',
      ],
    ];
    for (const [question, id] of nearMisses) {
      expect([question, answeredId(without, question)]).toEqual([question, 'no_match']);
      expect([question, answeredId(engine, question)]).toEqual([question, id]);
    }
  });

  it('withholds an answer scored under 0.8 that it reads as out of scope, like the out-of-scope examples', () => {
    const engine = realKnowledgeEngine();
    const without = withoutIt();
    for (const [question, id] of [
      ['can the police track my phone', 'location-data'],
      ['who is the ceo of t-mobile', 'am-i-affected'],
    ] as const) {
      expect([question, answeredId(without, question)]).toEqual([question, id]);
      expect([question, answeredId(engine, question)]).toEqual([question, 'no_match']);
    }
    // The same words, asked about the reports, are answered.
    expect(answeredId(engine, 'can they track my location')).toBe('location-data');
  });

  it('never picks an entry scoring under its floor, lacking a figure asked about, or for a guarded question', () => {
    const engine = realKnowledgeEngine();
    // how-sure is fourth at 0.27: is-it-proven (0.79) stays.
    expect(
      answeredId(
        engine,
        'How can they be sure it was China and not someone pretending to be China?',
      ),
    ).toBe('is-it-proven');
    // who-is-geng-shuang ranks first, above the floor, but holds no "45".
    const age = 'geng shuang is 45?';
    expect(engine.explain(age).ranked[0]?.entry.id).toBe('who-is-geng-shuang');
    expect(engine.explain(age).ranked[0]?.score).toBeGreaterThan(0.35);
    expect(answeredId(engine, age)).toBe('no_match');
    // A word the knowledge base has never seen, and a question past the reports.
    expect(answeredId(engine, 'who hacked yahoo')).toBe('no_match');
    expect(answeredId(engine, 'were the two guys charged in december ever extradited')).toBe(
      'no_match',
    );
  });
});
