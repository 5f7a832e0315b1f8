import { useEffect } from 'preact/hooks';
import type { Translator } from '../i18n';
import { chooseVoice, type ReadAloud } from '../readAloud';
import { questionSpeech } from '../fields';
import { textKeys, type PermitDefinition, type Question } from '../wizard';
import { useTablet } from './TabletContext';
import { useLoaded } from './useLoaded';
import { useStore } from './useStore';
import { Button } from './Button';

/**
 * "Lees voor" under a question: reads it aloud with a voice on the device, for people who read
 * with difficulty (an extra beside screen readers, not instead). Absent when the device has no
 * voice for the language. A toggle: pressed while reading; pressing again, changing step or
 * leaving the page stops it.
 */
export function ReadAloudButton(props: ReadAloudButtonProps) {
  // Absent too until the read-aloud code is there (it loads with the first step, see `composeTablet`).
  const readAloud = useLoaded(useTablet().readAloud);
  return readAloud ? <ReadAloudToggle {...props} readAloud={readAloud} /> : null;
}

interface ReadAloudButtonProps {
  readonly permit: PermitDefinition;
  readonly question: Question;
  readonly field: string;
  readonly translator: Translator;
}

function ReadAloudToggle({ permit, question, field, translator, readAloud }: ReadAloudButtonProps & { readonly readAloud: ReadAloud }) {
  const voices = useStore(readAloud.voices);
  const speaking = useStore(readAloud.speaking);
  // By field, not question: each entry of a repeating group has its own button, pressed on its own.
  const id = `${permit.id}/${field}`;
  useEffect(() => readAloud.watchVoices(), []);
  // The step changes (this question goes away) or the language changes: no voice goes on talking.
  useEffect(
    () => () => {
      if (readAloud.speaking.get() === id) readAloud.stop();
    },
    [id, translator.tag],
  );
  if (!chooseVoice(voices, translator.tag)) return null;
  const reading = speaking === id;
  return (
    <Button
      variant="secondary"
      action={false}
      class="hv-read-aloud"
      aria-pressed={reading}
      onClick={() => (reading ? readAloud.stop() : readAloud.read(id, questionSpeech(translator, permit, question), translator.tag))}
    >
      {translator.t('readAloud.button')}
      <span class="hv-visually-hidden">{translator.t('readAloud.context', { question: translator.t(textKeys.label(permit, question)) })}</span>
    </Button>
  );
}
