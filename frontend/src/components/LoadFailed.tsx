import { useTranslation } from 'react-i18next';

import { errorMessage } from '../i18n/errors';
import { ActionButton } from './ActionButton';
import { FormAlert } from './Messages';

interface LoadFailedProps {
  error: unknown;
  onRetry: () => void;
}

/** LoadFailed says why something could not be loaded and offers to try again. */
export function LoadFailed({ error, onRetry }: LoadFailedProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormAlert message={errorMessage(t, error)} />
      <ActionButton variant="secondary" onPress={onRetry}>
        {t('app.retry')}
      </ActionButton>
    </>
  );
}
