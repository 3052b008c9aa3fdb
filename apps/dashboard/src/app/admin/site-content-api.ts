import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Feedback, Page, SitePage, SitePageKey, SitePageVideo } from '@klimaschutz/contracts';
import { Observable } from 'rxjs';
import { API_BASE, queryParams } from '../shared/api';

/** Public texts and barrier reports, edited by ADMIN and COMMUNICATION. */
@Injectable({ providedIn: 'root' })
export class SiteContentApi {
  private readonly http = inject(HttpClient);

  /** Read through the public endpoint: the editor sees exactly what visitors get. */
  page(key: SitePageKey): Observable<SitePage> {
    return this.http.get<SitePage>(`${API_BASE}/public/pages/${encodeURIComponent(key)}`, {
      // A just-saved text must not come back from a cache.
      headers: { 'Cache-Control': 'no-cache' },
    });
  }

  savePage(key: SitePageKey, body: { title: string; body: string; version: number }): Observable<SitePage> {
    return this.http.put<SitePage>(`${API_BASE}/site-pages/${encodeURIComponent(key)}`, body);
  }

  /** Multipart: `title`, `video` (MP4/WebM), optionally `captions` (WebVTT). */
  addVideo(key: SitePageKey, title: string, video: File, captions: File | null): Observable<SitePageVideo> {
    const form = new FormData();
    form.append('title', title);
    form.append('video', video);
    if (captions) form.append('captions', captions);
    return this.http.post<SitePageVideo>(`${API_BASE}/site-pages/${encodeURIComponent(key)}/videos`, form);
  }

  deleteVideo(key: SitePageKey, id: string): Observable<void> {
    return this.http.delete<void>(`${API_BASE}/site-pages/${encodeURIComponent(key)}/videos/${encodeURIComponent(id)}`);
  }

  feedback(page: number, pageSize: number): Observable<Page<Feedback>> {
    return this.http.get<Page<Feedback>>(`${API_BASE}/feedback`, { params: queryParams({ page, pageSize }) });
  }

  setHandled(id: string, handled: boolean, version: number): Observable<void> {
    return this.http.patch<void>(`${API_BASE}/feedback/${encodeURIComponent(id)}`, { handled, version });
  }

  /** Deletes the feedback with its history (DSGVO Art. 17). */
  eraseFeedback(id: string): Observable<void> {
    return this.http.delete<void>(`${API_BASE}/feedback/${encodeURIComponent(id)}`);
  }

  /** Removes the sender's name and e-mail address; the message stays. */
  eraseSender(id: string, version: number): Observable<Feedback> {
    return this.http.post<Feedback>(`${API_BASE}/feedback/${encodeURIComponent(id)}/erase-sender`, { version });
  }
}
