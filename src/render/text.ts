import type { QuestionRef, Reply, SourceRef } from '../reply.js';
import { STRINGS } from '../strings.js';

/** Renders a reply as plain terminal text (the console and the CLI's readable mode). */

const WIDTH = 88;

function wrap(text: string, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function citation(source: SourceRef): string {
  return `${source.publisher}, ${source.date} — ${source.url}`;
}

function numbered(title: string, questions: readonly QuestionRef[], start: number): string[] {
  if (questions.length === 0) return [];
  return ['', title, ...questions.map((q, i) => `  [${start + i}] ${q.question}`)];
}

/** Text for one reply. `choices` lists the questions a bare number typed next will ask. */
export function renderText(reply: Reply): { text: string; choices: readonly QuestionRef[] } {
  switch (reply.kind) {
    case 'answer': {
      const lines: string[] = [];
      if (reply.excerpt) lines.push(wrap(STRINGS.excerptLabel), '');
      else lines.push(wrap(reply.answer), '');
      for (const evidence of reply.evidence) {
        lines.push(wrap(`“${evidence.excerpt}”`, '    '), `      — ${citation(evidence.source)}`);
      }
      lines.push(
        '',
        `  confidence ${reply.confidence.toFixed(2)}${reply.entryId ? ` · entry ${reply.entryId}` : ' · excerpt'}`,
      );
      lines.push(
        ...numbered(reply.excerpt ? STRINGS.didYouMean : 'Follow-up questions:', reply.related, 1),
      );
      return { text: lines.join('\n'), choices: reply.related };
    }
    case 'no_match': {
      const lines = [wrap(reply.message), ...numbered(STRINGS.didYouMean, reply.suggestions, 1)];
      return { text: lines.join('\n'), choices: reply.suggestions };
    }
    case 'quote':
      return {
        text: [
          wrap(`“${reply.text}”`, '  '),
          `    — ${reply.speaker}, ${reply.role}`,
          '',
          wrap(reply.context, '  '),
          `  ${citation(reply.source)}`,
        ].join('\n'),
        choices: [],
      };
    case 'quote_not_found':
    case 'invalid':
      return { text: wrap(reply.message), choices: [] };
    case 'reload':
      return {
        text: [wrap(reply.message), ...reply.errors.map((e) => `  ${e}`)].join('\n'),
        choices: [],
      };
    case 'sources':
      return {
        text: reply.sources
          .map((s) =>
            [
              `• ${s.headline ?? `${s.publisher} (headline not in the text we hold)`}`,
              `  ${s.publisher}, ${s.date} — ${s.authors.length > 0 ? `by ${s.authors.join(' and ')}` : 'byline not in the text we hold'}`,
              `  ${s.url}`,
            ].join('\n'),
          )
          .join('\n\n'),
        choices: [],
      };
    case 'help': {
      const width = Math.max(...reply.commands.map((c) => c.usage.length));
      const lines = [
        wrap(reply.about),
        '',
        'Commands:',
        ...reply.commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}`),
        ...numbered('Try asking:', reply.examples, 1),
      ];
      return { text: lines.join('\n'), choices: reply.examples };
    }
  }
}
