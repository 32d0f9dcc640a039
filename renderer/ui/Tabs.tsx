/**
 * Document tabs: role=tablist/tab, arrow keys move between tabs, each tab may carry a close
 * button (outside the tab list, shown beside its tab, so the list holds tabs only) and a dirty
 * marker.
 * The caller renders the panels with {@link tabPanelProps}.
 */
import type { KeyboardEvent, ReactNode } from 'react';

export interface TabItem {
  readonly id: string;
  /** Visible text. */
  readonly label: string;
  /** Accessible name when it differs from the text (e.g. "rapport.odt, modifié"). */
  readonly accessibleLabel?: string;
  /** Shows a dot before the label. */
  readonly dirty?: boolean;
  readonly icon?: ReactNode;
  /** Accessible name of the close button; no button when absent. */
  readonly closeLabel?: string;
}

export interface TabsProps {
  /** Prefix for element ids, unique on the page. */
  readonly idBase: string;
  /** Accessible name of the tab list. */
  readonly label: string;
  readonly items: readonly TabItem[];
  readonly selectedId: string;
  readonly onSelect: (id: string) => void;
  readonly onClose?: (id: string) => void;
  readonly className?: string;
}

/** Id of the tab element for `id`. */
export function tabId(idBase: string, id: string): string {
  return `${idBase}-tab-${id}`;
}

/** Props to spread on the panel of tab `id`. */
export function tabPanelProps(idBase: string, id: string, selected: boolean) {
  return {
    id: `${idBase}-panel-${id}`,
    role: 'tabpanel' as const,
    'aria-labelledby': tabId(idBase, id),
    hidden: !selected,
  };
}

export function Tabs({ idBase, label, items, selectedId, onSelect, onClose, className }: TabsProps) {
  const focusTab = (id: string) => {
    onSelect(id);
    document.getElementById(tabId(idBase, id))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % items.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Delete' && onClose && items[index]?.closeLabel) {
      event.preventDefault();
      onClose(items[index].id);
      return;
    }
    const target = items[next];
    if (target) {
      event.preventDefault();
      focusTab(target.id);
    }
  };
  // The tab list holds only tabs (ARIA's tabs pattern): the close buttons sit in a sibling
  // layer laid over the same grid (CSS subgrid), each in the column after its tab, and a third
  // layer draws the box around both.
  const column = (index: number, offset: number) => ({ gridColumn: `${index * 3 + offset + 1}` });
  const template = { gridTemplateColumns: items.map(() => 'minmax(0, max-content) auto 2px').join(' ') };
  return (
    <div className={['ui-tabs', className].filter(Boolean).join(' ')} style={template}>
      <div className="ui-tabs__layer" aria-hidden="true">
        {items.map((item, index) => (
          <div
            key={item.id}
            className={`ui-tabs__item${item.id === selectedId ? ' ui-tabs__item--selected' : ''}`}
            style={{ gridColumn: `${index * 3 + 1} / span 2` }}
          />
        ))}
      </div>
      <div role="tablist" aria-label={label} className="ui-tabs__layer">
        {items.map((item, index) => {
          const selected = item.id === selectedId;
          return (
            <button
              key={item.id}
              type="button"
              role="tab"
              id={tabId(idBase, item.id)}
              aria-selected={selected}
              aria-controls={`${idBase}-panel-${item.id}`}
              aria-label={item.accessibleLabel}
              tabIndex={selected ? 0 : -1}
              className={`ui-tabs__tab${selected ? ' ui-tabs__tab--selected' : ''}`}
              style={column(index, 0)}
              onClick={() => onSelect(item.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {item.icon ? <span className="ui-tabs__icon" aria-hidden="true">{item.icon}</span> : null}
              {item.dirty ? (
                <span className="ui-tabs__dirty" aria-hidden="true">
                  •
                </span>
              ) : null}
              <span className="ui-tabs__label">{item.label}</span>
            </button>
          );
        })}
      </div>
      <div className="ui-tabs__layer">
        {items.map((item, index) =>
          item.closeLabel && onClose ? (
            <button
              key={item.id}
              type="button"
              className="ui-tabs__close"
              aria-label={item.closeLabel}
              title={item.closeLabel}
              style={column(index, 1)}
              onClick={() => onClose(item.id)}
            >
              ✕
            </button>
          ) : null,
        )}
      </div>
    </div>
  );
}
