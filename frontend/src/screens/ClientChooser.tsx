import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../app/AppContext';
import { useLoad } from '../app/useLoad';
import { ActionButton } from '../components/ActionButton';
import { Avatar } from '../components/Avatar';
import { LoadFailed } from '../components/LoadFailed';
import { Page } from '../components/Page';
import { Skeleton } from '../components/Skeleton';
import * as invitations from '../services/invitations';
import * as portal from '../services/portal';
import { InvitationsPanel } from './invitations/Invitations';

/**
 * ClientChooser lists the portals the user may open (HOME-1). With one
 * portal and no invitation waiting it opens that portal straight away.
 */
export function ClientChooser() {
  const { t } = useTranslation();
  const app = useApp();
  const { navigate, setClients, sessionLost } = app;
  const read = useCallback(() => portal.clients(), []);
  const [load, reload] = useLoad(read);
  const readInvitations = useCallback(() => invitations.list(), []);
  const [pending] = useLoad(readInvitations);
  const invited = pending.state === 'ready' && pending.data.length > 0;

  useEffect(() => {
    if (load.state === 'failed' && endsSession(load.error)) {
      sessionLost(load.error);
      return;
    }
    if (load.state !== 'ready') {
      return;
    }

    setClients(load.data);
    const only = load.data.length === 1 ? load.data[0] : undefined;
    // An invitation waiting must be seen first (AUTH-7).
    if (only && pending.state !== 'loading' && !invited) {
      navigate({ name: 'start', clientId: only.id });
    }
  }, [load, pending, invited, navigate, setClients, sessionLost]);

  return (
    <Page title={t('chooser.title')}>
      <InvitationsPanel onAccepted={reload} />
      {load.state === 'loading' && <Skeleton lines={0} blocks={2} />}
      {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
      {load.state === 'ready' && load.data.length === 0 && <p>{t('chooser.empty')}</p>}
      {load.state === 'ready' && (load.data.length > 1 || invited) && (
        <>
          <p>{t('chooser.intro')}</p>
          <ul className="chooser">
            {load.data.map((c) => (
              <li key={c.id}>
                <ActionButton
                  variant="secondary"
                  className="chooser__client"
                  onPress={() => navigate({ name: 'start', clientId: c.id })}
                >
                  <Avatar name={c.name} photoUrl={c.photoUrl} size="large" />
                  <span className="chooser__name">{c.name}</span>
                </ActionButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
