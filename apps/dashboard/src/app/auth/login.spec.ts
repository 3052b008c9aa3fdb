import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { Login } from './login';

describe('Login', () => {
  async function setup(query: Record<string, string> = {}) {
    TestBed.configureTestingModule({
      imports: [Login],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(query) } } },
      ],
    });
    const fixture = TestBed.createComponent(Login);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (testId: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      if (!input) throw new Error(testId);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, type, submit, http: TestBed.inject(HttpTestingController) };
  }

  it('asks for the e-mail address in German', async () => {
    const { el, submit, http } = await setup();
    await submit();
    expect(el.textContent).toContain('Bitte E-Mail-Adresse eingeben');
    http.expectNone('/api/v1/auth/login');
  });

  it('says that e-mail or password is wrong on 401', async () => {
    const { el, type, submit, http, fixture } = await setup();
    type('login-email', 'km@musterstadt.de');
    type('login-password', 'falsch');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('E-Mail oder Passwort ist falsch');
  });

  it('asks to wait a minute when rate-limited', async () => {
    const { el, type, submit, http, fixture } = await setup();
    type('login-email', 'km@musterstadt.de');
    type('login-password', 'x');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(null, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Zu viele Anmeldeversuche – bitte in einer Minute erneut versuchen');
  });

  it('says the server’s reason when the account has to wait', async () => {
    const { el, type, submit, http, fixture } = await setup();
    type('login-email', 'km@musterstadt.de');
    type('login-password', 'x');
    await submit();
    http.expectOne('/api/v1/auth/login').flush(
      {
        status: 429,
        title: 'Zu viele Anfragen',
        detail: 'Zu viele fehlgeschlagene Anmeldungen für dieses Konto. Bitte warten Sie 30 Sekunden und versuchen Sie es dann erneut.',
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Bitte warten Sie 30 Sekunden');
  });

  it('asks for the code of the authenticator app when the account has a second factor', async () => {
    const { el, type, submit, http, fixture } = await setup();
    type('login-email', 'km@musterstadt.de');
    type('login-password', 'richtig-richtig');
    await submit();
    http.expectOne('/api/v1/auth/login').flush({ secondFactorRequired: true, challenge: 'c1', expiresAt: '2027-01-01T00:00:00Z' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="login-password"]')).toBeNull();
    expect(el.textContent).toContain('sechsstelligen Code aus Ihrer');
    type('login-code', '123456');
    el.querySelector<HTMLButtonElement>('[data-testid="login-code-submit"]')?.click();
    await fixture.whenStable();
    const second = http.expectOne('/api/v1/auth/login/totp');
    expect(second.request.body).toEqual({ challenge: 'c1', code: '123456' });
    second.flush(
      { status: 401, title: 'Nicht angemeldet', detail: 'Der Code ist falsch oder wurde schon verwendet.' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Der Code ist falsch');
  });

  it('says why the user was signed out after inactivity', async () => {
    const { el } = await setup({ grund: 'inaktiv' });
    expect(el.querySelector('[data-testid="login-idle-notice"]')?.textContent).toContain('wegen Inaktivität abgemeldet');
  });
});
