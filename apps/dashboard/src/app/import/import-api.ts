import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ImportMapping, ImportSession } from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE } from '../shared/api';

const IMPORTS = `${API_BASE}/imports`;

/** Data access for the import wizard and for file downloads (template, exports). */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  upload(file: File): Observable<ImportSession> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportSession>(IMPORTS, body);
  }

  preview(id: string, mapping: ImportMapping): Observable<ImportSession> {
    return this.http.post<ImportSession>(`${IMPORTS}/${encodeURIComponent(id)}/preview`, { mapping });
  }

  commit(id: string): Observable<ImportSession> {
    return this.http.post<ImportSession>(`${IMPORTS}/${encodeURIComponent(id)}/commit`, {});
  }

  get(id: string): Observable<ImportSession> {
    return this.http.get<ImportSession>(`${IMPORTS}/${encodeURIComponent(id)}`);
  }

  /** Downloads an authenticated file and hands it to the browser under its name. */
  download(url: string, fileName: string): Observable<void> {
    return new Observable<void>((subscriber) => {
      const sub = this.http.get(url, { responseType: 'blob' }).subscribe({
        next: (blob) => {
          const link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = fileName;
          link.click();
          setTimeout(() => URL.revokeObjectURL(link.href), 1000);
          subscriber.next();
          subscriber.complete();
        },
        error: (e) => subscriber.error(e),
      });
      return () => sub.unsubscribe();
    });
  }
}

export const TEMPLATE_URL = `${IMPORTS}/template.xlsx`;
