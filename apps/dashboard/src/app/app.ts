import { DOCUMENT, PlatformLocation } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, ResolveEnd, Router, RouterOutlet } from '@angular/router';
import { filter, map, pairwise, startWith } from 'rxjs';
import { AuthSession } from './auth/auth-session';
import { isPublicPath } from './public/public-area';
import { PublicFooter, PublicHeader } from './public/public-chrome';
import { AppHeader } from './shell/app-header';
import { MainNav } from './shell/main-nav';

@Component({
  selector: 'ksc-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, AppHeader, MainNav, PublicHeader, PublicFooter],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly isLoggedIn = inject(AuthSession).isLoggedIn;
  /**
   * Citizens' pages get their own header and footer instead of the staff header and navigation.
   * Known from the address before the first navigation, so a public page never flashes the
   * internal chrome; updated once a navigation's target is final (after guards and redirects).
   */
  protected readonly publicArea = signal(isPublicPath(inject(PlatformLocation).pathname));
  /**
   * The skip link's address: this page's own, so that it stays on the page even before the app has
   * started (a server-rendered page), where a bare "#main-content" would resolve against
   * <base href="/"> and lead to the start page.
   */
  protected readonly skipTarget = signal(skipTargetFor(inject(PlatformLocation)));

  constructor() {
    this.moveFocusToMainOnPageChange();
    this.router.events
      .pipe(
        filter((event): event is ResolveEnd => event instanceof ResolveEnd),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((event) => this.publicArea.set(isPublicPath(event.urlAfterRedirects)));
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((event) => this.skipTarget.set(`${event.urlAfterRedirects.split('#')[0]}#main-content`));
  }

  protected skipToMain(event: Event): void {
    // Once the app runs, the link only moves the focus (no history entry, no router navigation).
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

function skipTargetFor(location: PlatformLocation): string {
  return `${location.pathname}${location.search}#main-content`;
}
