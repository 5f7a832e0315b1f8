import type { Message } from '../../../src/i18n';

/** Every text a catalogue message can show: itself, or each of its plural forms (`_count` names a placeholder, it is no text). */
export function messageForms(message: Message | undefined): string[] {
  if (message === undefined) return [];
  if (typeof message === 'string') return [message];
  return Object.entries(message).flatMap(([category, text]) => (category === '_count' || text === undefined ? [] : [text]));
}
