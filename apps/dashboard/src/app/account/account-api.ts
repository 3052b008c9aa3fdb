import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AccountSecurity, PasswordChangeRequest, RecoveryCodes, TotpDisableRequest, TotpEnrolment } from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE } from '../shared/api';

const ME = `${API_BASE}/auth/me`;

/** The signed-in user's own sign-in: password and second factor. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  security(): Observable<AccountSecurity> {
    return this.http.get<AccountSecurity>(`${ME}/security`);
  }

  changePassword(body: PasswordChangeRequest): Observable<void> {
    return this.http.post<void>(`${ME}/password`, body);
  }

  startTotp(): Observable<TotpEnrolment> {
    return this.http.post<TotpEnrolment>(`${ME}/totp`, null);
  }

  confirmTotp(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(`${ME}/totp/confirm`, { code });
  }

  disableTotp(body: TotpDisableRequest): Observable<AccountSecurity> {
    return this.http.post<AccountSecurity>(`${ME}/totp/disable`, body);
  }
}
