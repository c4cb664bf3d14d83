import type { AgendaItem } from '../../services/agenda';
import { AppointmentBlock, DayName } from './AppointmentBlock';

interface AgendaDayProps {
  date: string;
  items: AgendaItem[];
  onOpen: (item: AgendaItem) => void;
}

/** AgendaDay shows one day's appointments in time order. */
export function AgendaDay({ date, items, onOpen }: AgendaDayProps) {
  return (
    <section className="agenda-day" aria-labelledby="agenda-period">
      <h2 id="agenda-period" className="agenda__period">
        <DayName day={date} long />
      </h2>
      {items.length > 0 && (
        <ul className="agenda-list agenda-list--day">
          {items.map((a) => (
            <li key={`${a.id}:${a.occurrence || a.start}`}>
              <AppointmentBlock item={a} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
