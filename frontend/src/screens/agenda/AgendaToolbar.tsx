import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  ToggleButton,
  ToggleButtonGroup,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { addDays, todayKey } from './dates';

/** Mode is the agenda's view: one day or one week. */
export type Mode = 'day' | 'week';

interface AgendaToolbarProps {
  mode: Mode;
  date: string;
  onMode: (mode: Mode) => void;
  onDate: (date: string) => void;
  onNew: () => void;
}

/**
 * AgendaToolbar moves through the agenda (AGENDA-2): Vandaag, one day or
 * week back or forward, a date picker, and the choice of day or week.
 */
export function AgendaToolbar({ mode, date, onMode, onDate, onNew }: AgendaToolbarProps) {
  const { t } = useTranslation();
  const step = mode === 'week' ? 7 : 1;
  const isToday = date === todayKey();

  return (
    <div className="agenda-toolbar">
      <div className="agenda-toolbar__row" role="group" aria-label={t('agenda.toolbar')}>
        <ActionButton
          variant="secondary"
          onPress={() => onDate(todayKey())}
          aria-current={isToday ? 'date' : undefined}
        >
          {t('agenda.today')}
        </ActionButton>
        <ActionButton variant="secondary" onPress={() => onDate(addDays(date, -step))}>
          <Icon name="back" />
          {t(mode === 'week' ? 'agenda.previousWeek' : 'agenda.previousDay')}
        </ActionButton>
        <ActionButton variant="secondary" onPress={() => onDate(addDays(date, step))}>
          {t(mode === 'week' ? 'agenda.nextWeek' : 'agenda.nextDay')}
          <span className="agenda-toolbar__forward">
            <Icon name="back" />
          </span>
        </ActionButton>
        <ToggleButtonGroup
          className="agenda-toolbar__modes"
          aria-label={t('agenda.view')}
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[mode]}
          onSelectionChange={(keys) => {
            const next = [...keys][0];
            if (next === 'day' || next === 'week') {
              onMode(next);
            }
          }}
        >
          <ToggleButton id="day" className="toggle">
            {t('agenda.day')}
          </ToggleButton>
          <ToggleButton id="week" className="toggle">
            {t('agenda.week')}
          </ToggleButton>
        </ToggleButtonGroup>
      </div>
      <div className="agenda-toolbar__row">
        <DateField date={date} onDate={onDate} />
        <ActionButton className="agenda-toolbar__new" onPress={onNew}>
          {t('agenda.newAppointment')}
        </ActionButton>
      </div>
    </div>
  );
}

interface DateFieldProps {
  date: string;
  onDate: (date: string) => void;
  label?: string;
  description?: string;
  error?: string;
}

/**
 * DateField is a date typed as day, month and year, or picked in a month
 * calendar whose weeks start on Monday; arrow keys move through the days.
 */
export function DateField({ date, onDate, label, description, error }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const value = safeDate(date);

  return (
    <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'nl-NL'}>
      <DatePicker
        className="field date-picker"
        value={value}
        onChange={(v: CalendarDate | null) => v && onDate(v.toString())}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        firstDayOfWeek="mon"
      >
        <Label className="field__label">{label ?? t('agenda.pickDate')}</Label>
        {description && <p className="field__description">{description}</p>}
        {error && <p className="field__error">{error}</p>}
        <Group className="date-picker__group">
          <DateInput className="field__input date-picker__input">
            {(segment) => <DateSegment segment={segment} className="date-picker__segment" />}
          </DateInput>
          <Button
            className="button button--secondary date-picker__button"
            aria-label={t('agenda.openCalendar')}
          >
            <Icon name="calendar" />
          </Button>
        </Group>
        <Popover className="date-picker__popover" placement="bottom start">
          <Dialog className="date-picker__dialog" aria-label={t('agenda.calendar')}>
            <Calendar className="calendar" firstDayOfWeek="mon">
              <header className="calendar__header">
                <Button slot="previous" className="button button--quiet">
                  <Icon name="back" />
                </Button>
                <Heading className="calendar__heading" />
                <Button slot="next" className="button button--quiet">
                  <span className="agenda-toolbar__forward">
                    <Icon name="back" />
                  </span>
                </Button>
              </header>
              <CalendarGrid className="calendar__grid">
                {(d) => <CalendarCell date={d} className="calendar__cell" />}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}

function safeDate(date: string): CalendarDate | null {
  try {
    return parseDate(date);
  } catch {
    return null;
  }
}

