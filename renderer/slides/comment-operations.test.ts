import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { addComment, authorInitials, commentEntry, deleteComment, editCommentText, moveComment, newCommentPoint, replyToComment, setCommentResolved } from './comment-operations.js';

const now = new Date('2026-11-29T10:15:30.123Z');
function deck(): Deck {
  const base = emptyDeck();
  return { ...base, slides: [{ id: 'a', title: '', body: [], notes: '' }, { id: 'b', title: '', body: [], notes: '' }] };
}

describe('slide comment edits', () => {
  it('adds a comment by the author, dated, at a point kept inside the slide', () => {
    const d = addComment(deck(), 1, commentEntry('Marie-Claire Dupont', 'Chiffres à vérifier', now), { x: -5, y: 99_999_999 });
    expect(d.slides[0]!.comments).toBeUndefined();
    expect(d.slides[1]!.comments).toEqual([{ id: expect.stringMatching(/^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/), author: 'Marie-Claire Dupont', initials: 'MCD', date: '2026-11-29T10:15:30Z', text: 'Chiffres à vérifier', x: 0, y: d.size.cy }]);
  });

  it('names each new comment or reply by its own random GUID, kept by later edits', () => {
    let d = addComment(deck(), 0, commentEntry('Marie', 'Premier', now), { x: 10, y: 20 });
    d = replyToComment(d, 0, 0, commentEntry('Jean', 'Réponse', now));
    const before = d.slides[0]!.comments![0]!;
    d = editCommentText(d, 0, { comment: 0 }, 'Premier corrigé');
    d = setCommentResolved(d, 0, 0, true);
    const after = d.slides[0]!.comments![0]!;
    expect(after.id).toBe(before.id);
    expect(after.replies![0]!.id).toBe(before.replies![0]!.id);
    expect(new Set([after.id, after.replies![0]!.id, commentEntry('Marie', 'Premier', now).id]).size).toBe(3);
    expect(commentEntry('Marie', 'Premier', now, '{X}').id).toBe('{X}');
  });

  it('threads replies, edits either, deletes a reply or a whole thread', () => {
    let d = addComment(deck(), 0, commentEntry('Marie', 'Premier', now), { x: 10, y: 20 });
    d = addComment(d, 0, commentEntry('Marie', 'Second', now), { x: 30, y: 40 });
    d = replyToComment(d, 0, 0, commentEntry('Jean Martin', 'Réponse 1', now));
    d = replyToComment(d, 0, 0, commentEntry('Jean Martin', 'Réponse 2', now));
    d = editCommentText(d, 0, { comment: 0, reply: 1 }, 'Réponse 2 corrigée');
    d = editCommentText(d, 0, { comment: 1 }, 'Second corrigé');
    const c = d.slides[0]!.comments!;
    expect(c.map((x) => x.text)).toEqual(['Premier', 'Second corrigé']);
    expect(c[0]!.replies!.map((r) => `${r.author}: ${r.text}`)).toEqual(['Jean Martin: Réponse 1', 'Jean Martin: Réponse 2 corrigée']);
    expect(c[0]!.replies![0]!.initials).toBe('JM');
    d = deleteComment(d, 0, { comment: 0, reply: 0 });
    expect(d.slides[0]!.comments![0]!.replies!.map((r) => r.text)).toEqual(['Réponse 2 corrigée']);
    d = deleteComment(d, 0, { comment: 0, reply: 0 });
    expect(d.slides[0]!.comments![0]).not.toHaveProperty('replies');
    d = deleteComment(d, 0, { comment: 0 });
    d = deleteComment(d, 0, { comment: 0 });
    expect(d.slides[0]).not.toHaveProperty('comments');
  });

  it('resolves and reopens a comment', () => {
    let d = addComment(deck(), 0, commentEntry('Marie', 'À revoir', now), { x: 0, y: 0 });
    d = setCommentResolved(d, 0, 0, true);
    expect(d.slides[0]!.comments![0]!.resolved).toBe(true);
    d = setCommentResolved(d, 0, 0, false);
    expect(d.slides[0]!.comments![0]).not.toHaveProperty('resolved');
  });

  it('places a new comment beside the selected shape, else down the left edge', () => {
    const d = deck();
    expect(newCommentPoint(d, 0, { x: 100, y: 200, cx: 300 })).toEqual({ x: 400, y: 200 });
    const first = newCommentPoint(d, 0, undefined);
    const d2 = addComment(d, 0, commentEntry('M', 't', now), first);
    expect(newCommentPoint(d2, 0, undefined).y).toBeGreaterThan(first.y);
  });

  it('moves a marker, kept inside the slide', () => {
    let d = addComment(deck(), 0, commentEntry('Marie', 'Ici', now), { x: 100, y: 100 });
    d = moveComment(d, 0, 0, { x: 500_000, y: -20 });
    expect(d.slides[0]!.comments![0]).toMatchObject({ x: 500_000, y: 0, text: 'Ici' });
    d = moveComment(d, 0, 0, { x: 1e12, y: 1e12 });
    expect(d.slides[0]!.comments![0]).toMatchObject({ x: d.size.cx, y: d.size.cy });
  });

  it('takes initials from letters only', () => {
    expect(authorInitials('  élise  O’Brien ')).toBe('ÉOB');
    expect(authorInitials('')).toBe('');
  });
});
