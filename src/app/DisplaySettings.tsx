import { useState } from 'preact/hooks';
import { locales, ownLanguageName } from '../i18n';
import { displayPreferences, language, textSizes } from '../preferences';
import { signedInStaff } from '../staff';
import { useTranslator } from './TranslatorContext';
import { useHighContrast } from './useDisplayPreferences';
import { useStore } from './useStore';

/**
 * "Weergave en taal" in the header of every page: text size, high contrast and language, each
 * taking effect at once; in staff mode, for another language than Dutch, also the Dutch texts
 * alongside. A native disclosure keeps it compact and works by keyboard and screen
 * reader without script; radio buttons and a check box say their state themselves.
 */
export function DisplaySettings() {
  const translator = useTranslator();
  const display = useStore(displayPreferences);
  const current = useStore(language);
  const { high } = useHighContrast();
  const staff = useStore(signedInStaff);
  // The choices exist only while open: closed, a browser shows and announces none of them anyway.
  const [open, setOpen] = useState(false);
  return (
    <details class="hv-display" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="hv-display__toggle">{translator.t('display.title')}</summary>
      {open && (
      <div class="hv-display__panel">
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-display__group">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{translator.t('display.textSize')}</legend>
          <div class="hv-display__choices">
            {textSizes.map((size) => (
              <div class="utrecht-form-field utrecht-form-field--radio hv-option" key={size}>
                <input
                  class="utrecht-radio-button utrecht-radio-button--html-input"
                  type="radio"
                  name="hv-text-size"
                  id={`hv-text-size-${size}`}
                  checked={display.textSize === size}
                  onChange={() => displayPreferences.set({ ...displayPreferences.get(), textSize: size })}
                />
                <label class={`utrecht-form-label hv-option-label hv-display__size-${size}`} for={`hv-text-size-${size}`}>
                  {translator.t(`display.textSize.${size}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div class="utrecht-form-field utrecht-form-field--checkbox hv-option hv-display__group">
          <input
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id="hv-high-contrast"
            checked={high}
            onChange={(event) => displayPreferences.set({ ...displayPreferences.get(), contrast: event.currentTarget.checked ? 'high' : 'standard' })}
          />
          <label class="utrecht-form-label hv-option-label" for="hv-high-contrast">
            {translator.t('display.highContrast')}
          </label>
        </div>
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-display__group">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{translator.t('display.language')}</legend>
          <div class="hv-display__choices">
            {locales.map((locale) => (
              <div class="utrecht-form-field utrecht-form-field--radio hv-option" key={locale}>
                <input
                  class="utrecht-radio-button utrecht-radio-button--html-input"
                  type="radio"
                  name="hv-language"
                  id={`hv-language-${locale}`}
                  checked={current === locale}
                  onChange={() => language.set(locale)}
                />
                <label class="utrecht-form-label hv-option-label" for={`hv-language-${locale}`} lang={locale}>
                  {ownLanguageName(locale)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {staff && current !== 'nl' && (
          // Side by side at the desk: the employee reads along in Dutch, the original of every text.
          <div class="utrecht-form-field utrecht-form-field--checkbox hv-option hv-display__group">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id="hv-dutch-alongside"
              checked={display.dutchAlongside}
              onChange={(event) => displayPreferences.set({ ...displayPreferences.get(), dutchAlongside: event.currentTarget.checked })}
            />
            <label class="utrecht-form-label hv-option-label" for="hv-dutch-alongside">
              {translator.t('display.dutchAlongside')}
            </label>
          </div>
        )}
      </div>
      )}
    </details>
  );
}
