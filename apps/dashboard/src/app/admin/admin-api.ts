import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  FieldOfAction,
  FieldOfActionInput,
  OrgUnit,
  OrgUnitInput,
  Page,
  SignInPolicy,
  SignInPolicyUpdate,
  User,
  UserInput,
} from '@klimaschutz/contracts';
import { Observable, map, tap } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';
import { ReferenceData, byCode } from '../shared/reference-data';

type Versioned<T> = Partial<T> & { version: number };

/** Data access for the system administration (ADMIN only). */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);
  private readonly referenceData = inject(ReferenceData);

  listUsers(page: number, pageSize: number, q: string): Observable<Page<User>> {
    return this.http.get<Page<User>>(`${API_BASE}/users`, { params: queryParams({ page, pageSize, q }) });
  }

  getUser(id: string): Observable<User> {
    return this.http.get<User>(`${API_BASE}/users/${encodeURIComponent(id)}`);
  }

  createUser(body: UserInput): Observable<User> {
    return this.http.post<User>(`${API_BASE}/users`, body);
  }

  updateUser(id: string, body: Versioned<UserInput>): Observable<User> {
    return this.http.patch<User>(`${API_BASE}/users/${encodeURIComponent(id)}`, body);
  }

  /** Removes another user's second factor (lost phone); their sessions end. */
  resetTotp(id: string): Observable<User> {
    return this.http.post<User>(`${API_BASE}/users/${encodeURIComponent(id)}/totp/reset`, null);
  }

  signInPolicy(): Observable<SignInPolicy> {
    return this.http.get<SignInPolicy>(`${API_BASE}/sign-in-policy`);
  }

  updateSignInPolicy(body: SignInPolicyUpdate): Observable<SignInPolicy> {
    return this.http.patch<SignInPolicy>(`${API_BASE}/sign-in-policy`, body);
  }

  /** Erasure on request (DSGVO Art. 17): the account is anonymised, its traces replaced. */
  eraseUser(id: string, version: number): Observable<User> {
    return this.http.post<User>(`${API_BASE}/users/${encodeURIComponent(id)}/erase`, { version });
  }

  /** Always fresh (not the cached reference data): this is the page that changes them. */
  listOrgUnits(): Observable<OrgUnit[]> {
    return this.http
      .get<Page<OrgUnit>>(`${API_BASE}/org-units`, { params: { pageSize: 500 } })
      .pipe(map((page) => [...page.items].sort(byCode)));
  }

  getOrgUnit(id: string): Observable<OrgUnit> {
    return this.http.get<OrgUnit>(`${API_BASE}/org-units/${encodeURIComponent(id)}`);
  }

  createOrgUnit(body: OrgUnitInput): Observable<OrgUnit> {
    return this.http.post<OrgUnit>(`${API_BASE}/org-units`, body).pipe(tap(() => this.referenceData.invalidate()));
  }

  updateOrgUnit(id: string, body: Versioned<OrgUnitInput>): Observable<OrgUnit> {
    return this.http
      .patch<OrgUnit>(`${API_BASE}/org-units/${encodeURIComponent(id)}`, body)
      .pipe(tap(() => this.referenceData.invalidate()));
  }

  listFieldsOfAction(): Observable<FieldOfAction[]> {
    return this.http
      .get<Page<FieldOfAction>>(`${API_BASE}/fields-of-action`, { params: { pageSize: 100 } })
      .pipe(map((page) => [...page.items].sort((a, b) => a.sortOrder - b.sortOrder || byCode(a, b))));
  }

  getFieldOfAction(id: string): Observable<FieldOfAction> {
    return this.http.get<FieldOfAction>(`${API_BASE}/fields-of-action/${encodeURIComponent(id)}`);
  }

  createFieldOfAction(body: FieldOfActionInput): Observable<FieldOfAction> {
    return this.http.post<FieldOfAction>(`${API_BASE}/fields-of-action`, body).pipe(tap(() => this.referenceData.invalidate()));
  }

  updateFieldOfAction(id: string, body: Versioned<FieldOfActionInput>): Observable<FieldOfAction> {
    return this.http
      .patch<FieldOfAction>(`${API_BASE}/fields-of-action/${encodeURIComponent(id)}`, body)
      .pipe(tap(() => this.referenceData.invalidate()));
  }
}
