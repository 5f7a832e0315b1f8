import type { Translator } from '../i18n';
import { textKeys, type PermitDefinition, type Question } from '../wizard';
import { hintText } from './FieldText';

/**
 * What "Lees voor" reads: the question, its hint and the choices, never an answer (the person did
 * not ask for what they typed to be said out loud beside someone else).
 */
export function questionSpeech(translator: Translator, permit: PermitDefinition, question: Question): string {
  const choices =
    question.type === 'yesNo'
      ? [translator.t('field.yes'), translator.t('field.no')]
      : question.type === 'choice' || question.type === 'multiChoice'
        ? question.options.map((value) => translator.t(textKeys.option(permit, question, value)))
        : [];
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
