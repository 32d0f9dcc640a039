/**
 * Small line icons drawn inline (no icon font, no emoji font needed: agents' machines may lack
 * both). Decorative: always aria-hidden; the control carrying one has its own name.
 */
export type IconName = 'text' | 'workbook' | 'deck' | 'folder' | 'file' | 'save' | 'home' | 'info' | 'warning' | 'error' | 'success';

const PATHS: Readonly<Record<IconName, string>> = {
  text: 'M6 2h9l5 5v15H6z M15 2v5h5 M9 11h8 M9 14h8 M9 17h5',
  workbook: 'M3 4h18v16H3z M3 9h18 M3 14h18 M9 4v16 M15 4v16',
  deck: 'M2 4h20v13H2z M12 17v3 M8 21h8 M6 8h8 M6 11h12',
  folder: 'M2 6h7l2 2h11v12H2z',
  file: 'M6 2h9l5 5v15H6z M15 2v5h5',
  save: 'M4 3h13l4 4v14H4z M8 3v6h8V3 M8 21v-7h8v7',
  home: 'M3 11l9-8 9 8 M5 10v11h5v-6h4v6h5V10',
  info: 'M12 3a9 9 0 1 0 0.01 0z M12 10v7 M12 7v0.5',
  warning: 'M12 3l10 18H2z M12 10v5 M12 18v0.5',
  error: 'M12 3a9 9 0 1 0 0.01 0z M8 8l8 8 M16 8l-8 8',
  success: 'M12 3a9 9 0 1 0 0.01 0z M7.5 12.5l3 3 6-6',
};

export interface IconProps {
  readonly name: IconName;
  readonly size?: number;
  readonly className?: string;
}

export function Icon({ name, size = 18, className }: IconProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className={['ui-icon', className].filter(Boolean).join(' ')}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
