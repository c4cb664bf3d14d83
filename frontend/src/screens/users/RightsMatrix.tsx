import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import type { Section } from '../../services/types';
import * as Users from '../../services/users';
import type { Contact } from '../../services/users';
import { contactName } from './logic';

interface RightsMatrixProps {
  contacts: Contact[];
  onToggle: (c: Contact, section: Section, granted: boolean) => void;
  onManage: (c: Contact) => void;
}

/**
 * RightsMatrix is the rights table: contacts as rows, sections as
 * columns, the sensitivity note of each section under its heading
 * (USERS-4, USERS-7).
 */
export function RightsMatrix({ contacts, onToggle, onManage }: RightsMatrixProps) {
  const { t } = useTranslation();
  if (contacts.length === 0) {
    return <p>{t('users.empty')}</p>;
  }

  return (
    <>
      <h2 id="users-caption" className="users-table__caption" tabIndex={-1}>
        {t('users.tableCaption')}
      </h2>
      <p className="users-table__hint">{t('users.tableHint')}</p>
      <div className="users-matrix" role="region" aria-labelledby="users-caption" tabIndex={0}>
        <table className="users-table" aria-labelledby="users-caption">
          <thead>
            <tr>
              <th scope="col">{t('users.person')}</th>
              {Users.sections.map((s) => (
                <th scope="col" key={s} className={`users-table__section users-table__section--${s}`}>
                  <span className="users-table__section-name">{t(`users.sections.${s}`)}</span>
                  <span className="users-table__note">{t(`users.notes.${s}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <tr key={c.id} data-testid="users-row">
                <th scope="row" className="users-table__person">
                  <ActionButton
                    variant="link"
                    className="users-table__name"
                    aria-label={t('users.manage', { name: contactName(c) })}
                    onPress={() => onManage(c)}
                  >
                    {contactName(c)}
                    {c.self && ` (${t('users.you')})`}
                  </ActionButton>
                  {c.role && <span className="users-table__role">{c.role}</span>}
                  <Marks contact={c} />
                </th>
                {Users.sections.map((s) => {
                  const on = c.rights.includes(s);
                  return (
                    <td key={s}>
                      <ToggleButton
                        className="right-toggle"
                        isSelected={on}
                        onChange={(v) => onToggle(c, s, v)}
                        // The visible Ja/Nee leads the name (WCAG 2.5.3), then
                        // which section of whom the cell is.
                        aria-label={`${t(on ? 'users.yes' : 'users.no')}, ${t('users.cellLabel', {
                          section: t(`users.sections.${s}`),
                          name: contactName(c),
                        })}`}
                      >
                        {on && <Icon name="tick" size="1.1em" />}
                        {t(on ? 'users.yes' : 'users.no')}
                      </ToggleButton>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * Marks are the pending invitation, the ECD lock and the administrator
 * role: an icon with a text label each.
 */
export function Marks({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const marks: { key: string; icon: 'lock' | 'repeat' | 'alert' | 'details' }[] = [];
  if (contact.locked) marks.push({ key: 'locked', icon: 'lock' });
  if (contact.pending || contact.invitation === 'pending') marks.push({ key: 'pending', icon: 'repeat' });
  if (contact.invitation === 'reported') marks.push({ key: 'reported', icon: 'alert' });
  if (contact.admin) marks.push({ key: 'admin', icon: 'details' });
  if (marks.length === 0) {
    return null;
  }

  return (
    <ul className="users-marks">
      {marks.map((m) => (
        <li key={m.key} className={`users-mark users-mark--${m.key}`} data-testid={`mark-${m.key}`}>
          <Icon name={m.icon} size="1.1em" />
          {t(`users.marks.${m.key}`)}
        </li>
      ))}
    </ul>
  );
}
