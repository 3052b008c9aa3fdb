import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { EMBEDDED_ANSWERS_ELEMENT_ID } from '@klimaschutz/contracts';
import { embeddedAnswersInterceptor } from './embedded-answers';

@Component({ template: '' })
class Blank {}

/** The element the server writes before `</body>`. */
function embed(answers: Record<string, unknown>): void {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = EMBEDDED_ANSWERS_ELEMENT_ID;
  script.textContent = JSON.stringify(answers).replace(/</g, '\\u003c');
  document.body.appendChild(script);
}

describe('embedded API answers', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  function start(answers: Record<string, unknown> | null): void {
    if (answers) embed(answers);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'cockpit', component: Blank },
          { path: 'massnahmen', component: Blank },
        ]),
        provideHttpClient(withInterceptors([embeddedAnswersInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  }

  /** What a GET answers right away (synchronously), or undefined if it waits for the network. */
  function answerNow<T>(url: string, params?: Record<string, string>): T | undefined {
    let value: T | undefined;
    http.get<T>(url, { params }).subscribe((v) => (value = v));
    return value;
  }

  afterEach(() => {
    backend.verify({ ignoreCancelled: true });
    document.body.innerHTML = '';
  });

  it('answers the first page’s requests at once, in whatever order the parameters come, without asking the API', () => {
    start({
      '/api/v1/auth/me': { email: 'buergermeisterin@musterstadt.example' },
      '/api/v1/dashboard/attention?fieldOfActionId=f1&limit=100': { total: 3, name: '</script>' },
    });
    expect(answerNow('/api/v1/auth/me')).toEqual({ email: 'buergermeisterin@musterstadt.example' });
    expect(answerNow('/api/v1/dashboard/attention', { limit: '100', fieldOfActionId: 'f1' })).toEqual({ total: 3, name: '</script>' });
    backend.expectNone(() => true);
    // The element belongs to this page load only.
    expect(document.getElementById(EMBEDDED_ANSWERS_ELEMENT_ID)).toBeNull();
  });

  it('answers each request once: polling and reloading ask the API for current data', () => {
    start({ '/api/v1/notifications/unread-count': { unread: 2 } });
    expect(answerNow('/api/v1/notifications/unread-count')).toEqual({ unread: 2 });
    expect(answerNow('/api/v1/notifications/unread-count')).toBeUndefined();
    backend.expectOne('/api/v1/notifications/unread-count').flush({ unread: 5 });
  });

  it('asks the API for requests with other parameters, other methods and after the user has moved on', async () => {
    start({ '/api/v1/dashboard/summary': { total: 40 }, '/api/v1/org-units?pageSize=500': { items: [] } });
    expect(answerNow('/api/v1/dashboard/summary', { orgUnitId: 'o1' })).toBeUndefined();
    backend.expectOne('/api/v1/dashboard/summary?orgUnitId=o1').flush({ total: 7 });
    http.post('/api/v1/dashboard/summary', {}).subscribe();
    backend.expectOne({ method: 'POST' }).flush({});

    const router = TestBed.inject(Router);
    await router.navigateByUrl('/cockpit');
    expect(answerNow('/api/v1/dashboard/summary')).toEqual({ total: 40 });
    await router.navigateByUrl('/massnahmen');
    // What the first page did not use is gone once the user moves on.
    expect(answerNow('/api/v1/org-units', { pageSize: '500' })).toBeUndefined();
    backend.expectOne('/api/v1/org-units?pageSize=500').flush({ items: [{ id: 'neu' }] });
  });

  it('without embedded answers, or with unreadable ones, every request goes to the API', () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = EMBEDDED_ANSWERS_ELEMENT_ID;
    script.textContent = '{kaputt';
    document.body.appendChild(script);
    start(null);
    expect(answerNow('/api/v1/auth/me')).toBeUndefined();
    backend.expectOne('/api/v1/auth/me').flush({});
  });
});
