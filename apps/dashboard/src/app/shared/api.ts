import { HttpContext, HttpContextToken } from '@angular/common/http';

/** Every API call of the dashboard goes to this same-origin prefix (proxied by `nx serve`). */
export const API_BASE = '/api/v1';

/** The product name; page titles end with it. */
export const APP_NAME = 'Klimaschutz-Cockpit';

/** Builds HttpClient params from a record, leaving out empty values. */
export function queryParams(
  values: Record<string, string | number | boolean | readonly string[] | null | undefined>,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') {
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > 0) {
        params[key] = value.join(',');
      }
      continue;
    }
    params[key] = String(value);
  }
  return params;
}

/** Marks a request nobody asked for just now (polling): the auth interceptor tells the API it is no activity. */
export const BACKGROUND_REQUEST = new HttpContextToken<boolean>(() => false);

/** Options for a polling request: it keeps no idle session alive (see SESSION_IDLE_MINUTES). */
export const inBackground = () => ({ context: new HttpContext().set(BACKGROUND_REQUEST, true) });
