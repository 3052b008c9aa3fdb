import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'ksc-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="page">
      <h1 data-testid="not-found-title" i18n="@@shell.notFound.title">Seite nicht gefunden</h1>
      <p i18n="@@shell.notFound.text">Die aufgerufene Adresse gibt es im Klimaschutz-Cockpit nicht (Fehler 404).</p>
      <p><a routerLink="/" i18n="@@shell.notFound.home">Zur Startseite</a></p>
    </div>
  `,
})
export class NotFound {}
