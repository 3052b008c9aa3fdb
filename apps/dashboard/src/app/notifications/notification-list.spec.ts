import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Notification, NotificationPage } from '@klimaschutz/contracts';
import { materialDefaults } from '../shared/material-defaults';
import { NotificationList } from './notification-list';
import { UnreadNotifications } from './unread-notifications';

function notification(id: string, read: boolean): Notification {
  return {
    id,
    kind: 'REPORT_DUE',
    title: `Sachstandsmeldung fällig in 3 Tagen: V-0${id} Radweg`,
    body: 'Für die Maßnahme fehlt noch die Sachstandsmeldung.',
    link: `/massnahmen/m${id}`,
    createdAt: '2026-11-25T06:00:00Z',
    readAt: read ? '2026-11-25T08:00:00Z' : null,
    email: { state: 'SENT', attempts: 1, sentAt: '2026-11-25T06:00:01Z' },
  };
}

const page = (items: Notification[], unread: number): NotificationPage => ({ items, total: items.length, page: 1, pageSize: 20, unread });

describe('NotificationList', () => {
  async function setup() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'de-DE' },
        materialDefaults,
      ],
    });
    const fixture = TestBed.createComponent(NotificationList);
    const http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/v1/notifications').flush(page([notification('1', false), notification('2', true)], 1));
    http.expectOne('/api/v1/auth/me/preferences').flush({ emailNotifications: true, emailAvailable: false });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, http, el, all: (id: string) => Array.from(el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)) };
  }

  it('lists the notifications with an unread marker, a link to the object and the email state', async () => {
    const { el, all } = await setup();
    expect(all('notification')).toHaveLength(2);
    expect(all('notification-unread')).toHaveLength(1);
    expect(all('notification-link')[0].getAttribute('href')).toBe('/massnahmen/m1');
    expect(all('notification-email')[0].textContent).toContain('per E-Mail versendet');
    expect(el.querySelector('[data-testid="notification-summary"]')?.textContent).toContain('1 ungelesene Benachrichtigung');
    expect(el.querySelector('[data-testid="email-unavailable"]')?.textContent).toContain('kein E-Mail-Versand eingerichtet');
    expect(TestBed.inject(UnreadNotifications).count()).toBe(1);
  });

  it('marks one read without reloading, and updates the header count', async () => {
    const { fixture, http, all } = await setup();
    all('mark-read')[0].click();
    http.expectOne('/api/v1/notifications/1/read').flush(notification('1', true));
    await fixture.whenStable();
    expect(all('notification-unread')).toHaveLength(0);
    expect(all('mark-read')).toHaveLength(0);
    expect(TestBed.inject(UnreadNotifications).count()).toBe(0);
  });

  it('marks all read and loads the list again', async () => {
    const { fixture, http, el } = await setup();
    el.querySelector<HTMLButtonElement>('[data-testid="mark-all-read"]')!.click();
    http.expectOne('/api/v1/notifications/read-all').flush({ marked: 1, unread: 0 });
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/v1/notifications').flush(page([notification('1', true), notification('2', true)], 0));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="notification-summary"]')?.textContent).toContain('Keine ungelesenen Benachrichtigungen');
    expect(el.querySelector<HTMLButtonElement>('[data-testid="mark-all-read"]')!.disabled).toBe(true);
  });

  it('switches email off through the preference endpoint', async () => {
    const { fixture, http, el } = await setup();
    el.querySelector<HTMLButtonElement>('[data-testid="email-toggle"] button')!.click();
    const request = http.expectOne('/api/v1/auth/me/preferences');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ emailNotifications: false });
    request.flush({ emailNotifications: false, emailAvailable: false });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="email-toggle"] button')?.getAttribute('aria-checked')).toBe('false');
  });
});
