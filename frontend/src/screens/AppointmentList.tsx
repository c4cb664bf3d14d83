import { useTranslation } from 'react-i18next';

import { Icon } from '../components/Icon';
import { formatDate, formatTime, relativeDay } from '../format/datetime';
import type { Appointment } from '../services/types';

interface AppointmentListProps {
  items: Appointment[];
  now?: Date;
}

/**
 * AppointmentList shows appointments by date and time; private ones carry
 * a lock and the word, never the icon alone (AGENDA-4).
 */
export function AppointmentList({ items, now }: AppointmentListProps) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return <p>{t('start.appointmentsEmpty')}</p>;
  }

  return (
    <ul className="appointments">
      {items.map((a) => (
        <AppointmentRow key={a.id} item={a} now={now} />
      ))}
    </ul>
  );
}

function AppointmentRow({ item, now }: { item: Appointment; now?: Date }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rel = relativeDay(item.start, now);
  const date = formatDate(item.start, lang);
  const start = formatTime(item.start, lang);
  const end = item.end ? formatTime(item.end, lang) : '';

  return (
    <li className="appointment">
      <p className="appointment__when">
        {rel && <span className="appointment__rel">{t(`time.${rel}`)}, </span>}
        <span>{date}</span>
      </p>
      <p className="appointment__time">
        {end ? t('time.timeRange', { start, end }) : start}
      </p>
      <p className="appointment__title">{item.title}</p>
      {(item.private || item.repeating) && (
        <p className="appointment__marks">
          {item.private && (
            <span className="mark">
              <Icon name="lock" size="1.25em" />
              {t('start.private')}
            </span>
          )}
          {item.repeating && (
            <span className="mark">
              <Icon name="repeat" size="1.25em" />
              {t('start.repeating')}
            </span>
          )}
        </p>
      )}
    </li>
  );
}
