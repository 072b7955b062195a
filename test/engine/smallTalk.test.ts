import { describe, expect, it } from 'vitest';
import { smallTalkOf } from '../../src/engine/smallTalk.js';

describe('smallTalkOf', () => {
  it('recognises greetings, thanks and goodbyes', () => {
    expect(smallTalkOf('hi')).toBe('greeting');
    expect(smallTalkOf('Hey bot!')).toBe('greeting');
    expect(smallTalkOf('good morning everyone')).toBe('greeting');
    expect(smallTalkOf('thanks!')).toBe('thanks');
    expect(smallTalkOf('ok thank u so much, that helps')).toBe('thanks');
    expect(smallTalkOf('hi, thx')).toBe('thanks');
    expect(smallTalkOf('cya')).toBe('farewell');
    expect(smallTalkOf('thanks, bye')).toBe('thanks');
  });

  it('recognises a greeting shaped like a question, as the whole message only', () => {
    for (const message of ["how's it going", 'hey how are you?', 'how are things', "what's up bot"])
      expect([message, smallTalkOf(message)]).toEqual([message, 'greeting']);
    expect(smallTalkOf('how is it going with the investigation')).toBeNull();
    expect(smallTalkOf('how are the hackers getting in')).toBeNull();
  });

  it('is null for anything with a question in it, and for empty or padding-only text', () => {
    expect(smallTalkOf('thanks but who did it')).toBeNull();
    expect(smallTalkOf('hello who found it')).toBeNull();
    expect(smallTalkOf('hi is huawei involved')).toBeNull();
    expect(smallTalkOf('')).toBeNull();
    expect(smallTalkOf('👍')).toBeNull();
    expect(smallTalkOf('ok cool')).toBeNull();
    expect(smallTalkOf('thanks '.repeat(13))).toBeNull();
  });
});
