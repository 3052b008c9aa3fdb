import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, Role, User } from '@klimaschutz/contracts';
import { Observable, catchError, finalize, firstValueFrom, map, of, tap } from 'rxjs';
import { API_BASE } from '../shared/api';

/**
 * The signed-in user. The session itself lives in the httpOnly cookie the API sets on login;
 * the returned bearer token is deliberately ignored and never stored in the browser.
 */
@Injectable({ providedIn: 'root' })
export class AuthSession {
  private readonly http = inject(HttpClient);
  private readonly currentUser = signal<User | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly isLoggedIn = computed(() => this.currentUser() !== null);
  readonly role = computed(() => this.currentUser()?.role ?? null);

  private restoring: Promise<void> | null = null;

  /**
   * Asks the API once who is signed in (cookie); later calls share that answer. The guards await
   * it, so a citizen who opens a public page never triggers the request at all.
   */
  restore(): Promise<void> {
    this.restoring ??= firstValueFrom(
      this.http.get<User>(`${API_BASE}/auth/me`).pipe(
        catchError(() => of(null)),
        tap((user) => this.currentUser.set(user)),
        map(() => undefined),
      ),
      // Rendering on the server without the answer: nobody is known to be signed in.
      { defaultValue: undefined },
    );
    return this.restoring;
  }

  login(credentials: LoginRequest): Observable<User> {
    return this.http.post<LoginResponse>(`${API_BASE}/auth/login`, credentials).pipe(
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

  /** Forgets the user locally, e.g. after the API answered 401. */
  clear(): void {
    this.currentUser.set(null);
  }

  hasRole(...roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }
}
