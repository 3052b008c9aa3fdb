import { whenScriptNeeded } from './app/shared/wake';

// A page rendered on the server starts the app when it is needed (see whenScriptNeeded); any other
// page at once. The app is its own chunk, so the wait costs the page nothing but this file.
const rendered = document.querySelector('ksc-root')?.hasAttribute('ng-server-context') ?? false;
void (rendered ? whenScriptNeeded(document) : Promise.resolve())
  .then(() => import('./bootstrap'))
  .then(({ start }) => start());
