import { describe, expect, it } from 'vitest';
import type { PageSetup } from '@ostal/model';
import { pageSetupForm, pageSetupOf } from './page-setup-edit.js';

describe('page setup form', () => {
  it('shows a sheet without settings as A4 portrait at 100 % with default margins in centimetres', () => {
    expect(pageSetupForm(undefined, 'fr-FR')).toMatchObject({ orientation: 'portrait', paper: 'A4', scaling: 'scale', scale: '100', top: '1,91', left: '1,78', printArea: '', repeatRows: '' });
  });

  it('reads back what it wrote, in French', () => {
    const form = { ...pageSetupForm(undefined, 'fr-FR'), orientation: 'landscape' as const, paper: 'A3' as const, scaling: 'fit' as const, fitWidth: '1', fitHeight: '0', top: '2,5', bottom: '2', left: '1,5', right: '1,5', printArea: 'A1:F40', repeatRows: '1:2', centerHorizontally: true };
    const { setup } = pageSetupOf(form, undefined, 'fr-FR');
    expect(setup).toMatchObject({
      orientation: 'landscape',
      paper: { width: 297, height: 420 },
      fitWidth: 1,
      fitHeight: 0,
      printArea: [{ top: 0, left: 0, bottom: 39, right: 5 }],
      repeatRows: { first: 0, last: 1 },
      centerHorizontally: true,
    });
    expect(setup?.margins?.top).toBeCloseTo(70.87, 1);
    expect(setup?.scale).toBeUndefined();
    expect(pageSetupForm(setup, 'fr-FR')).toMatchObject({ ...form });
  });

  it('keeps what the dialog does not show and drops fitting for a scale', () => {
    const old: PageSetup = { fitWidth: 1, fitHeight: 1, headerFooter: { header: '&CBudget' }, repeatCols: { first: 0, last: 0 }, margins: { top: 50, bottom: 50, left: 40, right: 40, header: 20 } };
    const form = { ...pageSetupForm(old, 'en-US'), scaling: 'scale' as const, scale: '80' };
    const { setup } = pageSetupOf(form, old, 'en-US');
    expect(setup).toMatchObject({ scale: 80, headerFooter: { header: '&CBudget' }, repeatCols: { first: 0, last: 0 } });
    expect(setup?.margins?.header).toBe(20);
    expect(setup?.fitWidth).toBeUndefined();
  });

  it('names the field that cannot be read', () => {
    const base = pageSetupForm(undefined, 'fr-FR');
    expect(pageSetupOf({ ...base, scale: '5' }, undefined, 'fr-FR').problem).toBe('scale');
    expect(pageSetupOf({ ...base, top: 'abc' }, undefined, 'fr-FR').problem).toBe('top');
    expect(pageSetupOf({ ...base, printArea: 'A1:ZZZZZ9' }, undefined, 'fr-FR').problem).toBe('printArea');
    expect(pageSetupOf({ ...base, repeatRows: '0' }, undefined, 'fr-FR').problem).toBe('repeatRows');
    expect(pageSetupOf({ ...base, scaling: 'fit', fitWidth: 'x' }, undefined, 'fr-FR').problem).toBe('fitWidth');
  });
});
