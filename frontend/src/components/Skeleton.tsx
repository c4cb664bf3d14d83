import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SkeletonProps {
  lines?: number;
  blocks?: number;
}

/**
 * Skeleton stands in for content that is still loading. It shows only
 * after 300 ms, so fast answers never flash; screen readers hear one line.
 */
export function Skeleton({ lines = 3, blocks = 0 }: SkeletonProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);

  useEffect(() => {
    const id = window.setTimeout(() => setShown(true), 300);
    return () => window.clearTimeout(id);
  }, []);

  return (
    <div className="skeleton" role="status">
      <span className="visually-hidden">{t('app.loading')}</span>
      {shown && (
        <div aria-hidden="true">
          {blocks > 0 && (
            <div className="skeleton__blocks">
              {Array.from({ length: blocks }, (_, i) => (
                <span key={i} className="skeleton__block" />
              ))}
            </div>
          )}
          {Array.from({ length: lines }, (_, i) => (
            <span key={i} className="skeleton__line" />
          ))}
        </div>
      )}
    </div>
  );
}
