import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Translator } from '../i18n';
import { nlFirstScreen } from '../i18n/catalogues/nlFirstScreen';

export const TranslatorContext = createContext<Translator>(createTranslator('nl', nlFirstScreen));

export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
