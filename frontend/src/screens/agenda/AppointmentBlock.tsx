import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { Icon } from '../../components/Icon';
import { formatDate, formatTime, relativeDay } from '../../format/datetime';
import type { AgendaItem } from '../../services/agenda';
import { noonOf } from './dates';

/**
 * DayName says a day as "dinsdag 3 december 2026", with "vandaag" or
 * "morgen" in front where that helps. Short drops the year in the week.
 */
export function DayName({ day, long = false }: { day: string; long?: boolean }) {
  const { t, i18n } = useTranslation();
  const iso = noonOf(day);
  const rel = relativeDay(iso);
  const name = long ? formatDate(iso, i18n.language) : shortDate(iso, i18n.language);
  return (
    <>
      {rel && <span className="day-name__relative">{t(`time.${rel}`)}</span>}
      <span className="day-name__date">{name}</span>
    </>
  );
}

function shortDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

interface AppointmentBlockProps {
  item: AgendaItem;
  onOpen: (item: AgendaItem) => void;
}

/**
 * AppointmentBlock is one appointment: time, title and, in words beside
 * their icons, private, repeating, waiting to be sent, and who set it.
 */
export function AppointmentBlock({ item, onOpen }: AppointmentBlockProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ecd = item.source === 'ecd';
  const time = t('time.timeRange', {
    start: formatTime(item.start, lang),
    end: formatTime(item.end, lang),
  });

  return (
    <Button
      className={`agenda-item ${ecd ? 'agenda-item--ecd' : 'agenda-item--portal'}`}
      onPress={() => onOpen(item)}
    >
      <span className="agenda-item__time">{time}</span>
      <span className="agenda-item__title">{item.title}</span>
      <span className="agenda-item__marks">
        <span className="mark agenda-item__source">
          <SourceIcon ecd={ecd} />
          <span className="visually-hidden">{t(ecd ? 'agenda.fromEcd' : 'agenda.fromPortal')}</span>
        </span>
        {item.private && (
          <span className="mark">
            <Icon name="lock" size="1.1em" />
            {t('agenda.private')}
          </span>
        )}
        {item.repeating && (
          <span className="mark">
            <Icon name="repeat" size="1.1em" />
            {t('agenda.repeating')}
          </span>
        )}
        {item.pending && <span className="mark mark--pending">{t('agenda.pending')}</span>}
      </span>
    </Button>
  );
}

const sourcePaths = {
  ecd: 'M4 21V5l8-3 8 3v16h-6v-5h-4v5H4zm4-13v2h2V8H8zm6 0v2h2V8h-2zm-6 4v2h2v-2H8zm6 0v2h2v-2h-2z',
  portal:
    'M9 11a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7zm7.5 0a3 3 0 1 1 0-6 3 3 0 0 1 0 6zM2 20v-2c0-2.8 3.1-5 7-5s7 2.2 7 5v2H2zm15.5 0v-2c0-1.4-.5-2.6-1.4-3.6 3.3.2 5.9 1.9 5.9 4.1V20h-4.5z',
};

/** SourceIcon tells ECD appointments (a building) from family ones (people). */
export function SourceIcon({ ecd }: { ecd: boolean }) {
  return (
    <svg className="icon" width="1.2em" height="1.2em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={ecd ? sourcePaths.ecd : sourcePaths.portal} />
    </svg>
  );
}

/** SourceLegend explains the two kinds of block once, above the week. */
export function SourceLegend() {
  const { t } = useTranslation();
  return (
    <ul className="agenda-legend">
      <li className="agenda-legend__item agenda-legend__item--ecd">
        <SourceIcon ecd />
        {t('agenda.fromEcd')}
      </li>
      <li className="agenda-legend__item agenda-legend__item--portal">
        <SourceIcon ecd={false} />
        {t('agenda.fromPortal')}
      </li>
    </ul>
  );
}
