import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../../app/AppContext';
import { useLoad } from '../../app/useLoad';
import { LoadFailed } from '../../components/LoadFailed';
import { StatusMessage } from '../../components/Messages';
import { Skeleton } from '../../components/Skeleton';
import * as details from '../../services/details';
import { onPortalChanged } from '../../services/events';
import { RefusedMessages } from '../messages/RefusedMessages';
import { NewPost } from './NewPost';
import { OfflineNote } from './OfflineNote';
import { PostCard } from './PostCard';

/**
 * Board is the Prikbord: the new-post box on top, then the posts newest
 * first, each with its replies (DETAILS-3..5).
 */
export function Board({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const { clients, sessionLost } = useApp();
  const admin = clients.find((c) => c.id === clientId)?.admin ?? false;
  const read = useCallback(() => details.board(clientId), [clientId]);
  const [load, reload, refresh] = useLoad(read);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (load.state === 'failed' && endsSession(load.error)) {
      sessionLost(load.error);
    }
  }, [load, sessionLost]);

  useEffect(() => onPortalChanged((id) => id === clientId && refresh()), [clientId, refresh]);

  const changed = (message: string) => {
    setNotice(message);
    refresh();
  };

  return (
    <section aria-labelledby="board-title">
      {load.state === 'ready' && <OfflineNote offline={load.data.offline} lastSync={load.data.lastSync} />}
      <h2 id="board-title">{t('details.boardTitle')}</h2>
      <p>{t('details.boardIntro')}</p>
      <NewPost clientId={clientId} onPosted={changed} />
      <div className="board__notice">
        <StatusMessage message={notice} />
      </div>
      <RefusedMessages clientId={clientId} kinds={['post', 'post.delete']} onChanged={refresh} />
      {load.state === 'loading' && <Skeleton lines={4} />}
      {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
      {load.state === 'ready' && load.data.posts.length === 0 && (
        <p className="board__empty">{t('details.boardEmpty')}</p>
      )}
      {load.state === 'ready' && load.data.posts.length > 0 && (
        <ul className="board">
          {load.data.posts.map((p) => (
            <li key={p.id}>
              <PostCard clientId={clientId} post={p} admin={admin} onChanged={changed} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
