import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { SessionUser } from '@klimaschutz/contracts';
import { inBackground } from '../shared/api';
import { authInterceptor } from './auth-interceptor';
import { AuthSession } from './auth-session';

@Component({ template: '' })
class Blank {}

const manager: SessionUser = {
  id: 'u1',
  email: 'km@musterstadt.de',
  displayName: 'Kim Klima',
  role: 'CLIMATE_MANAGER',
  orgUnit: null,
  active: true,
  version: 1,
  lastLoginAt: null,
  totpEnabled: false,
  totpEnrolmentRequired: false,
  erasedAt: null,
};

describe('authInterceptor and AuthSession', () => {
  let http: HttpTestingController;
  let session: AuthSession;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'anmelden', component: Blank },
          { path: 'massnahmen', component: Blank },
          { path: 'oeffentlich/massnahmen', component: Blank },
          { path: 'mein-konto', component: Blank },
        ]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(AuthSession);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  it('restores the user from the session cookie', async () => {
    const restored = session.restore();
    http.expectOne('/api/v1/auth/me').flush(manager);
    await restored;
    expect(session.user()?.displayName).toBe('Kim Klima');
    expect(session.hasRole('CLIMATE_MANAGER')).toBe(true);
  });

  it('treats 401 from /auth/me as "not signed in", without redirecting', async () => {
    await router.navigateByUrl('/massnahmen');
    const restored = session.restore();
    http.expectOne('/api/v1/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    await restored;
    await new Promise((resolve) => setTimeout(resolve));
    expect(session.isLoggedIn()).toBe(false);
    expect(router.url).toBe('/massnahmen');
  });

  it('never keeps the bearer token in browser storage', () => {
    session.login({ email: 'km@musterstadt.de', password: 'geheim' }).subscribe();
    http.expectOne('/api/v1/auth/login').flush({ accessToken: 'secret-token', expiresAt: '2027-01-01T00:00:00Z', user: manager });
    expect(session.user()?.id).toBe('u1');
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('secret-token');
  });

  it('sends the user to /anmelden when a later request answers 401', async () => {
    await router.navigateByUrl('/massnahmen');
    session.login({ email: 'km@musterstadt.de', password: 'geheim' }).subscribe();
    http.expectOne('/api/v1/auth/login').flush({ accessToken: 't', expiresAt: '', user: manager });

    TestBed.inject(HttpClient)
      .get('/api/v1/measures')
      .subscribe({ error: () => undefined });
    http.expectOne('/api/v1/measures').flush(null, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve));

    expect(session.isLoggedIn()).toBe(false);
    expect(router.url).toBe('/anmelden?returnUrl=%2Fmassnahmen');
  });

  it('leaves anonymous visitors of the public pages where they are on a 401', async () => {
    await router.navigateByUrl('/oeffentlich/massnahmen');
    TestBed.inject(HttpClient)
      .get('/api/v1/measures')
      .subscribe({ error: () => undefined });
    http.expectOne('/api/v1/measures').flush(null, { status: 401, statusText: 'Unauthorized' });
    TestBed.inject(HttpClient)
      .get('/api/v1/public/summary')
      .subscribe({ error: () => undefined });
    http.expectOne('/api/v1/public/summary').flush(null, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve));

    expect(router.url).toBe('/oeffentlich/massnahmen');
  });

  it('tells the login page that the session ended for inactivity', async () => {
    await router.navigateByUrl('/massnahmen');
    TestBed.inject(HttpClient)
      .get('/api/v1/notifications/unread-count')
      .subscribe({ error: () => undefined });
    http
      .expectOne('/api/v1/notifications/unread-count')
      .flush({ status: 401, title: 'Nicht angemeldet', code: 'SESSION_IDLE' }, { status: 401, statusText: 'Unauthorized' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/anmelden?returnUrl=%2Fmassnahmen&grund=inaktiv');
  });

  it('marks polling requests as background, and only those', () => {
    const client = TestBed.inject(HttpClient);
    client.get('/api/v1/notifications/unread-count', inBackground()).subscribe();
    client.get('/api/v1/measures').subscribe();
    expect(http.expectOne('/api/v1/notifications/unread-count').request.headers.get('X-Ksc-Background')).toBe('1');
    expect(http.expectOne('/api/v1/measures').request.headers.has('X-Ksc-Background')).toBe(false);
  });

  it('leads a session that must first set up its second factor to „Mein Konto“', async () => {
    await router.navigateByUrl('/massnahmen');
    TestBed.inject(HttpClient)
      .get('/api/v1/measures')
      .subscribe({ error: () => undefined });
    http
      .expectOne('/api/v1/measures')
      .flush({ status: 403, title: 'Keine Berechtigung', code: 'TOTP_ENROLMENT_REQUIRED' }, { status: 403, statusText: 'Forbidden' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/mein-konto');
  });
});
