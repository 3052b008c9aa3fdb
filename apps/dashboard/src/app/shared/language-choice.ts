import { HttpClient } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LANGUAGE_COOKIE, LOCALES, type Locale, type LocaleUpdate } from '@klimaschutz/contracts';
import { API_BASE } from './api';
import { toProblem } from './problem';
import { UI_LOCALE } from './ui-locale';

/** Each language by its own name, so that a reader finds theirs whatever the page is shown in. */
const LANGUAGE_NAMES: Record<Locale, string> = { de: 'Deutsch', en: 'English' };

/**
 * „Sprache der Oberfläche“: German or English. Signed in (`account`), the choice is stored on the
 * account (the API sets the `ksc_lang` cookie to match); on the sign-in page only the browser's cookie
 * is set. Either way the page loads again, since the texts are chosen when the app starts.
 */
@Component({
  selector: 'ksc-language-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, MatInputModule],
  template: `
    <mat-form-field class="language" subscriptSizing="dynamic">
      <mat-label i18n="@@shared.language.label">Sprache der Oberfläche</mat-label>
      <select matNativeControl data-testid="language-choice" [disabled]="saving()" (change)="choose($any($event.target).value)">
        @for (locale of locales; track locale) {
          <option [value]="locale" [selected]="locale === current" [attr.lang]="locale">{{ names[locale] }}</option>
        }
      </select>
    </mat-form-field>
    @if (error(); as message) {
      <p class="error" role="alert" data-testid="language-error">{{ message }}</p>
    }
  `,
  styles: `
    .language {
      min-width: 14rem;
    }
  `,
})
export class LanguageChoice {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  /** `account`: stored on the signed-in account; `browser`: only this browser's cookie (sign-in page). */
  readonly mode = input<'account' | 'browser'>('account');
  protected readonly locales = LOCALES;
  protected readonly names = LANGUAGE_NAMES;
  protected readonly current = UI_LOCALE;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected choose(value: string): void {
    const locale = LOCALES.find((l) => l === value);
    if (!locale || locale === this.current) return;
    if (this.mode() === 'browser') {
      this.setBrowserCookie(locale);
      this.document.location.reload();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.http.put<LocaleUpdate>(`${API_BASE}/auth/me/locale`, { locale } satisfies LocaleUpdate).subscribe({
      next: () => this.document.location.reload(),
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = toProblem(error);
        this.error.set(problem.detail ?? problem.title);
      },
    });
  }

  /** As the API would set it: `__Host-` and Secure over HTTPS, SameSite=Strict, the whole site. */
  private setBrowserCookie(locale: Locale): void {
    const secure = this.document.location.protocol === 'https:';
    const name = secure ? `__Host-${LANGUAGE_COOKIE}` : LANGUAGE_COOKIE;
    const flags = `; Path=/; SameSite=Strict${secure ? '; Secure' : ''}`;
    this.document.cookie = locale === 'en' ? `${name}=en${flags}; Max-Age=${400 * 86_400}` : `${name}=${flags}; Max-Age=0`;
  }
}
