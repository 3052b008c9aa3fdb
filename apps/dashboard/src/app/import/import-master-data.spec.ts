import { TestBed } from '@angular/core/testing';
import { clearTranslations, loadTranslations } from '@angular/localize';
import type { MasterDataItem } from '@klimaschutz/contracts';
import { english } from '../../i18n/english';
import { ImportMasterData } from './import-master-data';

const items: MasterDataItem[] = [
  {
    kind: 'FIELD_OF_ACTION',
    key: 'V',
    fromFile: 'Mobilität',
    existing: { id: 'f1', code: 'V', name: 'Verkehr' },
    differs: true,
    rowCount: 3,
    decision: { action: 'MATCH', targetId: 'f1' },
  },
  { kind: 'ORG_UNIT', key: '66', fromFile: 'Tiefbauamt', existing: null, differs: false, rowCount: 1, decision: { action: 'CREATE' } },
];

function render() {
  const fixture = TestBed.createComponent(ImportMasterData);
  fixture.componentRef.setInput('items', items);
  fixture.componentRef.setInput('decisions', {});
  fixture.componentRef.setInput('choices', { FIELD_OF_ACTION: [], ORG_UNIT: [], REPORTING_PERIOD: [] });
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

const texts = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('ImportMasterData', () => {
  // Template texts are compiled once per test file, so only the texts built in code are compared in English here.
  afterEach(() => clearTranslations());

  it('names kinds and choices in German by default', () => {
    const root = render();
    expect(texts(root, 'tbody td:first-child')).toEqual(['Handlungsfeld', 'Organisationseinheit']);
    expect(texts(root, '[data-testid="decision-FIELD_OF_ACTION:V"] option')).toEqual([
      'zuordnen: V – Verkehr (bleibt unverändert)',
      'umbenennen in „Mobilität“',
      'neu anlegen unter neuer Kennung',
    ]);
  });

  it('names kinds and choices in English for an English user', () => {
    loadTranslations(english);
    const root = render();
    expect(texts(root, 'tbody td:first-child')).toEqual(['Field of action', 'Organisational unit']);
    expect(texts(root, '[data-testid="decision-FIELD_OF_ACTION:V"] option')).toEqual([
      'assign to: V – Verkehr (stays unchanged)',
      'rename to “Mobilität”',
      'create new under a new code',
    ]);
    expect(texts(root, '[data-testid="decision-ORG_UNIT:66"] option')).toEqual(['create new']);
  });
});
