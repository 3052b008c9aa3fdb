import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { Subject, of, throwError, type Observable } from 'rxjs';
import { DetailHeader, DetailStatus, RecordDetail, StepButtons, type WorkflowStep } from './record-detail';

interface Item {
  id: string;
  version: number;
  title: string;
}

const server: { get: (id: string) => Observable<Item> } = { get: () => of({ id: 'i-1', version: 1, title: 'Schulung A' }) };

@Component({
  selector: 'ksc-item-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DetailHeader, DetailStatus, StepButtons],
  template: `
    <ksc-detail-status [detail]="detail" [loaded]="!!item()" />
    @if (item(); as i) {
      <ksc-detail-header [detail]="detail">
        <h1>{{ i.title }}</h1>
        <ksc-step-buttons [steps]="steps" [busy]="detail.busy()" />
      </ksc-detail-header>
    }
  `,
})
class ItemDetail {
  readonly id = input('i-1');
  readonly item = signal<Item | null>(null);
  held = 0;
  readonly steps: WorkflowStep[] = [
    { label: 'Als durchgeführt markieren', testId: 'mark-held', primary: true, run: () => this.held++ },
    { label: 'Absagen', testId: 'cancel', run: () => undefined },
  ];
  readonly form = inject(FormBuilder).nonNullable.group({ reason: [''] });
  readonly detail = new RecordDetail({
    id: this.id,
    load: (id) => server.get(id),
    loaded: (item) => this.item.set(item),
    pageTitle: (item) => `Schulung: ${item.title}`,
  });
}

const refusal = new HttpErrorResponse({
  status: 409,
  error: {
    status: 409,
    title: 'Konflikt',
    detail: 'Die Schulung wurde inzwischen geändert.',
    errors: [
      { field: 'reason', message: 'Zu lang.' },
      { field: 'other', message: 'Etwas anderes.' },
    ],
  },
});

describe('RecordDetail (the workflow pages’ shared load, steps and messages)', () => {
  beforeEach(() => {
    server.get = () => of({ id: 'i-1', version: 1, title: 'Schulung A' });
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  async function open() {
    const fixture = TestBed.createComponent(ItemDetail);
    await fixture.whenStable();
    return { fixture, page: fixture.componentInstance, el: fixture.nativeElement as HTMLElement };
  }

  it('loads the record and names the browser tab after it', async () => {
    const { el, page } = await open();
    expect(el.querySelector('h1')?.textContent).toBe('Schulung A');
    expect(page.detail.loading()).toBe(false);
    expect(TestBed.inject(Title).getTitle()).toContain('Schulung: Schulung A');
  });

  it('shows why the record could not be loaded at the top of the page', async () => {
    server.get = () =>
      throwError(() => new HttpErrorResponse({ status: 404, error: { status: 404, title: 'Nicht gefunden', detail: 'Gibt es nicht.' } }));
    const { el } = await open();
    expect(el.querySelector('ksc-detail-status [data-testid="problem-alert"]')?.textContent).toContain('Gibt es nicht.');
    expect(el.querySelector('ksc-detail-header')).toBeNull();
  });

  it('a refused step is shown beside the buttons, with its field errors at the form', async () => {
    const { fixture, el, page } = await open();
    page.detail.run(
      throwError(() => refusal),
      () => 'nie',
      page.form,
    );
    fixture.detectChanges();
    await fixture.whenStable();
    const alert = el.querySelector('ksc-detail-header [data-testid="problem-alert"]');
    expect(alert?.textContent).toContain('Die Schulung wurde inzwischen geändert.');
    expect(alert?.textContent).toContain('Etwas anderes.');
    expect(el.querySelector('ksc-detail-status [data-testid="problem-alert"]')).toBeNull();
    expect(page.form.controls.reason.errors).toEqual({ server: 'Zu lang.' });
    expect(page.detail.busy()).toBe(false);
  });

  it('a step is busy while it runs, then says what it did and clears an earlier refusal', async () => {
    const { fixture, el, page } = await open();
    page.detail.run(
      throwError(() => refusal),
      () => 'nie',
    );
    const answer = new Subject<Item>();
    page.detail.run(answer, (item) => {
      page.item.set(item);
      return 'Die Schulung ist als durchgeführt markiert.';
    });
    expect(page.detail.busy()).toBe(true);
    expect(page.detail.problem()).toBeNull();
    answer.next({ id: 'i-1', version: 2, title: 'Schulung A (durchgeführt)' });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(page.detail.busy()).toBe(false);
    expect(el.querySelector('[data-testid="detail-notice"]')?.textContent).toContain('Die Schulung ist als durchgeführt markiert.');
    expect(el.querySelector('h1')?.textContent).toBe('Schulung A (durchgeführt)');
  });

  it('lists the allowed steps as buttons, disabled while a step runs', async () => {
    const { fixture, el, page } = await open();
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('ksc-detail-header button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['Als durchgeführt markieren', 'Absagen']);
    expect(buttons.map((b) => b.getAttribute('data-testid'))).toEqual(['mark-held', 'cancel']);
    buttons[0].click();
    expect(page.held).toBe(1);
    page.detail.run(new Subject<Item>(), () => '');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(buttons.every((b) => b.disabled)).toBe(true);
  });
});
