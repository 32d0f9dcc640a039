import { describe, expect, it } from 'vitest';
import { isPresenterViewUrl, windowOpenAction } from './navigation-guard.js';

describe('window.open from an app window', () => {
  it('opens only the presenter view of the app itself', () => {
    expect(isPresenterViewUrl('app://ostal/index.html#ostal-presenter')).toBe(true);
    expect(windowOpenAction('app://ostal/index.html#ostal-presenter').action).toBe('allow');
    for (const url of [
      'https://example.org/#ostal-presenter',
      'app://ostal/index.html',
      'app://ostal/index.html?x=1#ostal-presenter',
      'app://ostal/other.html#ostal-presenter',
      'app://evil/index.html#ostal-presenter',
      'app://user:pw@ostal/index.html#ostal-presenter',
      'not a url',
    ]) {
      expect(windowOpenAction(url), url).toEqual({ action: 'deny' });
    }
  });
});
