import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { PageEvent } from '@angular/material/paginator';
import type { Problem } from '@klimaschutz/contracts';
import { ChoiceFilter, ListCount, ListPaginator, ListTable, type ListView } from './list-parts';

/** A list as `routedList` hands it over, driven by the test. */
function fakeList() {
  const items = signal<{ id: string; name: string }[]>([]);
  const loading = signal(true);
  const problem = signal<Problem | null>(null);
  const pages: PageEvent[] = [];
  const list: ListView & { items: typeof items } = {
    state: signal({ page: 2, pageSize: 10 }),
    loading,
    problem,
    items,
    total: computed(() => 25),
    countText: computed(() => `${items().length} Einträge`),
    onPage: (event) => pages.push(event),
  };
  return { list, items, loading, problem, pages };
}

const fake = fakeList();

@Component({
  selector: 'ksc-some-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListCount, ListTable, ListPaginator],
  template: `
    <ksc-list-count [list]="list" testId="count" updating=" – wird aktualisiert …" />
    <ksc-list-table
      [loading]="list.loading()"
      [rows]="list.items().length"
      testId="table"
      emptyTestId="empty"
      [columns]="2"
      [texts]="{
        region: 'Tabelle der Einträge',
        caption: 'Einträge',
        loading: 'Einträge werden geladen …',
        empty: 'Keine Einträge gefunden.',
      }"
    >
      <tr kscListHead>
        <th scope="col">Name</th>
        <th scope="col">Kennung</th>
      </tr>
      @for (item of list.items(); track item.id) {
        <tr data-testid="row">
          <td>{{ item.name }}</td>
          <td>{{ item.id }}</td>
        </tr>
      }
    </ksc-list-table>
    <ksc-list-paginator [list]="list" [pageSizes]="[10, 25]" label="Seiten der Einträge" />
  `,
})
class SomeList {
  readonly list = fake.list;
}

@Component({
  selector: 'ksc-filter-host',
  imports: [ChoiceFilter],
  template: `<ksc-choice-filter
    label="Status"
    [options]="options"
    [labels]="labels"
    [value]="value"
    testId="filter-status"
    hint="mehrere möglich"
    (changed)="chosen.push($event)"
  />`,
})
class FilterHost {
  readonly options = ['PLANNED', 'HELD'] as const;
  readonly labels = { PLANNED: 'geplant', HELD: 'durchgeführt' };
  readonly value: ('PLANNED' | 'HELD')[] = ['HELD'];
  readonly chosen: string[][] = [];
}

describe('list parts (count, table, paginator of a routed list)', () => {
  beforeEach(() => {
    fake.items.set([]);
    fake.loading.set(true);
    fake.problem.set(null);
    TestBed.configureTestingModule({});
  });

  async function render() {
    const fixture = TestBed.createComponent(SomeList);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('says it is loading, in the count and in the table, and marks the table busy', async () => {
    const { el } = await render();
    expect(el.querySelector('[data-testid="count"]')?.textContent).toContain('wird aktualisiert');
    expect(el.querySelector('[data-testid="empty"]')?.textContent?.trim()).toBe('Einträge werden geladen …');
    expect(el.querySelector('table')?.getAttribute('aria-busy')).toBe('true');
    expect(el.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Tabelle der Einträge');
  });

  it('puts the page’s header and rows into the table, without the empty row', async () => {
    const { fixture, el } = await render();
    fake.items.set([
      { id: 'a', name: 'Erster' },
      { id: 'b', name: 'Zweiter' },
    ]);
    fake.loading.set(false);
    fixture.detectChanges();
    await fixture.whenStable();
    expect([...el.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Name', 'Kennung']);
    expect([...el.querySelectorAll('tbody [data-testid="row"] td:first-child')].map((td) => td.textContent)).toEqual(['Erster', 'Zweiter']);
    expect(el.querySelector('[data-testid="empty"]')).toBeNull();
    expect(el.querySelector('[data-testid="count"]')?.textContent).toBe('2 Einträge');
  });

  it('says when nothing was found and shows why a load failed', async () => {
    const { fixture, el } = await render();
    fake.loading.set(false);
    fake.problem.set({ status: 500, title: 'Fehler', detail: 'Die Liste konnte nicht geladen werden.' });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="empty"]')?.textContent?.trim()).toBe('Keine Einträge gefunden.');
    expect(el.querySelector('[data-testid="problem-alert"]')?.textContent).toContain('Die Liste konnte nicht geladen werden.');
  });

  it('the paginator shows the page from the URL and hands a page change back to the list', async () => {
    const { el } = await render();
    const paginator = el.querySelector('mat-paginator');
    expect(paginator?.getAttribute('aria-label')).toBe('Seiten der Einträge');
    expect(paginator?.textContent).toContain('11');
    paginator?.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    expect(fake.pages.map((p) => p.pageIndex)).toEqual([2]);
  });

  it('a choice filter shows the list’s choice and hands a new one on', async () => {
    const fixture = TestBed.createComponent(FilterHost);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('mat-label')?.textContent).toBe('Status');
    expect(el.querySelector('mat-hint')?.textContent).toBe('mehrere möglich');
    expect(el.querySelector('[data-testid="filter-status"]')?.textContent).toContain('durchgeführt');
    el.querySelector<HTMLElement>('[data-testid="filter-status"] .mat-mdc-select-trigger')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLElement>('mat-option')!.click();
    expect(fixture.componentInstance.chosen).toEqual([['PLANNED', 'HELD']]);
  });
});
