import { TestBed } from '@angular/core/testing';
import { AssessmentBadge, StatusBadge } from './badges';

describe('badges', () => {
  it('shows the status as text, not only as a colour', async () => {
    const fixture = TestBed.createComponent(StatusBadge);
    fixture.componentRef.setInput('status', 'DELAYED');
    await fixture.whenStable();
    const badge = fixture.nativeElement as HTMLElement;
    expect(badge.textContent?.trim()).toBe('verzögert');
    expect(badge.querySelector('.badge')?.classList).toContain('badge--delayed');
  });

  it('names the assessment and its traffic-light colour', async () => {
    const fixture = TestBed.createComponent(AssessmentBadge);
    fixture.componentRef.setInput('assessment', 'ON_TRACK');
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim();
    expect(text).toBe('im Plan (Ampel grün)');
  });
});
