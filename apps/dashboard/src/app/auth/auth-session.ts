import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, LoginResult, Role, SecondFactorChallenge, SessionUser } from '@klimaschutz/contracts';
import { Observable, catchError, finalize, firstValueFrom, map, of, tap } from 'rxjs';
import { API_BASE } from '../shared/api';

/**
 * The signed-in user. The session itself lives in the httpOnly cookie the API sets on login;
 * the returned bearer token is deliberately ignored and never stored in the browser.
 */
@Injectable({ providedIn: 'root' })
export class AuthSession {
  private readonly http = inject(HttpClient);
  private readonly currentUser = signal<SessionUser | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly isLoggedIn = computed(() => this.currentUser() !== null);
  readonly role = computed(() => this.currentUser()?.role ?? null);
  /** The role requires a second factor this user has not set up: only „Mein Konto“ works. */
  readonly mustEnrol = computed(() => this.currentUser()?.totpEnrolmentRequired ?? false);

  private restoring: Promise<void> | null = null;

  /**
   * Asks the API once who is signed in (cookie); later calls share that answer. The guards await
   * it, so a citizen who opens a public page never triggers the request at all.
   */
  restore(): Promise<void> {
    this.restoring ??= firstValueFrom(
      this.http.get<SessionUser>(`${API_BASE}/auth/me`).pipe(
        catchError(() => of(null)),
        tap((user) => this.currentUser.set(user)),
        map(() => undefined),
      ),
      // Rendering on the server without the answer: nobody is known to be signed in.
      { defaultValue: undefined },
    );
    return this.restoring;
  }

  /** Step one; an account with a second factor answers a challenge for {@link loginWithCode} instead. */
  login(credentials: LoginRequest): Observable<SessionUser | SecondFactorChallenge> {
    return this.http.post<LoginResult>(`${API_BASE}/auth/login`, credentials).pipe(
      map((result) => ('accessToken' in result ? result.user : result)),
      tap((result) => {
        if ('role' in result) this.currentUser.set(result);
      }),
    );
  }

  /** Step two: the code of the authenticator app (or a recovery code). */
  loginWithCode(challenge: string, code: string): Observable<SessionUser> {
    return this.http.post<LoginResponse>(`${API_BASE}/auth/login/totp`, { challenge, code }).pipe(
      map((response) => response.user),
      tap((user) => this.currentUser.set(user)),
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${API_BASE}/auth/logout`, null).pipe(
      catchError(() => of(undefined)),
      finalize(() => this.clear()),
      map(() => undefined),
    );
  }

  /** The second factor is set up (or removed): the session's rights follow. */
  secondFactorChanged(enabled: boolean, enrolmentRequired: boolean): void {
    this.currentUser.update((user) => (user ? { ...user, totpEnabled: enabled, totpEnrolmentRequired: enrolmentRequired } : user));
  }

  /** Forgets the user locally, e.g. after the API answered 401. */
  clear(): void {
    this.currentUser.set(null);
  }

  hasRole(...roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }
}
