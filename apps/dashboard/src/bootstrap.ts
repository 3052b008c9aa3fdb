import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

/** Starts the app (German is the default UI locale: dates dd.MM.yyyy, numbers 1.234,5). */
export function start(): void {
  registerLocaleData(localeDe, 'de-DE');
  registerLocaleData(localeDe);
  bootstrapApplication(App, appConfig).catch((err) => console.error(err));
}
