import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  /** title names the screen in the window title, and is the h1 by default. */
  title: string;
  /** heading replaces the title as the h1 where it says more. */
  heading?: string;
  /** hideHeading keeps the h1 for screen readers only. */
  hideHeading?: boolean;
  narrow?: boolean;
  children: ReactNode;
}

/**
 * Page is one screen: its single h1, the window title, and focus moved to
 * the heading so a screen reader starts reading the new screen.
 */
export function Page({ title, heading, hideHeading, narrow, children }: PageProps) {
  const { t } = useTranslation();
  const h1 = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.title', { screen: title });
  }, [t, title]);

  useEffect(() => {
    h1.current?.focus();
  }, [title]);

  return (
    <main id="main" className={narrow ? 'main main--narrow' : 'main'}>
      <h1 ref={h1} tabIndex={-1} className={hideHeading ? 'visually-hidden' : undefined}>
        {heading ?? title}
      </h1>
      {children}
    </main>
  );
}
