import { BadRequestException, Injectable } from '@nestjs/common';
import { SIGN_LANGUAGE_PAGE, SITE_PAGES, SITE_VIDEO_LIMITS, type SitePageKey, type SitePageVideo } from '@klimaschutz/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/errors';
import { SitePageVideoEntity } from './public.entities';

export interface UploadedPart {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const invalid = (field: string, message: string) => new BadRequestException({ detail: message, errors: [{ field, message }] });

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** What the file is by its first bytes, whatever its name or declared type says. */
function videoType(file: Buffer): SitePageVideo['contentType'] | null {
  if (file.length >= 4 && file.readUInt32BE(0) === 0x1a45dfa3) return 'video/webm';
  if (file.length >= 12 && file.subarray(4, 8).toString('latin1') === 'ftyp') return 'video/mp4';
  return null;
}

/** WebVTT: UTF-8 text that starts with `WEBVTT` (a BOM before it is allowed). */
function captionsText(file: Buffer): string | null {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(file).replace(/^\uFEFF/, '');
  if (!/^WEBVTT(?:[ \t][^\n]*)?\r?\n/.test(text) || text.includes('\uFFFD') || text.includes('\0')) return null;
  return text;
}

const toVideo = (v: SitePageVideoEntity): SitePageVideo => ({
  id: v.id,
  title: v.title,
  contentType: v.contentType as SitePageVideo['contentType'],
  sizeBytes: v.sizeBytes,
  videoUrl: `public/site-videos/${v.id}/video`,
  captionsUrl: v.hasCaptions ? `public/site-videos/${v.id}/captions.vtt` : null,
  createdAt: v.createdAt.toISOString(),
});

/** Sign-language videos of the page „Gebärdensprache“, uploaded by the page editors. */
@Injectable()
export class SiteVideosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(key: SitePageKey): Promise<SitePageVideo[]> {
    if (key !== SIGN_LANGUAGE_PAGE) return [];
    const rows = await this.dataSource.manager.find(SitePageVideoEntity, { where: { pageKey: key }, order: { createdAt: 'ASC' } });
    return rows.map(toVideo);
  }

  async add(
    key: SitePageKey,
    title: unknown,
    video: UploadedPart | undefined,
    captions: UploadedPart | undefined,
    user: AuthUser,
  ): Promise<SitePageVideo> {
    if (!SITE_PAGES.includes(key)) throw notFound('Die Seite');
    if (key !== SIGN_LANGUAGE_PAGE) throw invalid('video', 'Videos gibt es nur auf der Seite „Gebärdensprache“.');
    const name = typeof title === 'string' ? title.trim() : '';
    // eslint-disable-next-line no-control-regex
    if (!name || name.length > 200 || /[\u0000-\u001f\u007f]/.test(name))
      throw invalid('title', 'Bitte einen Titel für das Video angeben (höchstens 200 Zeichen).');
    if (!video) throw invalid('video', 'Bitte ein Video im Feld „video“ hochladen (MP4 oder WebM).');
    const contentType = videoType(video.buffer);
    if (!contentType) throw invalid('video', 'Das Video muss eine MP4- oder WebM-Datei sein.');
    if (video.size > SITE_VIDEO_LIMITS.maxBytes)
      throw invalid('video', `Das Video ist zu groß (höchstens ${megabytes(SITE_VIDEO_LIMITS.maxBytes)}).`);
    let vtt: string | null = null;
    if (captions) {
      if (captions.size > SITE_VIDEO_LIMITS.maxCaptionBytes)
        throw invalid('captions', `Die Untertitel sind zu groß (höchstens ${Math.round(SITE_VIDEO_LIMITS.maxCaptionBytes / 1024)} KB).`);
      vtt = captionsText(captions.buffer);
      if (vtt === null) throw invalid('captions', 'Die Untertitel müssen eine WebVTT-Datei (UTF-8, beginnt mit „WEBVTT“) sein.');
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(SitePageVideoEntity, {
        pageKey: key,
        title: name,
        contentType,
        sizeBytes: video.size,
        content: video.buffer.toString('base64'),
        captions: vtt,
        hasCaptions: vtt !== null,
      });
      await this.audit.record(manager, user, {
        action: 'CREATE',
        entityType: 'site-page-video',
        entityId: row.id,
        entityLabel: name,
        changes: [
          { field: 'video', before: null, after: `${contentType}, ${video.size} Bytes` },
          { field: 'captions', before: null, after: vtt === null ? null : `${vtt.length} Zeichen` },
        ],
      });
      return row;
    });
    return toVideo(saved);
  }

  async remove(key: SitePageKey, id: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(SitePageVideoEntity, { where: { id, pageKey: key } });
      if (!row) throw notFound('Das Video');
      await manager.delete(SitePageVideoEntity, { id });
      await this.audit.record(manager, user, { action: 'DELETE', entityType: 'site-page-video', entityId: id, entityLabel: row.title });
    });
  }

  async video(id: string): Promise<{ contentType: string; content: Buffer }> {
    const row = await this.dataSource.manager.findOne(SitePageVideoEntity, {
      where: { id },
      select: { id: true, contentType: true, content: true },
    });
    if (!row) throw notFound('Das Video');
    return { contentType: row.contentType, content: Buffer.from(row.content, 'base64') };
  }

  async captions(id: string): Promise<string> {
    const row = await this.dataSource.manager.findOne(SitePageVideoEntity, { where: { id }, select: { id: true, captions: true } });
    if (!row?.captions) throw notFound('Die Untertitel');
    return row.captions;
  }
}
