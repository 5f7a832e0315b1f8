import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Translator } from '../i18n';
import { nl } from '../i18n/catalogues/nl';

export const TranslatorContext = createContext<Translator>(createTranslator('nl', nl));

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
