import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { catalogues, createTranslator, type Translator } from '../i18n';

export const TranslatorContext = createContext<Translator>(createTranslator('nl', catalogues.nl));

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
