import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { composeSlide, emptyContent } from './slide-content.js';

describe('composeSlide', () => {
  it('keeps text boxes beside the body placeholder, after the body, and says so', () => {
    const content = emptyContent();
    content.titles.push(['Bilan']);
    content.bodies.push(['Objectifs atteints']);
    content.others.push(['Source : service des finances']);
    const sink = new DiagnosticSink();
    const slide = composeSlide(content, '', sink, { part: 'ppt/slides/slide1.xml', path: '/p:sld' });
    expect(slide.title).toBe('Bilan');
    expect(slide.body).toEqual(['Objectifs atteints', 'Source : service des finances']);
    expect(sink.result().map((d) => d.code)).toEqual(['text-shape-merged']);
  });
});
