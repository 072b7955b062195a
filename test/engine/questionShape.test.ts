import { describe, expect, it } from 'vitest';
import { answeredBy } from '../helpers.js';
import {
  buildEngine,
  focusClauses,
  voteOfClauses,
  type AskResult,
} from '../../src/engine/engine.js';
import {
  answerFitsType,
  definitionSubject,
  isVagueQuestion,
  namesIn,
  questionTypeOf,
  termsOf,
} from '../../src/engine/text.js';
import { realKnowledgeEngine } from '../helpers.js';

const engine = realKnowledgeEngine();
const entryOf = (result: AskResult) =>
  result.status === 'answered' && result.kind === 'entry' ? result.entry.id : result.status;

describe('question type', () => {
  it('reads a question word inside a yes/no question as an embedded clause', () => {
    expect(questionTypeOf('did the attackers log how long each call lasted')).toBeNull();
    expect(questionTypeOf('ok so was it reported where the carriers are')).toBeNull();
    expect(questionTypeOf('how long did the attackers stay')).toBe('duration');
    expect(questionTypeOf('so how long did the attackers stay')).toBe('duration');
  });

  it('still reads "how many" inside a yes/no question as asking a number', () => {
    expect(questionTypeOf('did they say how many carriers were hit')).toBe('quantity');
  });

  it('reads "how much … sure" as a degree of certainty, and a name\'s digits as no number', () => {
    expect(questionTypeOf('how much data did they take')).toBe('quantity');
    expect(questionTypeOf('how much sure are they it was china')).toBeNull();
    expect(questionTypeOf('how much confidence does the firm have')).toBeNull();
    // "APT10" in an answer holds no figure: a count question about it finds none there.
    expect(answerFitsType('APT10 is a hacking group.', 'quantity')).toBe(false);
    expect(answerFitsType('It hit 10 carriers.', 'quantity')).toBe(true);
  });

  it('finds a time in an answer only where it dates something, not in "years of warnings"', () => {
    expect(answerFitsType('BGR opens with years of US intelligence warnings.', 'time')).toBe(false);
    expect(answerFitsType('Cybereason has watched it over the past year.', 'time')).toBe(true);
    expect(answerFitsType('It began in 2012.', 'time')).toBe(true);
    expect(answerFitsType('It was reported two weeks ago.', 'time')).toBe(true);
    expect(answeredBy('when did the huawei ban start')).toBe('no_match');
    expect(answeredBy('when did cybereason start tracking them')).toBe('how-long-tracked');
  });

  it('reads "where can I read/find" as asking for a source, not a place', () => {
    expect(questionTypeOf('where could we find the original research')).toBeNull();
    expect(questionTypeOf('where can u get the full writeup')).toBeNull();
    expect(questionTypeOf('where i can find cybereason original report')).toBeNull();
    expect(questionTypeOf("where's the actual report")).toBeNull();
    expect(questionTypeOf('wheres the original research')).toBeNull();
    expect(questionTypeOf('where were the carriers')).toBe('place');
  });
});

describe('plural misspellings', () => {
  it('reads a consonant + "ys" plural as "-ies"', () => {
    expect(termsOf('the phone companys')).toEqual(termsOf('the phone companies'));
    expect(termsOf('which countrys')).toEqual(termsOf('which countries'));
    expect(termsOf('the boys and the keys')).toEqual(termsOf('the boy and the key'));
  });
});

describe('questions of function words only', () => {
  it('calls a question word with only "is" and pronouns vague', () => {
    expect(isVagueQuestion('what is this')).toBe(true);
    expect(isVagueQuestion('who are they?')).toBe(true);
    expect(isVagueQuestion('who did this')).toBe(false);
    expect(isVagueQuestion('tl;dr')).toBe(false);
  });

  it('does not answer a vague question or one asking a kind of fact the entry lacks', () => {
    expect(entryOf(engine.ask('what is that'))).toBe('no_match');
    expect(entryOf(engine.ask('whos this'))).toBe('no_match');
    expect(entryOf(engine.ask('what time was it'))).toBe('no_match');
  });

  it('still answers a shape-only question that names an action', () => {
    expect(entryOf(engine.ask('so who did it'))).toBe('who-is-blamed');
  });
});

