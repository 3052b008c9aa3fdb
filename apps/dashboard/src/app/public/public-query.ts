import { MEASURE_STATUSES, type MeasureStatus } from '@klimaschutz/contracts';

/** Search and filters of the public measure list, as they appear in the address bar. */
export interface PublicListState {
  q: string;
  fieldOfActionId: string;
  status: MeasureStatus | '';
  page: number;
}

export const PUBLIC_PAGE_SIZE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the list state from query parameters; anything unknown or malformed falls back to "all". */
export function parsePublicListState(params: Record<string, string | null | undefined>): PublicListState {
  const status = params['status'] ?? '';
  const page = Number(params['seite']);
  const field = params['handlungsfeld'] ?? '';
  return {
    q: (params['q'] ?? '').trim().slice(0, 200),
    fieldOfActionId: UUID.test(field) ? field : '',
    status: (MEASURE_STATUSES as readonly string[]).includes(status) ? (status as MeasureStatus) : '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query parameters for a state, leaving out defaults so shared links stay short. */
export function publicListQueryParams(state: PublicListState): Record<string, string | null> {
  return {
    q: state.q || null,
    handlungsfeld: state.fieldOfActionId || null,
    status: state.status || null,
    seite: state.page > 1 ? String(state.page) : null,
  };
}

export function pageCount(total: number, pageSize = PUBLIC_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Share of `part` in `whole` as a whole percentage for bar widths (0 when there is no whole). */
export function percentOf(part: number, whole: number): number {
  if (!whole || whole <= 0) {
    return 0;
  }
  return Math.round(Math.min(Math.max(part / whole, 0), 1) * 100);
}
