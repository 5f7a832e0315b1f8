import { useEffect, useState } from 'preact/hooks';
import { ownLanguageName, type Translator } from '../i18n';
import { chooseVoice, type ReadAloud } from '../readAloud';
import { questionSpeech } from '../fields';
import { textKeys, type PermitDefinition, type Question } from '../wizard';
import { useTablet } from './TabletContext';
import { useLoaded } from './useLoaded';
import { useStore } from './useStore';
import { Button } from './Button';

/**
 * "Lees voor" under a question: reads it aloud with a voice on the device of the page's language,
 * for people who read with difficulty (an extra beside screen readers, not instead). A toggle:
 * pressed while reading; pressing again, changing step or leaving the page stops it. Where the
 * tablet has no voice for the language, the button stays and, pressed, says so in that language:
 * a person who read along on an earlier visit is not left wondering where it went.
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
  if (!chooseVoice(voices, translator.tag)) return <NoVoiceButton permit={permit} question={question} translator={translator} />;
  const reading = speaking === id;
  return (
    <Button
      variant="secondary"
      action={false}
      class="hv-read-aloud"
      aria-pressed={reading}
      onClick={() => (reading ? readAloud.stop() : readAloud.read(id, questionSpeech(translator, permit, question), translator.tag))}
    >
      <ButtonText permit={permit} question={question} translator={translator} />
    </Button>
  );
}

/** "Lees voor: <question>", the visible words and the hidden context that says which question. */
function ButtonText({ permit, question, translator }: Pick<ReadAloudButtonProps, 'permit' | 'question' | 'translator'>) {
  return (
    <>
      {translator.t('readAloud.button')}
      <span class="hv-visually-hidden">{translator.t('readAloud.context', { question: translator.t(textKeys.label(permit, question)) })}</span>
    </>
  );
}

/**
 * The button where the tablet has no voice for the language: pressed, it says so plainly, in a
 * polite status (WCAG 4.1.3) that is on the page before it speaks, so screen readers hear it.
 */
function NoVoiceButton({ permit, question, translator }: Pick<ReadAloudButtonProps, 'permit' | 'question' | 'translator'>) {
  const [pressed, setPressed] = useState(false);
  const language = ownLanguageName(translator.locale);
  return (
    <>
      <Button variant="secondary" action={false} class="hv-read-aloud" onClick={() => setPressed(true)}>
        <ButtonText permit={permit} question={question} translator={translator} />
      </Button>
      <p class="utrecht-paragraph hv-read-aloud__none" aria-live="polite">
        {pressed ? translator.t('readAloud.noVoice', { language }) : ''}
      </p>
    </>
  );
}
