import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'ksc-forbidden',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="page">
      <h1 data-testid="forbidden-title">Kein Zugriff</h1>
      <p>Für diese Seite fehlt Ihrer Rolle die Berechtigung. Wenden Sie sich bei Bedarf an die Systemverwaltung.</p>
      <p><a routerLink="/">Zur Startseite</a></p>
    </div>
  `,
})
export class Forbidden {}
