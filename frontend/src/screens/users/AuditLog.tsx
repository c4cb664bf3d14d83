import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useLoad } from '../../app/useLoad';
import { FormAlert } from '../../components/Messages';
import { formatDate, formatTime } from '../../format/datetime';
import { errorMessage } from '../../i18n/errors';
import * as Users from '../../services/users';

/** AuditLog is the portal's log of who opened what, when, as a simple table. */
export function AuditLog({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const read = useCallback(() => Users.audit(clientId), [clientId]);
  const [load] = useLoad(read);

  return (
    <section className="users__section" aria-labelledby="users-audit">
      <h2 id="users-audit">{t('users.audit.title')}</h2>
      <p>{t('users.audit.intro')}</p>
      {load.state === 'failed' && <FormAlert message={errorMessage(t, load.error)} />}
      {load.state === 'ready' && load.data.length === 0 && <p>{t('users.audit.empty')}</p>}
      {load.state === 'ready' && load.data.length > 0 && (
        <div className="users-matrix" role="region" aria-labelledby="users-audit" tabIndex={0}>
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('users.audit.when')}</th>
                <th scope="col">{t('users.audit.who')}</th>
                <th scope="col">{t('users.audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {load.data.map((e, i) => (
                <tr key={`${e.at}-${i}`}>
                  <td>
                    {formatDate(e.at, i18n.language)} {formatTime(e.at, i18n.language)}
                  </td>
                  <td>{e.userName}</td>
                  <td>{e.section ? t(`users.sections.${e.section}`, { defaultValue: e.section }) : e.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
