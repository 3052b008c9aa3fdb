import { registerLocaleData } from '@angular/common';
import localeDe from '@angular/common/locales/de';
import { type BootstrapContext, bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { serverConfig } from './app/app.config.server';

registerLocaleData(localeDe, 'de-DE');
registerLocaleData(localeDe);

const bootstrap = (context: BootstrapContext) => bootstrapApplication(App, serverConfig, context);
export default bootstrap;
