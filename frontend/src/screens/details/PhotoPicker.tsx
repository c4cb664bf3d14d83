import { useEffect, useMemo, useState, type DragEvent as ReactDragEvent } from 'react';
import { FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { photoAccept } from './photo';

interface PhotoPickerProps {
  photo?: File;
  /** problem is the sentence saying why the chosen file will not do. */
  problem: string;
  onChoose: (file: File) => void;
  onRemove: () => void;
}

/**
 * PhotoPicker lets the user choose a photo with Foto kiezen or drop one on
 * it, and shows a preview. While it is on screen a file dropped anywhere
 * else does nothing: the web view would otherwise open the file and leave
 * the app.
 */
export function PhotoPicker({ photo, problem, onChoose, onRemove }: PhotoPickerProps) {
  const { t } = useTranslation();
  const preview = usePreviewUrl(photo);
  const [isDropTarget, setDropTarget] = useState(false);
  useNoStrayDrops();

  // The zone takes a dropped file as the chosen photo; Foto kiezen is the
  // way in for the keyboard, so the zone itself takes no focus.
  const over = (e: ReactDragEvent) => {
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setDropTarget(true);
  };
  const drop = (e: ReactDragEvent) => {
    e.preventDefault();
    setDropTarget(false);
    const file = e.dataTransfer.files[0];
    if (file) onChoose(file);
  };

  return (
    <div className="photo-picker">
      <div
        className="photo-picker__zone"
        data-drop-target={isDropTarget || undefined}
        onDragEnter={over}
        onDragOver={over}
        onDragLeave={() => setDropTarget(false)}
        onDrop={drop}
      >
        <p className="photo-picker__label">
          {isDropTarget ? t('details.dropNow') : t('details.photo')}
        </p>
        <p className="photo-picker__hint">{t('details.photoHint')}</p>
        {preview && photo && (
          <figure className="photo-picker__preview">
            <img src={preview} alt={t('details.preview')} />
            <figcaption>{t('details.chosen', { name: photo.name })}</figcaption>
          </figure>
        )}
        <div className="photo-picker__actions">
          <FileTrigger
            acceptedFileTypes={photoAccept}
            onSelect={(files) => {
              const file = files?.[0];
              if (file) onChoose(file);
            }}
          >
            <ActionButton variant="secondary">
              {photo ? t('details.otherPhoto') : t('details.choosePhoto')}
            </ActionButton>
          </FileTrigger>
          {photo && (
            <ActionButton variant="secondary" onPress={onRemove}>
              {t('details.removePhoto')}
            </ActionButton>
          )}
        </div>
      </div>
      <div role="alert">{problem && <p className="field__error photo-picker__problem">{problem}</p>}</div>
    </div>
  );
}

// usePreviewUrl makes an object URL for the chosen photo and frees it.
function usePreviewUrl(file?: File): string {
  const url = useMemo(() => (file ? URL.createObjectURL(file) : ''), [file]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}

/**
 * useNoStrayDrops stops a file dropped beside a drop zone from making the
 * web view navigate to it, for as long as the screen using it is shown.
 */
export function useNoStrayDrops() {
  useEffect(() => {
    const stop = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}
