import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { Icon } from './Icon';

interface PasswordToggleProps {
  shown: boolean;
  onChange: (shown: boolean) => void;
}

/** PasswordToggle lets people check what they typed. */
export function PasswordToggle({ shown, onChange }: PasswordToggleProps) {
  const { t } = useTranslation();
  return (
    <Checkbox className="checkbox" isSelected={shown} onChange={onChange}>
      <span className="checkbox__box">{shown && <Icon name="tick" />}</span>
      {t('form.showPassword')}
    </Checkbox>
  );
}
