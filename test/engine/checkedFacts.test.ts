import { describe, expect, it } from 'vitest';
import { isCheckingQuestion } from '../../src/engine/text.js';
import { answeredBy } from '../helpers.js';

describe('messages that check a remembered figure', () => {
  const statusOf = answeredBy;

  it('tells a checking message from an open question', () => {
    expect(isCheckingQuestion('it was like 20 telcos right?')).toBe(true);
    expect(isCheckingQuestion('wasnt it 20 telcos')).toBe(true);
    expect(isCheckingQuestion('cybereason contacted 30 telcos?')).toBe(true);
    expect(isCheckingQuestion('it started in 2018 yeah')).toBe(true);
    expect(isCheckingQuestion('how many telcos were hit?')).toBe(false);
    expect(isCheckingQuestion('what happened in 2021')).toBe(false);
  });

  it('answers a wrong count or year with the entry holding the true figure', () => {
    expect(statusOf('it was like 20 telcos right?')).toBe('how-many-carriers');
    expect(statusOf('wasnt it 20 telcos?')).toBe('how-many-carriers');
    expect(statusOf('over 50 countries right?')).toBe('how-many-countries');
    expect(statusOf('it started in 2012 right?')).toBe('when-started');
    expect(statusOf('this was published in 2018 right?')).toBe('when-reported');
  });

  it('keeps abstaining on years after the articles, open questions and figures of nothing', () => {
    expect(statusOf('they got hacked again in 2021 right?')).toBe('no_match');
    expect(statusOf('what happened to the telcos in 2021')).toBe('no_match');
    expect(statusOf('lior div is 40 right?')).toBe('no_match');
    expect(statusOf('geng shuang is 45?')).toBe('no_match');
  });

  it('lets a year count as a content word ("since 2017"), unlike a bare number', () => {
    expect(statusOf('has this been going on since 2017?')).toBe('when-started');
    expect(statusOf('is this news from 2019?')).toBe('when-reported');
  });
});
