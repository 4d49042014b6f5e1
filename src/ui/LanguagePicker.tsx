// English or French for every label, remembered for the next visit (localStorage) and shown in
// <html lang>: the main app's header and every exercise seat's header carry the same picker.
import { useId } from 'react';
import { useLocale } from './i18n';

export function LanguagePicker({ onChange }: { readonly onChange?: () => void }) {
  const { locale, setLocale, t } = useLocale();
  const id = useId();
  return (
    <label className="field field--lang" htmlFor={`${id}-lang`}>
      <span className="field__label">{t('app.lang.label')}</span>
      <select
        id={`${id}-lang`}
        value={locale === 'fr' ? 'fr' : 'en'}
        onChange={(e) => {
          // After the switch, not before it: what `onChange` words must read the new language.
          void setLocale(e.target.value === 'fr' ? 'fr' : 'en').then(() => onChange?.());
        }}
      >
        {/* Each language named in itself, so a reader finds theirs whatever is showing */}
        <option value="en" lang="en">
          {t('app.lang.en')}
        </option>
        <option value="fr" lang="fr">
          {t('app.lang.fr')}
        </option>
      </select>
    </label>
  );
}
