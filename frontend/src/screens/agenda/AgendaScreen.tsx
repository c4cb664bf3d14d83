import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { endsSession, useApp } from '../../app/AppContext';
import { useLoad } from '../../app/useLoad';
import { Icon } from '../../components/Icon';
import { LoadFailed } from '../../components/LoadFailed';
import { Banner, StatusMessage } from '../../components/Messages';
import { Page } from '../../components/Page';
import { Skeleton } from '../../components/Skeleton';
import { formatDate, formatTime } from '../../format/datetime';
import * as agenda from '../../services/agenda';
import type { AgendaItem, AgendaView } from '../../services/agenda';
import { onPortalChanged } from '../../services/events';
import { AgendaDay } from './AgendaDay';
import { AgendaToolbar, type Mode } from './AgendaToolbar';
import { AgendaWeek } from './AgendaWeek';
import { SourceLegend } from './AppointmentBlock';
import { AppointmentDetail } from './AppointmentDetail';
import { AppointmentForm } from './AppointmentForm';
import { ConflictView } from './ConflictView';
import { RefusedList } from './RefusedList';
import { todayKey } from './dates';
import './agenda.css';

interface AgendaScreenProps {
  clientId: string;
}

/** Panel is what the agenda screen shows besides the calendar. */
type Panel =
  | { name: 'calendar' }
  | { name: 'new' }
  | { name: 'detail'; item: AgendaItem }
  | { name: 'edit'; item: AgendaItem }
  | { name: 'move'; item: AgendaItem }
  | { name: 'conflict'; itemId: string };

/** wideQuery is where the week fits side by side; narrower shows a day. */
const wideQuery = '(min-width: 60em)';

function startMode(): Mode {
  return window.matchMedia?.(wideQuery).matches === false ? 'day' : 'week';
}

/** AgendaScreen is Mijn Afspraken: a day or week of one portal (AGENDA-*). */
export function AgendaScreen({ clientId }: AgendaScreenProps) {
  const { t } = useTranslation();
  const { sessionLost } = useApp();
  const [mode, setMode] = useState<Mode>(startMode);
  const [date, setDate] = useState(() => todayKey());
  const [panel, setPanel] = useState<Panel>({ name: 'calendar' });
  const [notice, setNotice] = useState('');
  const [refusedRound, setRefusedRound] = useState(0);

  const read = useCallback(
    () => (mode === 'week' ? agenda.week(clientId, date) : agenda.day(clientId, date)),
    [clientId, date, mode],
  );
  const [load, reload, refresh] = useLoad(read);

  useEffect(() => {
    if (load.state === 'failed' && endsSession(load.error)) {
      sessionLost(load.error);
    }
  }, [load, sessionLost]);

  useEffect(
    () =>
      onPortalChanged((id) => {
        if (id === clientId) {
          refresh();
          setRefusedRound((r) => r + 1);
        }
      }),
    [clientId, refresh],
  );

  const done = useCallback(
    (message: string, day?: string) => {
      setNotice(message);
      setPanel({ name: 'calendar' });
      setRefusedRound((r) => r + 1);
      if (day && day !== date) {
        setDate(day);
      } else {
        refresh();
      }
    },
    [date, refresh],
  );

  return (
    <Page title={t('agenda.title')}>
      {panel.name === 'calendar' && (
        <>
          <StatusMessage message={notice} />
          <RefusedList
            clientId={clientId}
            round={refusedRound}
            onConflict={(itemId) => setPanel({ name: 'conflict', itemId })}
            onChanged={(message) => done(message)}
          />
          <AgendaToolbar
            mode={mode}
            date={date}
            onMode={setMode}
            onDate={setDate}
            onNew={() => {
              setNotice('');
              setPanel({ name: 'new' });
            }}
          />
          {load.state === 'loading' && <Skeleton lines={4} blocks={mode === 'week' ? 7 : 0} />}
          {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
          {load.state === 'ready' && (
            <Calendar
              view={load.data}
              mode={mode}
              date={date}
              onOpen={(item) => {
                setNotice('');
                setPanel({ name: 'detail', item });
              }}
            />
          )}
        </>
      )}
      {panel.name === 'new' && (
        <AppointmentForm
          clientId={clientId}
          day={date}
          onDone={done}
          onCancel={() => setPanel({ name: 'calendar' })}
        />
      )}
      {panel.name === 'edit' && (
        <AppointmentForm
          clientId={clientId}
          day={date}
          editing={panel.item}
          onDone={done}
          onConflict={(itemId) => setPanel({ name: 'conflict', itemId })}
          onCancel={() => setPanel({ name: 'detail', item: panel.item })}
        />
      )}
      {panel.name === 'move' && (
        <AppointmentForm
          clientId={clientId}
          day={date}
          editing={panel.item}
          move
          onDone={done}
          onCancel={() => setPanel({ name: 'detail', item: panel.item })}
        />
      )}
      {panel.name === 'detail' && (
        <AppointmentDetail
          clientId={clientId}
          item={panel.item}
          onEdit={() => setPanel({ name: 'edit', item: panel.item })}
          onMove={() => setPanel({ name: 'move', item: panel.item })}
          onDone={done}
          onBack={() => setPanel({ name: 'calendar' })}
        />
      )}
      {panel.name === 'conflict' && (
        <ConflictView
          itemId={panel.itemId}
          onDone={done}
          onBack={() => setPanel({ name: 'calendar' })}
        />
      )}
    </Page>
  );
}

interface CalendarProps {
  view: AgendaView;
  mode: Mode;
  date: string;
  onOpen: (item: AgendaItem) => void;
}

function Calendar({ view, mode, date, onOpen }: CalendarProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const offline =
    view.offline &&
    (view.lastSync
      ? t('start.offline', {
          time: `${formatDate(view.lastSync, lang)}, ${formatTime(view.lastSync, lang)}`,
        })
      : t('start.offlineUnknown'));

  return (
    <>
      {offline && <Banner message={offline} />}
      <SourceLegend />
      {mode === 'week' ? (
        <AgendaWeek date={date} items={view.appointments} onOpen={onOpen} />
      ) : (
        <AgendaDay date={date} items={view.appointments} onOpen={onOpen} />
      )}
      {view.appointments.length === 0 && (
        <p className="agenda__empty">
          <Icon name="info" />
          {t(mode === 'week' ? 'agenda.emptyWeek' : 'agenda.emptyDay')}
        </p>
      )}
    </>
  );
}