describe('definition questions', () => {
  it('reads the subject of "what is X" / "who is X" / "what does X mean"', () => {
    expect(definitionSubject("what's ransomware?")).toEqual(['ransomware']);
    expect(definitionSubject('so who is lior div')).toEqual(['lior', 'div']);
    expect(definitionSubject('wtf is apt10')).toEqual(['apt10']);
    expect(definitionSubject('whats a telco exactly')).toEqual(['telco']);
    expect(definitionSubject('what does apt mean')).toEqual(['apt']);
    expect(definitionSubject('what is ss7 and can it track phones')).toEqual(['ss7']);
  });

  it('reads "where is X based / headquartered" as about X itself', () => {
    expect(definitionSubject('where is bloomberg headquartered')).toEqual(['bloomberg']);
    expect(definitionSubject('wheres cybereason based')).toEqual(['cybereason']);
    expect(definitionSubject('where did they hack')).toBeNull();
    expect(entryOf(engine.ask('where is bloomberg headquartered'))).toBe('no_match');
    expect(entryOf(engine.ask('where is cybereason headquartered'))).toBe('cybereason-background');
  });

  it('leaves specific and ordinary questions alone', () => {
    expect(definitionSubject('what is the motive')).toBeNull();
    expect(definitionSubject('what is it')).toBeNull();
    expect(definitionSubject('what was stolen')).toBeNull();
    expect(definitionSubject('what happened')).toBeNull();
    expect(definitionSubject('what did they steal')).toBeNull();
  });

  it('answers a definition only from an entry that defines its subject', () => {
    expect(entryOf(engine.ask('what is ransomware'))).toBe('no_match');
    expect(entryOf(engine.ask('what is lateral movement'))).toBe('no_match');
    expect(entryOf(engine.ask('wtf is apt10'))).toBe('what-is-apt10');
    expect(entryOf(engine.ask('whats cybereason'))).toBe('what-is-cybereason');
    // "what's a …" loses its "'s" before the subject is read: it is still a definition.
    expect(definitionSubject('what a keylogger')).toEqual(['keylogger']);
    expect(entryOf(engine.ask("what's a rootkit"))).toBe('no_match');
    expect(entryOf(engine.ask("what's an apt"))).toBe('no_match');
  });
});

describe('countries the articles never name', () => {
  it('reads "was <country> hit" as asking which countries were targeted', () => {
    expect(entryOf(engine.ask('was japan hit'))).toBe('which-countries');
    expect(entryOf(engine.ask('were carriers in brazil hacked?'))).toBe('which-countries');
  });

  it('keeps an unknown country telling elsewhere, and a nationality as the actor', () => {
    expect(entryOf(engine.ask('is huawei banned in the uk'))).toBe('no_match');
    expect(entryOf(engine.ask('did the russians hack telcos too'))).toBe('no_match');
    expect(entryOf(engine.ask('which japanese groups hack telcos'))).toBe('no_match');
  });
});

describe('names', () => {
  it('keeps only the names a caller accepts, judged on the word as written', () => {
    const text = 'Lior Div told Reuters about Operation Soft Cell';
    expect(namesIn(text)).toContain('div');
    expect(namesIn(text)).toContain('oper');
    expect(namesIn(text, (word) => word !== 'div')).not.toContain('div');
    expect(namesIn(text, (word) => word !== 'operation')).not.toContain('oper');
  });
});

describe('common words', () => {
  it('answers a near-perfect match whose one content word is common', () => {
    expect(entryOf(engine.ask('overview of the report'))).toBe('key-findings');
    expect(entryOf(engine.ask('whats the summary of the report'))).toBe('key-findings');
    expect(
      entryOf(
        buildEngine(engine.knowledge, { nearExactSimilarity: 1.01 }).ask('overview of the report'),
      ),
    ).toBe('no_match');
  });
});

describe('long messages', () => {
  it('answers with the entry most clauses agree on, from its best clause', () => {
    const [who, proof] = engine.knowledge.qa;
    if (!who || !proof) throw new Error('the knowledge base has entries');
    const clause = (entry: typeof who, score: number) => ({
      score,
      ranked: [
        { entry, score, coverage: 1, phraseSimilarity: score, matchedWeight: 5, typeFits: true },
      ],
    });
    const single = clause(who, 0.95);
    const weaker = clause(proof, 0.8);
    const stronger = clause(proof, 0.85);
    expect(voteOfClauses([single, weaker, stronger])).toBe(stronger);
    expect(voteOfClauses([single, weaker])).toBe(single);
    expect(voteOfClauses([clause(who, 0.8), clause(proof, 0.8)])?.ranked[0]?.entry).toBe(who);
    expect(voteOfClauses([])).toBeNull();
  });

  it('starts a trailing question at an auxiliary only where a clause starts', () => {
    const clauses = focusClauses(
      'i keep reading threads about it all week and any real proof that it was the ministry',
    );
    expect(clauses).not.toContain('was the ministry');
    expect(focusClauses('i read the whole thread twice now, is there any proof of it')).toContain(
      'is there any proof of it',
    );
  });

  it('reads apologies and hedges as chat padding', () => {
    expect(termsOf('sorry, noob here, maybe a dumb question: which carriers were hacked')).toEqual(
      termsOf('which carriers were hacked'),
    );
  });
});
