import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { useController } from 'react-hook-form';
import { prepareFile, type FileProblem } from '../../attachments';
import type { Translator } from '../../i18n';
import { DEFAULT_MAX_FILE_BYTES, FILE_KIND_MIME, type FileAnswer, type FileQuestion } from '../../wizard';
import { describedBy, fieldIds } from '../shared/fieldIds';
import type { FieldProps } from '../shared/FieldProps';
import { ErrorMessage, Hint, MaybeHeading, QuestionLabel, WhyWeAsk, hintText, useDutchHint } from '../shared/FieldText';
import type { FileStorage } from '../shared/FileStorage';
import { formatFileSize } from './formatFileSize';
import { listFormat } from '../../validation';

/** File name endings per kind, for file choosers that filter by name (Windows, some Android ones). */
const EXTENSIONS = { pdf: ['.pdf'], jpeg: ['.jpg', '.jpeg'], png: ['.png'] } as const;

/**
 * A file question: a real file input, labelled with the question and shown as a button ("Kies een
 * bestand"), a camera button on a touch tablet, and the chosen files with a preview, their size and
 * "Vervangen"/"Verwijderen". Files are checked by their content and photos are shrunk on the tablet
 * before they are kept; a refused file gets a plain message at the field and nothing else changes.
 * What happened is said in a polite live region (WCAG 4.1.3); after a removal focus goes to the next
 * file's button, or to the chooser when none is left, so keyboard users are not dropped at the top
 * of the page (WCAG 2.4.3).
 */
