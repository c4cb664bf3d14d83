import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLoad } from '../../app/useLoad';
import { ActionButton } from '../../components/ActionButton';
import { Icon } from '../../components/Icon';
import { LoadFailed } from '../../components/LoadFailed';
import { Skeleton } from '../../components/Skeleton';
import { formatDate } from '../../format/datetime';
import * as dossier from '../../services/dossier';
import type { Goal } from '../../services/dossier';

interface PlanTabProps {
  clientId: string;
  round: number;
}

/**
 * PlanTab is the care plan (DOSSIER-2): goals as cards with their actions;
 * a goal opens to its care question and evaluations.
 */
export function PlanTab({ clientId, round }: PlanTabProps) {
  const { t } = useTranslation();
  const read = useCallback(() => dossier.carePlan(clientId), [clientId]);
  const [load, reload, refresh] = useLoad(read);
  const [openId, setOpenId] = useState('');
  const lastOpened = useRef('');

  useEffect(() => {
    if (round > 0) {
      refresh();
    }
  }, [round, refresh]);

  useEffect(() => {
    if (!openId && lastOpened.current) {
      document.querySelector<HTMLElement>(`[data-goal="${lastOpened.current}"]`)?.focus();
    }
  }, [openId]);

  if (load.state === 'loading') {
    return <Skeleton lines={3} blocks={2} />;
  }
  if (load.state === 'failed') {
    return <LoadFailed error={load.error} onRetry={reload} />;
  }

  const goal = load.data.goals.find((g) => g.id === openId);
  if (goal) {
    return <GoalView goal={goal} onBack={() => setOpenId('')} />;
  }
  if (load.data.goals.length === 0) {
    return <p className="empty">{t('dossier.planEmpty')}</p>;
  }

  return (
    <>
      <p>{t('dossier.planIntro')}</p>
      <ul className="goal-list">
        {load.data.goals.map((g) => (
          <li key={g.id}>
            <GoalCard
              goal={g}
              onOpen={() => {
                lastOpened.current = g.id;
                setOpenId(g.id);
              }}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

function GoalStatus({ goal }: { goal: Goal }) {
  const { t, i18n } = useTranslation();
  const status = goal.status ? t(`dossier.status.${goal.status}`, { defaultValue: goal.status }) : '';
  const since = goal.startDate ? t('dossier.since', { date: formatDate(goal.startDate, i18n.language) }) : '';
  const text = [status, since].filter(Boolean).join(' · ');
  return text ? <p className="goal__status">{text}</p> : null;
}

function GoalCard({ goal, onOpen }: { goal: Goal; onOpen: () => void }) {
  const { t } = useTranslation();
  const headingId = `goal-${goal.id}`;

  return (
    <article className="card goal-card" aria-labelledby={headingId}>
      <p className="goal__label">{t('dossier.goal')}</p>
      <h2 id={headingId} className="goal-card__title">
        {goal.title}
      </h2>
      <GoalStatus goal={goal} />
      <h3 className="goal-card__actions-title">{t('dossier.actions')}</h3>
      {goal.actions.length === 0 ? (
        <p>{t('dossier.noActions')}</p>
      ) : (
        <ul className="goal-card__actions">
          {goal.actions.map((a) => (
            <li key={a.id}>{a.text}</li>
          ))}
        </ul>
      )}
      <ActionButton
        variant="secondary"
        data-goal={goal.id}
        aria-label={t('dossier.openGoalNamed', { title: goal.title })}
        onPress={onOpen}
      >
        {t('dossier.openGoal')}
      </ActionButton>
    </article>
  );
}

function GoalView({ goal, onBack }: { goal: Goal; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  return (
    <article className="goal-view" aria-labelledby="goal-view-title">
      <ActionButton variant="link" onPress={onBack}>
        <Icon name="back" />
        {t('dossier.backToPlan')}
      </ActionButton>
      <p className="goal__label">{t('dossier.goal')}</p>
      <h2 id="goal-view-title" ref={heading} tabIndex={-1}>
        {goal.title}
      </h2>
      <GoalStatus goal={goal} />
      <section className="goal-view__question">
        <h3>{t('dossier.careQuestion')}</h3>
        <p>{goal.careQuestion || t('dossier.noCareQuestion')}</p>
      </section>
      <h3>{t('dossier.actions')}</h3>
      {goal.actions.length === 0 ? (
        <p>{t('dossier.noActions')}</p>
      ) : (
        <ul className="goal-card__actions">
          {goal.actions.map((a) => (
            <li key={a.id}>{a.text}</li>
          ))}
        </ul>
      )}
      <h3>{t('dossier.evaluations')}</h3>
      {goal.evaluations.length === 0 ? (
        <p>{t('dossier.noEvaluations')}</p>
      ) : (
        <ul className="evaluations">
          {goal.evaluations.map((e) => (
            <li key={e.id} className="evaluation">
              <p className="evaluation__date">{formatDate(e.writtenAt, i18n.language)}</p>
              <p className="evaluation__text">{e.text}</p>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
