import type { Translator } from '../i18n';
import { textKeys, type PermitDefinition, type Question } from '../wizard';
import { offeredOptions, offersOptions } from './OptionsField/offeredOptions';
import { hintText } from './shared/FieldText';

/**
 * What "Lees voor" reads: the question, its hint and the choices, never an answer (the person did
 * not ask for what they typed to be said out loud beside someone else).
 */
export function questionSpeech(translator: Translator, permit: PermitDefinition, question: Question): string {
  const choices = offersOptions(question) ? offeredOptions(translator, permit, question).map((option) => option.label) : [];
  const parts = [
    translator.t(textKeys.label(permit, question)),
    hintText(translator, permit, question),
    choices.length > 0 ? translator.t('readAloud.choices', { choices: choices.join('; ') }) : undefined,
  ];
  // A full stop between parts makes the voice pause, as a reader would.
  return parts
    .filter((part): part is string => Boolean(part))
    .map((part) => (/[.?!:]$/.test(part.trim()) ? part.trim() : `${part.trim()}.`))
    .join(' ');
}
