import { describe, expect, it } from 'vitest';
import { isCheckingQuestion } from '../../src/engine/text.js';
import { answeredBy } from '../helpers.js';

describe('messages that check a remembered figure', () => {
  it('tells a checking message from an open question', () => {
    expect(isCheckingQuestion('it was like 20 telcos right?')).toBe(true);
    expect(isCheckingQuestion('wasnt it 20 telcos')).toBe(true);
    expect(isCheckingQuestion('cybereason contacted 30 telcos?')).toBe(true);
    expect(isCheckingQuestion('it started in 2018 yeah')).toBe(true);
    expect(isCheckingQuestion('how many telcos were hit?')).toBe(false);
    expect(isCheckingQuestion('what happened in 2021')).toBe(false);
  });

  it('answers a wrong count or year with the entry holding the true figure', () => {
    expect(answeredBy('it was like 20 telcos right?')).toBe('how-many-carriers');
    expect(answeredBy('wasnt it 20 telcos?')).toBe('how-many-carriers');
    expect(answeredBy('over 50 countries right?')).toBe('how-many-countries');
    expect(answeredBy('it started in 2012 right?')).toBe('when-started');
    expect(answeredBy('this was published in 2018 right?')).toBe('when-reported');
  });

  it('keeps abstaining on years after the articles, open questions and figures of nothing', () => {
    expect(answeredBy('they got hacked again in 2021 right?')).toBe('no_match');
    expect(answeredBy('what happened to the telcos in 2021')).toBe('no_match');
    // After the year of the latest report is later than anything the reports know.
    expect(answeredBy('what happened to cybereason after 2019')).toBe('no_match');
    expect(answeredBy('did cybereason publish more reports after 2019')).toBe('no_match');
    expect(answeredBy('when was the report published, 2019?')).toBe('when-reported');
    expect(answeredBy('lior div is 40 right?')).toBe('no_match');
    expect(answeredBy('geng shuang is 45?')).toBe('no_match');
  });

  it('lets a year count as a content word ("since 2017"), unlike a bare number', () => {
    expect(answeredBy('has this been going on since 2017?')).toBe('when-started');
    expect(answeredBy('is this news from 2019?')).toBe('when-reported');
  });

  it('reads a length of time being checked as asking how long, whatever its number', () => {
    expect(answeredBy('hackers were in for like 5 years?')).toBe('how-long');
    expect(answeredBy('cybereason was watching them for 2 years?')).toBe('how-long-tracked');
    expect(answeredBy('was it only a few months')).toBe('how-long');
    expect(answeredBy('they were in for three years?')).toBe('how-long');
    // A count that is not a length of time keeps its number.
    expect(answeredBy('were there 5 entities?')).toBe('five-entities');
    expect(answeredBy('lior div has worked there 5 years right?')).toBe('no_match');
  });

  it('reads a number the knowledge base never uses for that thing as the figure being checked', () => {
    // "30" counts countries in the articles, never carriers.
    expect(answeredBy('isnt it like 30 carriers that got hit')).toBe('how-many-carriers');
    expect(answeredBy('cybereason contacted 30 telcos?')).toBe('who-was-told');
    // A count the articles give stays as telling as a name.
    expect(answeredBy('45 companies?')).toBe('december-charges');
    expect(answeredBy('was it like 30 countries?')).toBe('how-many-countries');
    // A share is no count.
    expect(answeredBy('are they 100% sure or just guessing')).toBe('how-sure');
  });

  it('reads counts said in words as numbers, and "safe after that" as after the clean-up', () => {
    expect(answeredBy('did us prosecutors charge three hackers?')).toBe('december-charges');
    expect(answeredBy('was it six entities that got blacklisted?')).toBe('five-entities');
    expect(answeredBy('if a carrier cleans up its network is it safe after that')).toBe(
      'can-hackers-be-removed',
    );
    expect(answeredBy('what happened after that')).toBe('no_match');
  });

  it('reads a month the knowledge base never names, in a checked fact, as asking when', () => {
    expect(answeredBy('was the report released in july 2019?')).toBe('when-reported');
    expect(answeredBy("wasn't the report released in july?")).toBe('when-reported');
    expect(answeredBy('what happened in july')).toBe('no_match');
  });

  it("reads a named person's job being checked as asking their role", () => {
    expect(answeredBy('lior div is the cto of cybereason?')).toBe('who-is-lior-div');
    expect(answeredBy('is div the ceo or cto?')).toBe('who-is-lior-div');
    expect(answeredBy('was geng shuang the foreign minister')).toBe('who-is-geng-shuang');
    expect(answeredBy('geng shuang is the chinese foreign minister?')).toBe('who-is-geng-shuang');
    // Asking who holds a job the articles never mention is still out of scope.
    expect(answeredBy("who is cybereason's cto")).toBe('no_match');
    expect(answeredBy('who is the chinese foreign minister')).toBe('no_match');
  });

  it('reads a wrong base or a wrong finder being checked as asking where Cybereason is based or who found it', () => {
    expect(answeredBy('cybereason is based in tel aviv right')).toBe('cybereason-background');
    expect(answeredBy("isnt cybereason HQ'd in tel aviv")).toBe('cybereason-background');
    expect(answeredBy('cybereason is from boston right?')).toBe('cybereason-background');
    expect(answeredBy('was it crowdstrike that discovered soft cell?')).toBe('who-found-it');
    expect(answeredBy('which security company found it, crowdstrike?')).toBe('who-found-it');
    // Another firm's own doings stay out of scope.
    expect(answeredBy('what did crowdstrike say about it')).toBe('no_match');
    expect(answeredBy('did crowdstrike find anything else')).toBe('no_match');
  });

  it('answers a year checked against a report, though one word is all it shares ("is the research from 2018?")', () => {
    expect(answeredBy('is the research from 2018?')).toBe('when-reported');
  });
});
