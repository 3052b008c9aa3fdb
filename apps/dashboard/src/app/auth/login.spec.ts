import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Login } from './login';

describe('Login', () => {
  async function setup() {
    TestBed.configureTestingModule({
      imports: [Login],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
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
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Zu viele Anmeldeversuche – bitte in einer Minute erneut versuchen',
    );
  });
});
