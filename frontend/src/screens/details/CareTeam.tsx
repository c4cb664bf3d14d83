import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../../app/AppContext';
import { useLoad } from '../../app/useLoad';
import { Avatar } from '../../components/Avatar';
import { LoadFailed } from '../../components/LoadFailed';
import { Skeleton } from '../../components/Skeleton';
import * as details from '../../services/details';
import { onPortalChanged } from '../../services/events';

/** CareTeam lists the staff in the client's care with their roles (DETAILS-2). */
export function CareTeam({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { sessionLost } = useApp();
  const read = useCallback(() => details.careTeam(clientId), [clientId]);
  const [load, reload, refresh] = useLoad(read);

  useEffect(() => {
    if (load.state === 'failed' && endsSession(load.error)) {
      sessionLost(load.error);
    }
  }, [load, sessionLost]);

  useEffect(() => onPortalChanged((id) => id === clientId && refresh()), [clientId, refresh]);

  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t('details.teamTitle')}</h2>
      {load.state === 'loading' && <Skeleton lines={4} />}
      {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
      {load.state === 'ready' && load.data.length === 0 && <p>{t('details.teamEmpty')}</p>}
      {load.state === 'ready' && load.data.length > 0 && (
        <>
          <p>{t('details.teamIntro')}</p>
          <ul className="team">
            {load.data.map((m) => (
              <li key={m.id} className="team__member">
                <Avatar name={m.name} />
                <div>
                  <p className="team__name">{m.name}</p>
                  <p className="team__role">{m.role}</p>
                  {m.phone && (
                    <p>
                      <span className="visually-hidden">{t('details.phone')}: </span>
                      {m.phone}
                    </p>
                  )}
                  {m.email && (
                    <p className="team__email">
                      <span className="visually-hidden">{t('details.email')}: </span>
                      {m.email}
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
