import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { useLoad } from '../../app/useLoad';
import { LoadFailed } from '../../components/LoadFailed';
import { Skeleton } from '../../components/Skeleton';
import { formatDate } from '../../format/datetime';
import * as dossier from '../../services/dossier';

interface DocumentsTabProps {
  clientId: string;
  round: number;
}

/**
 * DocumentsTab lists the dossier's documents on the left and opens the
 * chosen one on the right, such as the afsprakenblad (DOSSIER-3).
 */
export function DocumentsTab({ clientId, round }: DocumentsTabProps) {
  const { t, i18n } = useTranslation();
  const read = useCallback(() => dossier.documents(clientId), [clientId]);
  const [load, reload, refresh] = useLoad(read);
  const [openId, setOpenId] = useState('');

  useEffect(() => {
    if (round > 0) {
      refresh();
    }
  }, [round, refresh]);

  if (load.state === 'loading') {
    return <Skeleton lines={3} />;
  }
  if (load.state === 'failed') {
    return <LoadFailed error={load.error} onRetry={reload} />;
  }
  if (load.data.length === 0) {
    return <p className="empty">{t('dossier.documentsEmpty')}</p>;
  }

  return (
    <div className="documents">
      <nav className="documents__list" aria-label={t('dossier.documents')}>
        <ul>
          {load.data.map((d) => (
            <li key={d.id}>
              <Button
                className="document-link"
                aria-current={d.id === openId ? 'true' : undefined}
                onPress={() => setOpenId(d.id)}
              >
                <span className="document-link__title">{d.title}</span>
                {d.writtenAt && (
                  <span className="document-link__date">{formatDate(d.writtenAt, i18n.language)}</span>
                )}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="documents__reader">
        {openId ? (
          <DocumentReader clientId={clientId} id={openId} />
        ) : (
          <p className="empty">{t('dossier.chooseDocument')}</p>
        )}
      </div>
    </div>
  );
}

function DocumentReader({ clientId, id }: { clientId: string; id: string }) {
  const { t, i18n } = useTranslation();
  const read = useCallback(() => dossier.document(clientId, id), [clientId, id]);
  const [load, reload] = useLoad(read);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (load.state === 'ready') {
      heading.current?.focus();
    }
  }, [load]);

  if (load.state === 'loading') {
    return <Skeleton lines={6} />;
  }
  if (load.state === 'failed') {
    return <LoadFailed error={load.error} onRetry={reload} />;
  }

  const doc = load.data;
  const text = doc.contentType === '' || doc.contentType.startsWith('text/');
  return (
    <article className="document" aria-labelledby="document-title">
      <h2 id="document-title" ref={heading} tabIndex={-1}>
        {doc.title}
      </h2>
      {doc.writtenAt && <p className="document__date">{formatDate(doc.writtenAt, i18n.language)}</p>}
      {text ? (
        <div className="document__text">{doc.content}</div>
      ) : (
        <p>{t('dossier.documentUnreadable')}</p>
      )}
    </article>
  );
}
