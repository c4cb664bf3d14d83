// Dossier wraps the bound DossierService (DOSSIER-*): reports, care plan
// and documents, read from the local copy so they can be read offline.
import * as Bindings from '../wailsjs/go/app/DossierService';
import { call } from './errors';

export interface Report {
  id: string;
  writtenAt: string;
  authorName: string;
  authorRole: string;
  title: string;
  text: string;
}

/** ReportPage is a page of reports, newest first. */
export interface ReportPage {
  reports: Report[];
  total: number;
  more: boolean;
  /** next is the cursor of the following, older page. */
  next: string;
  lastSync: string;
  offline: boolean;
}

/** ReportView is one report in full; prevId is older, nextId newer. */
export interface ReportView {
  report: Report;
  prevId: string;
  nextId: string;
}

export interface GoalAction {
  id: string;
  text: string;
}

export interface Evaluation {
  id: string;
  writtenAt: string;
  text: string;
}

export interface Goal {
  id: string;
  title: string;
  careQuestion: string;
  status: string;
  startDate: string;
  actions: GoalAction[];
  evaluations: Evaluation[];
}

export interface CarePlan {
  goals: Goal[];
  lastSync: string;
  offline: boolean;
}

/** DossierDocument is a document or form; content is empty in lists. */
export interface DossierDocument {
  id: string;
  title: string;
  kind: string;
  writtenAt: string;
  contentType: string;
  content: string;
}

/** reports gives a page of reports; before is the previous page's next. */
export function reports(clientId: string, before = '', limit = 20): Promise<ReportPage> {
  return call(async () => {
    const page: ReportPage = await Bindings.Reports({ clientId, before, limit });
    return { ...page, reports: page.reports ?? [] };
  });
}

/** report opens one report with its neighbours. */
export function report(clientId: string, id: string): Promise<ReportView> {
  return call(async () => {
    const view: ReportView = await Bindings.Report({ clientId, id });
    return view;
  });
}

/** carePlan gives the goals with their actions and evaluations. */
export function carePlan(clientId: string): Promise<CarePlan> {
  return call(async () => {
    const plan: CarePlan = await Bindings.CarePlan({ clientId });
    return {
      ...plan,
      goals: (plan.goals ?? []).map((g) => ({
        ...g,
        actions: g.actions ?? [],
        evaluations: g.evaluations ?? [],
      })),
    };
  });
}

/** documents lists the documents, newest first, without content. */
export function documents(clientId: string): Promise<DossierDocument[]> {
  return call(async () => {
    const list: DossierDocument[] = (await Bindings.Documents({ clientId })) ?? [];
    return list;
  });
}

/** document opens one document with its content. */
export function document(clientId: string, id: string): Promise<DossierDocument> {
  return call(async () => {
    const doc: DossierDocument = await Bindings.Document({ clientId, id });
    return doc;
  });
}
