import { LiveAnnouncer } from '@angular/cdk/a11y';
import { LOCALE_ID, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import type { PageEvent } from '@angular/material/paginator';
import { ActivatedRoute, type ParamMap, type Params, Router } from '@angular/router';
import type { Page, Problem } from '@klimaschutz/contracts';
import { type Observable, catchError, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { formatCount } from './format';
import { toProblem } from './problem';
import { type QueryValues, withFilterChange } from './query-params';

export interface RoutedListOptions<S extends { page: number; pageSize: number }, T> {
  fromParams: (values: QueryValues) => S;
  toParams: (state: S) => Params;
  load: (state: S) => Observable<Page<T>>;
  /** Singular and plural noun for the count ("1 Schulung", "3 Schulungen"). */
  noun: readonly [string, string];
}

type LoadResult<T> = { page: Page<T>; problem: null } | { page: null; problem: Problem };

/**
 * A paged, filtered list whose state lives in the URL (shareable, back button works): loads on
 * every change of the query parameters, keeps the last page while the next one loads, announces
 * the count to screen readers, and resets to page 1 when a filter changes. Create it in a field
 * initializer of the list component (it injects the router and the route).
 */
export function routedList<S extends { page: number; pageSize: number }, T>(options: RoutedListOptions<S, T>) {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const announcer = inject(LiveAnnouncer);
  const locale = inject(LOCALE_ID);
  const [one, many] = options.noun;
  const toState = (params: ParamMap) => options.fromParams(Object.fromEntries(params.keys.map((key) => [key, params.get(key)])));

  const state = toSignal(route.queryParamMap.pipe(map(toState)), {
    requireSync: true,
  });
  const loading = signal(true);
  const result = signal<Page<T> | null>(null);
  const problem = signal<Problem | null>(null);
  const total = computed(() => result()?.total ?? 0);

  route.queryParamMap
    .pipe(
      map(toState),
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      tap(() => loading.set(true)),
      switchMap((s) =>
        options.load(s).pipe(
          map((page): LoadResult<T> => ({ page, problem: null })),
          catchError((error: unknown) => of<LoadResult<T>>({ page: null, problem: toProblem(error) })),
        ),
      ),
      takeUntilDestroyed(),
    )
    .subscribe((loaded) => {
      loading.set(false);
      problem.set(loaded.problem);
      if (loaded.page) {
        result.set(loaded.page);
        const count = formatCount(loaded.page.total, one, many, locale);
        void announcer.announce($localize`:@@shared.list.found:${count}:count: gefunden`);
      }
    });

  const update = (change: Partial<S>): void => {
    void router.navigate([], {
      relativeTo: route,
      queryParams: options.toParams(withFilterChange(state(), change)),
    });
  };

  return {
    state,
    loading: loading.asReadonly(),
    result: result.asReadonly(),
    problem: problem.asReadonly(),
    items: computed(() => result()?.items ?? []),
    total,
    countText: computed(() => formatCount(total(), one, many, locale)),
    update,
    onPage: (event: PageEvent) =>
      update({
        page: event.pageIndex + 1,
        pageSize: event.pageSize,
      } as Partial<S>),
  };
}
