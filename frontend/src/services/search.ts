// Search wraps the bound SearchService: the care reports of one portal,
// searched without regard to case or accents ("clienten" finds "cliënten").
import * as Bindings from '../wailsjs/go/app/SearchService';
import { call } from './errors';

export interface SearchHit {
  id: string;
  writtenAt: string;
  title: string;
  snippet: string;
}

/** searchReports gives the reports holding every word, newest first. */
export function searchReports(clientId: string, query: string, limit = 50): Promise<SearchHit[]> {
  return call(async () => {
    const hits: SearchHit[] = (await Bindings.Reports({ clientId, query, limit })) ?? [];
    return hits;
  });
}
