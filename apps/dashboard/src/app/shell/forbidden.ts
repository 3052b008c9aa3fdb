import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'ksc-forbidden',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="page">
      <h1 data-testid="forbidden-title" i18n="@@shell.forbidden.title">Kein Zugriff</h1>
      <p i18n="@@shell.forbidden.text">
        Für diese Seite fehlt Ihrer Rolle die Berechtigung. Wenden Sie sich bei Bedarf an die Systemverwaltung.
      </p>
      <p><a routerLink="/" i18n="@@shell.forbidden.home">Zur Startseite</a></p>
    </div>
  `,
})
export class Forbidden {}
