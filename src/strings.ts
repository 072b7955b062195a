/** Every user-facing sentence, in one place; tests assert against these constants. */
export const STRINGS = Object.freeze({
  notInReports:
    "That's not in the reports I know. I only answer from the two articles on Operation Soft Cell (BGR and Bloomberg, 25 June 2019); /help shows what I can answer.",
  didYouMean: 'Did you mean:',
  smallTalk: {
    greeting:
      'Hi! I answer questions about Operation Soft Cell from two articles (BGR and Bloomberg, 25 June 2019). Try `/ask who was behind it`, or /help for more.',
    thanks:
      "You're welcome. Ask me anything else about Operation Soft Cell; /sources lists the two articles.",
    farewell: 'Bye! /help lists what I can answer whenever you are back.',
  },

  excerptTitle: 'Excerpt from the articles',
  excerptLabel: 'No curated answer for that, but this passage of the article matches your words:',
  emptyQuestion: 'Ask me a question about Operation Soft Cell, e.g. `/ask who was behind it`.',
  questionTooLong: (length: number, max: number) =>
    `That question is ${length} characters long; the limit is ${max}. Try just the key words.`,
  quoteNotFound: (
    speaker: string | null,
    topic: string | null,
    show: (text: string) => string = (t) => t,
  ) => {
    const parts = [
      speaker !== null ? `speaker “${show(speaker)}”` : null,
      topic !== null ? `topic “${show(topic)}”` : null,
    ];
    return `No quote in the articles matches ${parts.filter((p) => p !== null).join(' and ') || 'anything'}.`;
  },
  quoteOptionTooLong: (name: string, max: number) =>
    `The ${name} option can be at most ${max} characters.`,
  unknownEntry: 'That question is no longer in the knowledge base. Try /ask.',
  reloadUnavailable: 'Reloading the knowledge base is not available here.',
  reloaded: (before: number, after: number, ms: number) =>
    `Knowledge base reloaded in ${ms} ms: ${before} → ${after} Q&A entries.`,
  reloadRejected: (count: number) =>
    `The knowledge base has ${count} error(s); nothing was changed and the last good version keeps serving:`,
  unknownButton: 'That button is from an older version of this bot. Try /ask.',
  slowDown: (seconds: number) => `Slow down a little: you can ask again in ${seconds} s.`,
  internalError: 'Something went wrong on my side while answering. Please try again in a moment.',
  unknownCommand: (name: string) => `There is no /${name} command. Try /help.`,
  about:
    'I answer questions about Operation Soft Cell: Cybereason’s June 2019 research on a years-long espionage campaign against telecom carriers, as reported by BGR and Bloomberg. Every answer comes from those two articles and cites them; if they do not say it, I say so.',
});

export const MAX_QUESTION_LENGTH = 300;
export const MAX_QUOTE_OPTION_LENGTH = 100;
