import { describe, expect, it } from 'vitest';
import { statementSubject } from '../../src/engine/text.js';
import { answeredBy } from '../helpers.js';

describe('questions asking for a statement', () => {
  it('find the party asked about, not pronouns or the reports themselves', () => {
    expect(statementSubject('what did huawei say about the soft cell report')).toEqual(['huawei']);
    expect(statementSubject('did the foreign ministry comment')).toEqual(['foreign', 'ministry']);
    expect(statementSubject('how did china respond')).toEqual(['china']);
    expect(statementSubject('did t-mobile put out a statement')).toEqual(['t', 'mobile']);
    expect(statementSubject('what did they say about huawei')).toBeNull();
    expect(statementSubject('does the report say who did it')).toBeNull();
    expect(statementSubject('does the reporting say anything about europe')).toBeNull();
    expect(statementSubject('who did it')).toBeNull();
  });

  it('are answered only by an entry reporting that party’s statements', () => {
    expect(answeredBy('what did huawei say about the soft cell report')).toBe('no_match');
    expect(answeredBy('what did verizon say about soft cell')).toBe('no_match');
    expect(answeredBy('what did china say about the huawei ban')).toBe('no_match');
    expect(answeredBy('what did china say')).toBe('china-response');
    expect(['reactions', 'intel-community']).toContain(
      answeredBy('what did the intelligence community say'),
    );
  });

  it('include what a party did about it: only an entry reporting that party’s response answers', () => {
    expect(statementSubject('what did the eu do about it')).toEqual(['eu']);
    expect(statementSubject('has cybereason done anything about this')).toBeNull();
    expect(statementSubject('what did they do to the networks')).toBeNull();
    expect(answeredBy('what did the eu do about it')).toBe('no_match');
    expect(statementSubject('what did the eu do in response')).toEqual(['eu']);
    expect(answeredBy('what did the eu do in response')).toBe('no_match');
    expect(answeredBy('what did china do about it')).toBe('china-response');
  });

  it('read "what does div say operators should do" as asking for advice his answers report', () => {
    expect(answeredBy('what does div say operators should do')).toBe('how-to-defend');
    expect(answeredBy('what did div say carriers need to change')).toBe('how-to-defend');
    // Div's advice is not China's.
    expect(answeredBy('what did china say carriers should do')).toBe('no_match');
    expect(answeredBy('what does huawei say carriers should do')).toBe('no_match');
  });
});
