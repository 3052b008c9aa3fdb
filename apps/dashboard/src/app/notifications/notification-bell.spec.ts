import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NotificationBell } from './notification-bell';
import { UnreadNotifications, unreadBadge, unreadLabel } from './unread-notifications';

describe('unread count wording', () => {
  it('names the link with the number of unread notifications', () => {
    expect(unreadLabel(null)).toBe('Benachrichtigungen');
    expect(unreadLabel(0)).toBe('Benachrichtigungen, keine ungelesen');
    expect(unreadLabel(3)).toBe('Benachrichtigungen, 3 ungelesen');
  });

  it('shows no badge for none and caps it at 99+', () => {
    expect([null, 0, 1, 99, 100].map(unreadBadge)).toEqual([null, null, '1', '99', '99+']);
  });
});

describe('NotificationBell', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('asks for the unread count right away and says it in the link name', async () => {
    const fixture = TestBed.createComponent(NotificationBell);
    const http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http.expectOne('/api/v1/notifications/unread-count').flush({ unread: 3 });
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a')!;
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, 3 ungelesen');
    expect(link.getAttribute('href')).toBe('/benachrichtigungen');
    expect(link.textContent?.trim()).toBe('3');

    // The notification page asks for a fresh count after marking something read.
    TestBed.inject(UnreadNotifications).refresh();
    http.expectOne('/api/v1/notifications/unread-count').flush({ unread: 0 });
    await fixture.whenStable();
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, keine ungelesen');
    expect(link.querySelector('[data-testid="notification-count"]')).toBeNull();
  });

  it('keeps the last count when a poll fails, and forgets it when the user signs out', async () => {
    const fixture = TestBed.createComponent(NotificationBell);
    const http = TestBed.inject(HttpTestingController);
    const unread = TestBed.inject(UnreadNotifications);
    await fixture.whenStable();
    http.expectOne('/api/v1/notifications/unread-count').flush({ unread: 2 });
    unread.refresh();
    http.expectOne('/api/v1/notifications/unread-count').flush(null, { status: 500, statusText: 'Server Error' });
    expect(unread.count()).toBe(2);
    fixture.destroy();
    expect(unread.count()).toBeNull();
  });
});
