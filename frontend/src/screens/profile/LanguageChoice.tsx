import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { FormAlert } from '../../components/Messages';
import { toLanguage } from '../../i18n';
import { errorMessage } from '../../i18n/errors';
import * as profile from '../../services/profile';

// Each language is named in its own words, so anyone can find theirs.
const names = { nl: 'Nederlands', en: 'English' } as const;

/** LanguageChoice switches the UI between Nederlands and English. */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState('');
  const current = toLanguage(i18n.language);

  async function choose(value: string) {
    const lang = toLanguage(value);
    setProblem('');
    await i18n.changeLanguage(lang);
    try {
      await profile.setLanguage(lang);
    } catch (err) {
      setProblem(errorMessage(t, err));
    }
  }

  return (
    <section className="profile__part" aria-labelledby="profile-language">
      <h2 id="profile-language">{t('profile.languageTitle')}</h2>
      <FormAlert message={problem} />
      <RadioGroup className="field" value={current} onChange={(v) => void choose(v)}>
        <Label className="field__label">{t('profile.language')}</Label>
        {(['nl', 'en'] as const).map((l) => (
          <Radio key={l} value={l} className="profile-radio" lang={l}>
            {({ isSelected }) => (
              <>
                <span className="profile-radio__dot" aria-hidden="true">
                  {isSelected && <span className="profile-radio__dot-inner" />}
                </span>
                {names[l]}
              </>
            )}
          </Radio>
        ))}
      </RadioGroup>
    </section>
  );
}
