import { useTranslation } from 'react-i18next';

import { Icon } from '../components/Icon';
import { dayKey, formatDate, formatTime, relativeDay } from '../format/datetime';
import type { Appointment } from '../services/types';

interface AppointmentListProps {
  items: Appointment[];
  /** limit keeps a short list short; the agenda shows the rest. */
  limit?: number;
  now?: Date;
}

interface Day {
  key: string;
  start: string;
  items: Appointment[];
}

/** byDay groups appointments, already in time order, per Amsterdam day. */
export function byDay(items: Appointment[]): Day[] {
  const days: Day[] = [];
  for (const a of items) {
    const key = dayKey(new Date(a.start));
    const last = days[days.length - 1];
    if (last && last.key === key) {
      last.items.push(a);
    } else {
      days.push({ key, start: a.start, items: [a] });
    }
  }
  return days;
}

/**
 * AppointmentList shows appointments per day with time and title; private
 * ones carry a lock and the word, never the icon alone (AGENDA-4).
 */
export function AppointmentList({ items, limit, now }: AppointmentListProps) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return <p>{t('start.appointmentsEmpty')}</p>;
  }

  const shown = limit ? items.slice(0, limit) : items;
  return (
    <ul className="days">
      {byDay(shown).map((day) => (
        <li key={day.key} className="day">
          <DayHeading start={day.start} now={now} />
          <ul className="appointments">
            {day.items.map((a) => (
              <AppointmentRow key={a.id} item={a} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function DayHeading({ start, now }: { start: string; now?: Date }) {
  const { t, i18n } = useTranslation();
  const rel = relativeDay(start, now);
  return (
    <h3 className="day__heading">
      {rel && `${t(`time.${rel}`)}, `}
      {formatDate(start, i18n.language)}
    </h3>
  );
}

function AppointmentRow({ item }: { item: Appointment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const start = formatTime(item.start, lang);
  const end = item.end ? formatTime(item.end, lang) : '';

  return (
    <li className="appointment">
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
