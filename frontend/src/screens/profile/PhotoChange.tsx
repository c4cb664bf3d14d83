import { useEffect, useMemo, useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { FormAlert, StatusMessage } from '../../components/Messages';
import { errorMessage } from '../../i18n/errors';
import * as profile from '../../services/profile';
import { checkPhoto, photoAccept, photoType, readDataUrl } from '../details/photo';
import { useNoStrayDrops } from '../details/PhotoPicker';

/** PhotoChange is Foto kiezen, a preview, then Opslaan (PROFILE-1). */
export function PhotoChange() {
  const { t } = useTranslation();
  const [photo, setPhoto] = useState<File>();
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const preview = useMemo(() => (photo ? URL.createObjectURL(photo) : ''), [photo]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);
  useNoStrayDrops();

  function choose(file: File) {
    const found = checkPhoto(file);
    setDone('');
    setProblem(found ? t(`details.${found}`) : '');
    setPhoto(found ? undefined : file);
  }

  async function save() {
    if (!photo) return;
    setBusy(true);
    setProblem('');
    try {
      await profile.setPhoto(await readDataUrl(photo), photoType(photo));
      setPhoto(undefined);
      setDone(t('profile.photoSaved'));
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="profile__part" aria-labelledby="profile-photo">
      <h2 id="profile-photo">{t('profile.photoTitle')}</h2>
      <p>{t('profile.photoIntro')}</p>
      <p className="field__description">{t('profile.photoHint')}</p>
      <FormAlert message={problem} />
      <StatusMessage message={done} />
      {photo && preview && (
        <figure className="profile__preview">
          <img src={preview} alt={t('profile.preview')} />
          <figcaption>{photo.name}</figcaption>
        </figure>
      )}
      <div className="form__actions">
        <FileTrigger
          acceptedFileTypes={photoAccept}
          onSelect={(files) => {
            const file = files?.[0];
            if (file) choose(file);
          }}
        >
          <ActionButton variant="secondary">
            {photo ? t('profile.otherPhoto') : t('profile.choosePhoto')}
          </ActionButton>
        </FileTrigger>
        <ActionButton
          isDisabled={!photo}
          busy={busy}
          onPress={() => void save()}
          aria-describedby={photo ? undefined : 'photo-save-hint'}
        >
          {t('profile.photoSave')}
        </ActionButton>
      </div>
      {!photo && (
        <p id="photo-save-hint" className="profile__hint">
          {t('profile.photoSaveHint')}
        </p>
      )}
    </section>
  );
}
