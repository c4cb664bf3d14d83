import { useTranslation } from 'react-i18next';

import { formatDate } from '../../format/datetime';
import type { AgendaItem } from '../../services/agenda';
import { AppointmentBlock, DayName } from './AppointmentBlock';
import { localDay, noonOf, todayKey, weekDays } from './dates';

interface AgendaWeekProps {
  date: string;
  items: AgendaItem[];
  onOpen: (item: AgendaItem) => void;
}

/** isoWeek gives the week number as Dutch calendars print it (ISO 8601). */
export function isoWeek(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  const weekday = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const diff = (t.getTime() - firstThursday.getTime()) / 86_400_000;
  return 1 + Math.round((diff - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
}

/** AgendaWeek shows Monday to Sunday side by side, or stacked when narrow. */
export function AgendaWeek({ date, items, onOpen }: AgendaWeekProps) {
  const { t, i18n } = useTranslation();
  const days = weekDays(date);
  const today = todayKey();
  const first = days[0] ?? date;
  const last = days[6] ?? date;

  return (
    <section className="agenda-week" aria-labelledby="agenda-period">
      <h2 id="agenda-period" className="agenda__period">
        {t('agenda.weekHeading', {
          number: isoWeek(first),
          from: formatDate(noonOf(first), i18n.language),
          to: formatDate(noonOf(last), i18n.language),
        })}
      </h2>
      <ol className="agenda-week__days">
        {days.map((day) => {
          const own = items.filter((a) => localDay(a.start) === day);
          return (
            <li
              key={day}
              className={day === today ? 'agenda-week__day agenda-week__day--today' : 'agenda-week__day'}
            >
              <h3 className="agenda-week__heading">
                <DayName day={day} />
              </h3>
              {own.length === 0 ? (
                <p className="agenda-week__none">{t('agenda.noneOnDay')}</p>
              ) : (
                <ul className="agenda-list">
                  {own.map((a) => (
                    <li key={`${a.id}:${a.occurrence || a.start}`}>
                      <AppointmentBlock item={a} onOpen={onOpen} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
