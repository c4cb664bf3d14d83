import { useState, type FormEvent } from 'react';
import { ProgressBar, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { FormAlert } from '../../components/Messages';
import { TextArea } from '../../components/TextArea';
import { errorMessage } from '../../i18n/errors';
import * as details from '../../services/details';
import { KringError } from '../../services/errors';
import { checkPhoto, photoType, readDataUrl } from './photo';
import { PhotoPicker } from './PhotoPicker';

interface NewPostProps {
  clientId: string;
  /** onPosted is told the sentence to confirm with. */
  onPosted: (message: string) => void;
}

/**
 * NewPost is the box on top of the Prikbord: text, an optional photo with
 * a preview, and Plaats bericht. A photo needs text (DETAILS-4): until
 * there is some, the button is off and a sentence says why.
 */
export function NewPost({ clientId, onPosted }: NewPostProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<File>();
  const [photoProblem, setPhotoProblem] = useState('');
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const needsText = photo !== undefined && text.trim() === '';

  function choose(file: File) {
    const found = checkPhoto(file);
    setPhotoProblem(found ? t(`details.${found}`) : '');
    setPhoto(found ? undefined : file);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || needsText) return;
    if (text.trim() === '') {
      setError(t('details.missingText'));
      return;
    }

    setBusy(true);
    setProblem('');
    try {
      const data = photo ? await readDataUrl(photo) : '';
      const result = await details.post(clientId, {
        text,
        photo: data,
        photoType: photo ? photoType(photo) : '',
      });
      if (result.state === 'failed') {
        setProblem(errorMessage(t, new KringError(result.errorCode || 'unknown')));
        return;
      }
      setText('');
      setPhoto(undefined);
      onPosted(t(result.state === 'sent' ? 'details.posted' : 'details.queued'));
    } catch (err) {
      setProblem(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="new-post" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-post-title">
      <h3 id="new-post-title">{t('details.newPost')}</h3>
      <FormAlert message={problem} />
      <TextArea
        label={t('details.postText')}
        value={text}
        onChange={(v) => {
          setText(v);
          setError('');
        }}
        error={error}
        rows={3}
      />
      <PhotoPicker
        photo={photo}
        problem={photoProblem}
        onChoose={choose}
        onRemove={() => setPhoto(undefined)}
      />
      {busy && (
        <ProgressBar isIndeterminate className="post-progress" aria-describedby="sending-hint">
          <Label className="post-progress__label">{t('details.sending')}</Label>
          <div className="post-progress__track">
            <div className="post-progress__fill" />
          </div>
          <p id="sending-hint" className="visually-hidden">
            {t('details.sendingHint')}
          </p>
        </ProgressBar>
      )}
      <div className="form__actions new-post__actions">
        <ActionButton type="submit" busy={busy} isDisabled={needsText} aria-describedby={needsText ? 'needs-text' : undefined}>
          {t('details.postSubmit')}
        </ActionButton>
        {needsText && (
          <p id="needs-text" className="new-post__needs-text">
            {t('details.photoNeedsText')}
          </p>
        )}
      </div>
    </form>
  );
}
