import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

import type { Load } from '../../app/useLoad';
import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { LoadFailed } from '../../components/LoadFailed';
import { FormAlert, StatusMessage } from '../../components/Messages';
import { Skeleton } from '../../components/Skeleton';
import { formatDate, formatTime, relativeDay } from '../../format/datetime';
import { errorMessage } from '../../i18n/errors';
import * as dossier from '../../services/dossier';
import type { Report, ReportPage } from '../../services/dossier';
import { searchReports, type SearchHit } from '../../services/search';

interface ReportsTabProps {
  clientId: string;
  first: Load<ReportPage>;
  onRetry: () => void;
}

/**
 * ReportsTab lists the care reports newest first as yellow blocks, with
 * a search over them; a block opens the report in full (DOSSIER-1).
 */
export function ReportsTab({ clientId, first, onRetry }: ReportsTabProps) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState('');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | undefined>();
  const [older, setOlder] = useState<Report[]>([]);
  const [next, setNext] = useState<{ more: boolean; cursor: string } | undefined>();
  const [alert, setAlert] = useState('');
  const lastOpened = useRef('');

  const search = useCallback(
    async (text: string) => {
      if (text.trim() === '') {
        setHits(undefined);
        return;
      }
      try {
        setHits(await searchReports(clientId, text.trim()));
        setAlert('');
      } catch (err) {
        setAlert(errorMessage(t, err));
      }
    },
    [clientId, t],
  );

  async function more(cursor: string) {
    try {
      const page = await dossier.reports(clientId, cursor);
      setOlder((o) => [...o, ...page.reports]);
      setNext({ more: page.more, cursor: page.next });
    } catch (err) {
      setAlert(errorMessage(t, err));
    }
  }

  // Back in the list, focus returns to the block of the report just read.
  useEffect(() => {
    if (!openId && lastOpened.current) {
      document.querySelector<HTMLElement>(`[data-report="${lastOpened.current}"]`)?.focus();
    }
  }, [openId]);

  if (openId) {
    return (
      <ReportReader
        clientId={clientId}
        id={openId}
        onStep={(id) => {
          lastOpened.current = id;
          setOpenId(id);
        }}
        onBack={() => setOpenId('')}
      />
    );
  }

  const open = (id: string) => {
    lastOpened.current = id;
    setOpenId(id);
  };

  return (
    <div className="reports">
      <p>{t('dossier.reportsIntro')}</p>
      <SearchBox
        value={query}
        onChange={setQuery}
        onSearch={() => void search(query)}
        onClear={() => {
          setQuery('');
          setHits(undefined);
        }}
      />
      <FormAlert message={alert} />
      {hits !== undefined ? (
        <SearchResults hits={hits} query={query} onOpen={open} />
      ) : (
        <>
          {first.state === 'loading' && <Skeleton lines={2} blocks={3} />}
          {first.state === 'failed' && <LoadFailed error={first.error} onRetry={onRetry} />}
          {first.state === 'ready' && (
            <ReportList
              page={first.data}
              older={older}
              next={next}
              onOpen={open}
              onMore={(cursor) => void more(cursor)}
            />
          )}
        </>
      )}
    </div>
  );
}

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  onSearch: () => void;
  onClear: () => void;
}

function SearchBox({ value, onChange, onSearch, onClear }: SearchBoxProps) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch();
  };

  return (
    <form className="report-search" role="search" onSubmit={submit}>
      <SearchField
        className="field report-search__field"
        value={value}
        onChange={onChange}
        onClear={onClear}
        onSubmit={onSearch}
      >
        <Label className="field__label">{t('dossier.search')}</Label>
        <Text slot="description" className="field__description">
          {t('dossier.searchHint')}
        </Text>
        <div className="report-search__row">
          <Input className="field__input report-search__input" />
          {value && (
            <Button
              className="button button--quiet report-search__clear"
              aria-label={t('dossier.searchClear')}
            >
              {t('dossier.searchClear')}
            </Button>
          )}
        </div>
      </SearchField>
      <ActionButton type="submit" variant="secondary">
        {t('dossier.searchButton')}
      </ActionButton>
    </form>
  );
}

interface ReportListProps {
  page: ReportPage;
  older: Report[];
  next?: { more: boolean; cursor: string };
  onOpen: (id: string) => void;
  onMore: (cursor: string) => void;
}

