/** Line icons of the writer's ribbon (inline SVG: no icon font needed); decorative, the button carries the name. */

export type WriterIconName =
  | 'painter'
  | 'find'
  | 'replace'
  | 'link'
  | 'bookmark'
  | 'pageBreak'
  | 'table'
  | 'stats'
  | 'navigation'
  | 'zoomIn'
  | 'zoomOut'
  | 'paragraph'
  | 'undo'
  | 'redo'
  | 'bulletList'
  | 'orderedList'
  | 'clear'
  | 'pageSetup'
  | 'exportPdf'
  | 'footnote'
  | 'toc'
  | 'field'
  | 'indent'
  | 'outdent'
  | 'restart'
  | 'picture'
  | 'chart'
  | 'pageView'
  | 'draftView';

const PATHS: Readonly<Record<WriterIconName, string>> = {
  painter: 'M4 3h13v5H4z M17 5h3v6h-8v3 M10 14h4v7h-4z',
  find: 'M10 3a7 7 0 1 0 0.01 0z M15 15l6 6',
  replace: 'M4 7h12l-3-3 M20 17H8l3 3 M16 7l-3 3',
  link: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1 M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  bookmark: 'M6 3h12v18l-6-5-6 5z',
  pageBreak: 'M5 3v6h14V3 M5 21v-6h14v6 M3 12h3 M9 12h2 M13 12h2 M18 12h3',
  table: 'M3 4h18v16H3z M3 9h18 M3 14h18 M9 4v16 M15 4v16',
  stats: 'M4 20V10 M10 20V4 M16 20v-7 M22 20H2',
  navigation: 'M3 4h18v16H3z M9 4v16 M12 8h6 M12 12h6 M12 16h4',
  pageView: 'M6 2h12v8H6z M6 14h12v8H6z M9 5h6 M9 17h6',
  draftView: 'M4 3h16v18H4z M7 7h10 M7 11h10 M7 15h10 M7 19h6',
  zoomIn: 'M10 3a7 7 0 1 0 0.01 0z M15 15l6 6 M7 10h6 M10 7v6',
  zoomOut: 'M10 3a7 7 0 1 0 0.01 0z M15 15l6 6 M7 10h6',
  paragraph: 'M13 4v16 M17 4v16 M20 4H10a4 4 0 0 0 0 8h3',
  undo: 'M9 14L4 9l5-5 M4 9h11a5 5 0 0 1 0 10h-4',
  redo: 'M15 14l5-5-5-5 M20 9H9a5 5 0 0 0 0 10h4',
  bulletList: 'M9 6h12 M9 12h12 M9 18h12 M4 6v0.5 M4 12v0.5 M4 18v0.5',
  orderedList: 'M10 6h11 M10 12h11 M10 18h11 M4 4v4 M3 12h3l-3 4h3',
  clear: 'M4 7V4h16v3 M9 20h6 M12 4l-3 16 M16 14l5 5 M21 14l-5 5',
  pageSetup: 'M6 2h12v20H6z M9 6h6 M9 10h6 M9 14h6',
  // A page with a down arrow: the document leaves as a file.
  exportPdf: 'M6 2h9l3 3v17H6z M12 8v9 M8.5 13.5L12 17l3.5-3.5',
  footnote: 'M4 5h11 M4 9h11 M4 13h7 M4 19h9 M18 3v5 M16 5h4',
  toc: 'M4 5h16 M7 10h13 M7 15h13 M4 20h16',
  field: 'M8 4H7a2 2 0 0 0-2 2v4l-2 2 2 2v4a2 2 0 0 0 2 2h1 M16 4h1a2 2 0 0 1 2 2v4l2 2-2 2v4a2 2 0 0 1-2 2h-1',
  indent: 'M11 6h10 M11 12h10 M11 18h10 M3 8l4 4-4 4',
  outdent: 'M11 6h10 M11 12h10 M11 18h10 M7 8l-4 4 4 4',
  restart: 'M10 6h11 M10 12h11 M10 18h11 M3 4h2v5 M2 16a3 3 0 1 1 3 3',
  chart: 'M3 3v18h18 M7 17v-6h3v6z M12 17V7h3v10z M17 17v-4h3v4z',
  picture: 'M3 5h18v14H3z M3 16l5-5 4 4 3-3 6 6 M15 9a1.5 1.5 0 1 0 0.01 0z',
};

export function WriterIcon({ name }: { readonly name: WriterIconName }) {
  return (
    <svg aria-hidden="true" focusable="false" className="writer-icon" width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
