import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, Injector, afterNextRender, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter, map, pairwise, startWith } from 'rxjs';
import { AuthSession } from './auth/auth-session';
import { AppHeader } from './shell/app-header';
import { MainNav } from './shell/main-nav';

@Component({
  selector: 'ksc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, AppHeader, MainNav],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly isLoggedIn = inject(AuthSession).isLoggedIn;

  constructor() {
    this.moveFocusToMainOnPageChange();
  }

  protected skipToMain(event: Event): void {
    // A plain "#main-content" link would resolve against <base href="/"> and leave the page.
    event.preventDefault();
    this.focusMain();
  }

  private focusMain(): void {
    this.document.getElementById('main-content')?.focus();
  }

  /**
   * After a page change (not a mere query-param change such as a filter), screen-reader and
   * keyboard users continue at the new content instead of the top of the old page.
   */
  private moveFocusToMainOnPageChange(): void {
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        startWith(null),
        pairwise(),
        filter(([previous, current]) => previous !== null && previous !== current),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => afterNextRender(() => this.focusMain(), { injector: this.injector }));
  }
}