export function FileField({ permit, question, name: field, translator, control, files, errors, headingRef }: FieldProps<FileQuestion>) {
  const { field: answer } = useController({ name: field, control });
  const chosen: readonly FileAnswer[] = Array.isArray(answer.value) ? (answer.value as FileAnswer[]) : [];
  // Handlers run across awaits; they read the list as it is then, not as it was when they started.
  const latest = useRef(chosen);
  latest.current = chosen;
  const [refused, setRefused] = useState<string>();
  const [status, setStatus] = useState('');
  const [focusAfterRemove, setFocusAfterRemove] = useState<{ id: string }>();
  const replaceInput = useRef<HTMLInputElement>(null);
  const replacing = useRef<number | undefined>(undefined);
  const previews = usePreviews(files, chosen);
  useEffect(() => {
    if (focusAfterRemove) document.getElementById(focusAfterRemove.id)?.focus();
  }, [focusAfterRemove]);

  const t = translator.t;
  const maxFiles = question.maxFiles ?? 1;
  const maxMb = Math.floor((question.maxBytes ?? DEFAULT_MAX_FILE_BYTES) / 1024 / 1024);
  const kinds = listFormat(translator.tag, { type: 'disjunction' }).format(question.accept.map((kind) => t(`field.file.kind.${kind}`)));
  const acceptsImages = question.accept.some((kind) => kind !== 'pdf');
  const accept = question.accept.flatMap((kind) => [FILE_KIND_MIME[kind], ...EXTENSIONS[kind]]).join(',');
  const inputId = fieldIds.input(field);
  const ids = { label: `${inputId}-label`, choose: `${inputId}-choose`, camera: `${inputId}-camera`, limits: `${fieldIds.hint(field)}-limits` };
  const hint = hintText(translator, permit, question);
  const dutchHint = useDutchHint(permit, question);
  const error = refused ?? errors.get(field);
  const lost = files.lostNames(question.id);
  const lostId = `${inputId}-lost`;
  const describedIds = describedBy(hint && fieldIds.hint(field), ids.limits, lost.length > 0 && lostId, error && fieldIds.error(field));
  const removeId = (index: number) => `${inputId}-remove-${index}`;

  const add = async (picked: readonly File[], replaceAt: number | undefined) => {
    setRefused(undefined);
    setStatus(t('field.file.working'));
    // With room for one file, a new choice replaces the one there: "Kies een ander bestand".
    const target = replaceAt ?? (maxFiles === 1 && latest.current.length === 1 ? 0 : undefined);
    const room = target === undefined ? maxFiles - latest.current.length : 1;
    const said: string[] = [];
    let problem = picked.length > room ? t('field.file.problem.tooMany', { max: maxFiles }) : undefined;
    for (const file of picked.slice(0, Math.max(0, room))) {
      const prepared = await prepareFile(file, question);
      if (!prepared.ok) {
        problem = problemMessage(translator, prepared.problem, file.name, { kinds, maxMb });
        continue;
      }
      const kept = await files.keep(field, prepared.file);
      if (!kept.ok) {
        problem = t(`field.file.problem.${kept.reason}`, { name: file.name });
        continue;
      }
      const old = target === undefined ? undefined : latest.current[target];
      const next = old ? latest.current.map((item, index) => (index === target ? kept.answer : item)) : [...latest.current, kept.answer];
      latest.current = next;
      answer.onChange(next);
      said.push(old ? t('field.file.replaced', { name: kept.answer.name, old: old.name }) : t('field.file.added', { name: kept.answer.name }));
      if (old?.ref) await files.discard(old.ref);
    }
    setRefused(problem);
    setStatus([...said, ...(problem ? [`${t('error.prefix')} ${problem}`] : [])].join(' '));
  };

  const onChosen = (event: JSX.TargetedEvent<HTMLInputElement>, replaceAt?: number) => {
    const input = event.currentTarget;
    const picked = [...(input.files ?? [])];
    // The input only picks; the list below shows what was added, so the input never shows a stale name.
    input.value = '';
    if (picked.length > 0) files.whileBusy(add(picked, replaceAt));
  };

  const remove = (index: number) => {
    const file = latest.current[index];
    if (!file) return;
    const next = latest.current.filter((_, position) => position !== index);
    latest.current = next;
    answer.onChange(next);
    setRefused(undefined);
    setStatus(t('field.file.removed', { name: file.name }));
    setFocusAfterRemove({ id: next.length === 0 ? inputId : removeId(Math.min(index, next.length - 1)) });
    if (file.ref) files.whileBusy(files.discard(file.ref));
  };

  const replace = (index: number) => {
    replacing.current = index;
    replaceInput.current?.click();
  };

  const chooseText = t(chosen.length === 0 ? 'field.file.choose' : maxFiles === 1 ? 'field.file.chooseAnother' : 'field.file.chooseMore');
  return (
    <div class={`utrecht-form-field hv-field hv-file-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <MaybeHeading headingRef={headingRef}>
          <span class="utrecht-form-label" id={ids.label}>
            <QuestionLabel permit={permit} question={question} translator={translator} />
          </span>
        </MaybeHeading>
      </div>
      <Hint id={fieldIds.hint(field)} text={hint} translator={translator} dutch={dutchHint} />
      <div class="utrecht-form-field-description hv-hint" id={ids.limits}>
        {t('field.file.limits', { kinds, maxMb })} {t('field.file.count', { max: maxFiles })}
      </div>
      <WhyWeAsk permit={permit} question={question} field={field} translator={translator} />
      {lost.length > 0 && (
        <div class="utrecht-alert utrecht-alert--warning hv-file-lost" id={lostId}>
          {lost.map((name, index) => (
            <p class="utrecht-paragraph" key={`${index}-${name}`}>
              {t('field.file.lost', { name })}
            </p>
          ))}
        </div>
      )}
      <ErrorMessage id={fieldIds.error(field)} message={error} translator={translator} />
      {chosen.length > 0 && (
        <ul class="hv-file-list" aria-label={t('field.file.listLabel')}>
          {chosen.map((file, index) => {
            const preview = file.ref ? previews.get(file.ref) : undefined;
            return (
              <li class="hv-file" key={file.ref ?? `${index}-${file.name}`}>
                {preview ? (
                  <img class="hv-file__preview" src={preview} alt={t('field.file.previewAlt', { name: file.name })} />
                ) : (
                  <span class="hv-file__preview hv-file__preview--icon" aria-hidden="true">
                    {file.type === FILE_KIND_MIME.pdf ? 'PDF' : t('field.file.kind.image')}
                  </span>
                )}
                <span class="hv-file__about">
                  <span class="hv-file__name">{file.name}</span>
                  <span class="hv-file__size">
                    {t(file.type === FILE_KIND_MIME.pdf ? 'field.file.aboutPdf' : 'field.file.aboutImage', { size: formatFileSize(file.size, translator.tag) })}
                  </span>
                </span>
                <span class="hv-file__actions">
                  {maxFiles > 1 && (
                    <button type="button" class="utrecht-button utrecht-button--secondary-action hv-button" onClick={() => replace(index)}>
                      {t('field.file.replace')}{' '}
                      <span class="hv-visually-hidden">{file.name}</span>
                    </button>
                  )}
                  <button type="button" id={removeId(index)} class="utrecht-button utrecht-button--secondary-action hv-button" onClick={() => remove(index)}>
                    {t('field.file.remove')}{' '}
                    <span class="hv-visually-hidden">{file.name}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <div class="hv-file-choosers">
        <span class="hv-file-chooser">
          <input
            type="file"
            id={inputId}
            class="hv-file-input"
            accept={accept}
            multiple={maxFiles > 1}
            // Not the native `required`: an empty required input is :invalid from the start, and
            // browsers tell screen readers "invalid" before the person tried to go on. Nor
            // `aria-required`: a file input is a button to screen readers, which has no required
            // state. Required is our convention (only optional questions say "(niet verplicht)"),
            // and a missing file is told on "Volgende", as for every question (docs/accessibility.md, points 4 and 5).
            aria-labelledby={`${ids.label} ${ids.choose}`}
            aria-describedby={describedIds}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChosen(event)}
          />
          <label for={inputId} id={ids.choose} class="utrecht-button utrecht-button--secondary-action hv-button hv-file-choose">
            {chooseText}
          </label>
        </span>
        {acceptsImages && hasTouchScreen() && (
          // A touch tablet opens its camera straight away for this one (`capture`); the chooser above
          // still offers the photo library and files.
          <span class="hv-file-chooser">
            <input
              type="file"
              id={ids.camera}
              class="hv-file-input"
              accept="image/*"
              capture="environment"
              aria-labelledby={`${ids.label} ${ids.camera}-label`}
              aria-describedby={describedIds}
              onChange={(event) => onChosen(event)}
            />
            <label for={ids.camera} id={`${ids.camera}-label`} class="utrecht-button utrecht-button--secondary-action hv-button hv-file-choose">
              {t('field.file.takePhoto')}
            </label>
          </span>
        )}
      </div>
      {maxFiles > 1 && (
        // Opened by a file's "Vervangen" button, which carries the name; hidden from everyone itself.
        <input type="file" hidden tabIndex={-1} ref={replaceInput} accept={accept} onChange={(event) => onChosen(event, replacing.current)} />
      )}
      <p class="hv-status" role="status">
        {status}
      </p>
    </div>
  );
}

function problemMessage(translator: Translator, problem: FileProblem, name: string, params: { kinds: string; maxMb: number }): string {
  return translator.t(`field.file.problem.${problem}`, { name, ...params });
}

/** Whether the tablet is used by touch: then a camera button makes sense (a desktop has no `capture`). */
function hasTouchScreen(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/** Object URLs of the images among `chosen`, made from the kept bytes and released when no longer shown. */
function usePreviews(files: FileStorage, chosen: readonly FileAnswer[]): ReadonlyMap<string, string> {
  const refs = chosen.flatMap((file) => (file.ref && file.type.startsWith('image/') ? [file.ref] : []));
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return undefined;
    let current = true;
    const made: string[] = [];
    void files.read(refs).then((blobs) => {
      if (!current) return;
      const next = new Map<string, string>();
      for (const [ref, blob] of blobs) {
        const url = URL.createObjectURL(blob);
        made.push(url);
        next.set(ref, url);
      }
      setUrls(next);
    });
    return () => {
      current = false;
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [refs.join('\n')]);
  return urls;
}
