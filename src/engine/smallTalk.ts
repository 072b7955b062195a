import { GREETING_PHRASE, prepareText, rawWords } from './text.js';

/**
 * Chat that is not a question: a greeting, a thank-you or a goodbye ("hi", "ty bot!", "ok thanks
 * that helps", "cya"). The engine still abstains on these; the reply only swaps "not in the
 * reports" for a friendly line. A message with any other word is not small talk.
 */
export type SmallTalk = 'greeting' | 'thanks' | 'farewell';

const THANKS = new Set(
  'thanks thank thankyou thx thnx thanx thnks tx ty tyvm tysm cheers appreciated appreciate ta'.split(
    ' ',
  ),
);
const FAREWELL = new Set('bye byebye goodbye cya later ttyl night gn goodnight'.split(' '));
const GREETING = new Set(
  'hi hii hiii hello helo hallo hey heya heyy hiya yo sup wassup howdy greetings morning afternoon evening gm hai'.split(
    ' ',
  ),
);
/** Words that may pad any of the three without making it a question. */
const PADDING = new Set(
  [
    'a all again alot and bot bro buddy dude everyone everybody folks for friend good great guys',
    'helpful helped helps help it lot lots man mate much nice o ok okay k kk cool awesome perfect',
    'brilliant got gotcha it makes sense understood that this so very you u ya see there lol haha',
    'hah heh hehe xd softcell answer answers info the once more really then will well',
  ]
    .join(' ')
    .split(' '),
);

export function smallTalkOf(message: string): SmallTalk | null {
  if (GREETING_PHRASE.test(prepareText(message))) return 'greeting';
  const words = rawWords(message);
  if (words.length === 0 || words.length > 12) return null;
  let kind: SmallTalk | null = null;
  for (const word of words) {
    if (THANKS.has(word)) kind = 'thanks';
    else if (FAREWELL.has(word)) kind = kind === 'thanks' ? kind : 'farewell';
    else if (GREETING.has(word)) kind ??= 'greeting';
    else if (!PADDING.has(word)) return null;
  }
  return kind;
}
