import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';
import type { Problem } from '@klimaschutz/contracts';

const FALLBACK_DETAILS: Record<number, string> = {
  0: $localize`:@@shared.problem.offline:Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.`,
  400: $localize`:@@shared.problem.400:Die Eingaben sind ungültig. Bitte prüfen Sie die markierten Felder.`,
  401: $localize`:@@shared.problem.401:Sie sind nicht (mehr) angemeldet.`,
  403: $localize`:@@shared.problem.403:Dafür fehlt Ihnen die Berechtigung.`,
  404: $localize`:@@shared.problem.404:Der Eintrag wurde nicht gefunden.`,
  409: $localize`:@@shared.problem.409:Der Eintrag wurde inzwischen geändert oder ist bereits vorhanden.`,
  429: $localize`:@@shared.problem.429:Zu viele Anfragen – bitte warten Sie einen Moment.`,
};

const UNEXPECTED = $localize`:@@shared.problem.unexpected:Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.`;

function isProblemBody(body: unknown): body is Partial<Problem> {
  return typeof body === 'object' && body !== null && ('title' in body || 'detail' in body || 'errors' in body);
}

/** Turns whatever HttpClient threw into the RFC 9457 problem the API promises, with its text in the interface language when the API sent none. */
export function toProblem(error: unknown): Problem {
  if (error instanceof HttpErrorResponse) {
    const status = error.status;
    const fallback = FALLBACK_DETAILS[status] ?? UNEXPECTED;
    const body: unknown = typeof error.error === 'string' ? safeParse(error.error) : error.error;
    if (isProblemBody(body)) {
      return {
        status: body.status ?? status,
        title: body.title ?? fallback,
        detail: body.detail ?? (body.errors?.length ? FALLBACK_DETAILS[400] : fallback),
        errors: Array.isArray(body.errors) ? body.errors : undefined,
        ...(typeof body.code === 'string' ? { code: body.code } : {}),
      };
    }
    return { status, title: fallback, detail: fallback };
  }
  return { status: 0, title: UNEXPECTED, detail: UNEXPECTED };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Puts each `errors[]` message of a problem onto the form control of the same name
 * (`participatingOrgUnitIds.0` lands on `participatingOrgUnitIds`) and returns the messages
 * that matched no control, so the caller can show them in the alert.
 */
export function applyServerErrors(form: AbstractControl, problem: Problem): string[] {
  const unmatched: string[] = [];
  for (const { field, message } of problem.errors ?? []) {
    const control = findControl(form, field);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else {
      unmatched.push(message);
    }
  }
  return unmatched;
}

function findControl(form: AbstractControl, field: string): AbstractControl | null {
  if (!field) {
    return null;
  }
  return form.get(field) ?? form.get(field.split(/[.[]/)[0]);
}
