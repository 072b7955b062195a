import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/engine/text.js';

describe('chat vocabulary', () => {
  it('reads the asker’s family and friends as context, not as the subject', () => {
    expect(termsOf("could they read my grandpa's texts")).toEqual(
      termsOf('could they read my texts'),
    );
    expect(termsOf('is our family carrier on the list')).toEqual(
      termsOf('is our carrier on the list'),
    );
  });

  it('drops discourse adverbs and "of course" as padding', () => {
    expect(termsOf('of course the embassy obviously denied it')).toEqual(
      termsOf('the embassy denied it'),
    );
    expect(termsOf('is this merely a rumour, seriously')).toEqual(termsOf('is this a rumour'));
  });

  it('maps security slang onto the words the articles use', () => {
    expect(termsOf('script kiddies')).toEqual(termsOf('amateurs'));
    expect(termsOf('why did the SOC miss it')).toEqual(
      termsOf('why did the security team miss it'),
    );
    expect(termsOf('does the MSS run them')).toEqual(termsOf('does the ministry run them'));
    expect(termsOf('how many gigabytes')).toEqual(termsOf('how many terabytes'));
    expect(termsOf('did the spooks know')).toEqual(termsOf('did intelligence know'));
    expect(termsOf('a gang of thieves')).toEqual(termsOf('criminals'));
    expect(termsOf('they popped the mail server')).toEqual(termsOf('they hacked the mail server'));
  });
});
