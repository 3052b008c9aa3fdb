import type { Provider } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, type MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { germanPaginatorProvider } from './german-paginator-intl';

const formFieldDefaults: MatFormFieldDefaultOptions = { appearance: 'outline', subscriptSizing: 'dynamic' };

/**
 * Material settings for every feature. Provided on each lazy route (not in app.config) so that
 * Material stays out of the initial bundle.
 */
export const materialDefaults: Provider[] = [
  { provide: MAT_FORM_FIELD_DEFAULT_OPTIONS, useValue: formFieldDefaults },
  germanPaginatorProvider,
];
