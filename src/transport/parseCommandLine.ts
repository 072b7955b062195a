import type { CommandOptions } from '../command.js';

/**
 * Parses a console line such as `/ask who did it`, `/quote speaker:geng topic:soil` or
 * `/quote shadow` into a command name and options. Text without a leading slash is a question.
 */
export interface ParsedLine {
  readonly name: string;
  readonly options: CommandOptions;
}

/** Which option a command's free text fills when no `name:` is given. */
const FREE_TEXT_OPTION: Readonly<Record<string, string>> = { ask: 'question', quote: 'topic' };

export function parseCommandLine(
  line: string,
  optionNames: (command: string) => readonly string[],
): ParsedLine | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  if (!trimmed.startsWith('/')) return { name: 'ask', options: { question: trimmed } };
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed);
  const name = (match?.[1] ?? '').toLowerCase();
  const rest = match?.[2]?.trim() ?? '';
  if (name === 'ask') return { name, options: { question: rest } };

  const known = optionNames(name);
  const options: Record<string, string | boolean> = {};
  const pattern = new RegExp(`(?:^|\\s)(${known.map(escapeRegExp).join('|') || '(?!)'}):`, 'gi');
  const marks = [...rest.matchAll(pattern)];
  const free = marks.length > 0 ? rest.slice(0, marks[0]?.index ?? 0).trim() : rest;
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    const key = (mark[1] ?? '').toLowerCase();
    const value = rest.slice(start, end).trim();
    options[key] = value === 'true' ? true : value === 'false' ? false : value;
  });
  const freeOption = FREE_TEXT_OPTION[name];
  if (free && freeOption && options[freeOption] === undefined) options[freeOption] = free;
  return { name, options };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