function ReportList({ page, older, next, onOpen, onMore }: ReportListProps) {
  const { t } = useTranslation();
  const reports = [...page.reports, ...older];
  const more = next ?? { more: page.more, cursor: page.next };

  if (reports.length === 0) {
    return <p className="empty">{t('dossier.reportsEmpty')}</p>;
  }

  return (
    <>
      <p className="reports__count">{t('dossier.count', { count: page.total })}</p>
      <ul className="report-list">
        {reports.map((r) => (
          <li key={r.id}>
            <ReportBlock report={r} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      {more.more && (
        <ActionButton variant="secondary" onPress={() => onMore(more.cursor)}>
          {t('dossier.more')}
        </ActionButton>
      )}
    </>
  );
}

/** whenText says "vandaag, 10:30" or "dinsdag 3 december 2026, 10:30". */
export function whenText(t: (k: string) => string, iso: string, lang: string): string {
  const rel = relativeDay(iso);
  const day = rel ? t(`time.${rel}`) : formatDate(iso, lang);
  return `${day}, ${formatTime(iso, lang)}`;
}

function ReportBlock({ report, onOpen }: { report: Report; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const when = whenText(t, report.writtenAt, i18n.language);

  return (
    <Button className="report-block" data-report={report.id} onPress={() => onOpen(report.id)}>
      <span className="report-block__meta">
        <span className="report-block__when">{when}</span>
        {report.authorRole && <span className="report-block__role">{report.authorRole}</span>}
      </span>
      {report.title && <span className="report-block__title">{report.title}</span>}
      <span className="report-block__text">{report.text}</span>
    </Button>
  );
}

interface SearchResultsProps {
  hits: SearchHit[];
  query: string;
  onOpen: (id: string) => void;
}

function SearchResults({ hits, query, onOpen }: SearchResultsProps) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <StatusMessage message={t('dossier.searchResults', { count: hits.length, query: query.trim() })} />
      <ul className="report-list">
        {hits.map((h) => (
          <li key={h.id}>
            <Button className="report-block" data-report={h.id} onPress={() => onOpen(h.id)}>
              <span className="report-block__meta">
                <span className="report-block__when">
                  {whenText(t, h.writtenAt, i18n.language)}
                </span>
              </span>
              {h.title && <span className="report-block__title">{h.title}</span>}
              <span className="report-block__text report-block__text--snippet">{h.snippet}</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

interface ReportReaderProps {
  clientId: string;
  id: string;
  onStep: (id: string) => void;
  onBack: () => void;
}

/** ReportReader shows one report in full with Vorige and Volgende. */
function ReportReader({ clientId, id, onStep, onBack }: ReportReaderProps) {
  const { t, i18n } = useTranslation();
  const read = useCallback(() => dossier.report(clientId, id), [clientId, id]);
  const [load, reload] = useLoad(read);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (load.state === 'ready') {
      heading.current?.focus();
    }
  }, [load]);

  return (
    <article className="report-reader" aria-labelledby="report-reader-title">
      <ActionButton variant="link" onPress={onBack}>
        <Icon name="back" />
        {t('dossier.backToReports')}
      </ActionButton>
      {load.state === 'loading' && <Skeleton lines={5} />}
      {load.state === 'failed' && <LoadFailed error={load.error} onRetry={reload} />}
      {load.state === 'ready' && (
        <>
          <div className="report-reader__block">
            <h2 id="report-reader-title" ref={heading} tabIndex={-1}>
              {whenText(t, load.data.report.writtenAt, i18n.language)}
            </h2>
            <p className="report-reader__author">
              {load.data.report.authorName
                ? t('dossier.reportByName', {
                    name: load.data.report.authorName,
                    role: load.data.report.authorRole,
                  })
                : load.data.report.authorRole}
            </p>
            {load.data.report.title && <h3>{load.data.report.title}</h3>}
            <p className="report-reader__text">{load.data.report.text}</p>
          </div>
          <nav className="report-reader__steps" aria-label={t('dossier.reports')}>
            <StepButton
              label={t('dossier.previous')}
              hint={t('dossier.previousHint')}
              end={t('dossier.firstReport')}
              target={load.data.prevId}
              onStep={onStep}
            />
            <StepButton
              label={t('dossier.next')}
              hint={t('dossier.nextHint')}
              end={t('dossier.lastReport')}
              target={load.data.nextId}
              onStep={onStep}
              forward
            />
          </nav>
        </>
      )}
    </article>
  );
}

interface StepButtonProps {
  label: string;
  hint: string;
  end: string;
  target: string;
  forward?: boolean;
  onStep: (id: string) => void;
}

function StepButton({ label, hint, end, target, forward, onStep }: StepButtonProps) {
  if (!target) {
    return <p className="report-reader__end">{end}</p>;
  }
  return (
    <ActionButton variant="secondary" onPress={() => onStep(target)}>
      {!forward && <Icon name="back" />}
      {label}
      <span className="report-reader__hint">({hint})</span>
      {forward && (
        <span className="agenda-flip">
          <Icon name="back" />
        </span>
      )}
    </ActionButton>
  );
}
