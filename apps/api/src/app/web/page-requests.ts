import { FEEDBACK_PAGE, type DashboardSummary } from '@klimaschutz/contracts';
import type { PageGet, PageRequests } from './shell';

/**
 * What the dashboard's pages ask the API for as soon as they start, so the server can embed the
 * answers into their HTML. These mirror the dashboard's own requests (AuthSession, NotificationBell,
 * Cockpit with its emissions panel, PublicOverview); the Playwright journeys check that the cockpit and the public page open
 * without asking the API anything, so a change on either side that breaks the match shows there.
 */
const PUBLIC_AREA = '/oeffentlich';
const API = '/api/v1';

/** The citizens' pages: German for everyone (the city publishes its German data; no accounts, no language choice). */
export const isPublicPage = (path: string) => path === PUBLIC_AREA || path.startsWith(`${PUBLIC_AREA}/`);

/** The cockpit's figures for the selection in its address, as `Cockpit` and `CockpitApi` ask for them. */
async function cockpit(get: PageGet, query: URLSearchParams): Promise<void> {
  const selection = {
    reportingPeriodId: query.get('reportingPeriodId') ?? undefined,
    fieldOfActionId: query.get('fieldOfActionId') ?? undefined,
    orgUnitId: query.get('orgUnitId') ?? undefined,
  };
  const [summary] = await Promise.all([
    get(`${API}/dashboard/summary`, selection),
    get(`${API}/dashboard/attention`, { ...selection, limit: '100' }),
    get(`${API}/dashboard/trend`),
    get(`${API}/emissions/overview`),
    get(`${API}/reporting-periods`, { pageSize: '100' }),
    get(`${API}/fields-of-action`, { pageSize: '100' }),
    get(`${API}/org-units`, { pageSize: '500' }),
  ]);
  // The per-unit report counts belong to the period the summary settled on.
  const periodId = (summary as DashboardSummary | null)?.reportingPeriod?.id;
  if (periodId) await get(`${API}/reporting-periods/${encodeURIComponent(periodId)}/status/org-units`);
}

export const DASHBOARD_PAGE_REQUESTS: PageRequests[] = [
  {
    // Every staff page first asks who is signed in (the header and the guards need it) and the bell's count.
    matches: (path) => !isPublicPage(path),
    signedInOnly: true,
    plan: (get) => Promise.all([get(`${API}/auth/me`), get(`${API}/notifications/unread-count`)]),
  },
  {
    matches: (path) => path === '/cockpit',
    signedInOnly: true,
    plan: cockpit,
    serverRendered: true,
  },
  // A citizen's first page shows the figures at once, rendered on the server.
  {
    matches: (path) => path === PUBLIC_AREA,
    plan: (get) => Promise.all([get(`${API}/public/summary`), get(`${API}/public/emissions`)]),
    serverRendered: true,
  },
  // The feedback form comes rendered with its token (time trap), so it can be sent without JavaScript.
  {
    matches: (path) => path === FEEDBACK_PAGE,
    plan: (get) => get(`${API}/public/feedback-form`),
    serverRendered: true,
    keepRendered: false,
  },
];
