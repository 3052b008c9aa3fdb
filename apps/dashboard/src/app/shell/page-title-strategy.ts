import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { APP_NAME } from '../shared/api';

/** "Maßnahmen – Klimaschutz-Cockpit": the route's `title` first, the product name last. */
@Injectable({ providedIn: 'root' })
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.title.setTitle(pageTitle(this.buildTitle(snapshot)));
  }
}

export function pageTitle(page: string | null | undefined): string {
  return page ? `${page} – ${APP_NAME}` : APP_NAME;
}
