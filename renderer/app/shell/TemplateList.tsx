/** The start page's templates: one button per template, named in the user's language. */
import type { TemplateEntry } from '../../../electron/shared/index.js';
import { Button, Icon } from '../../ui/index.js';
import { isMessageKey } from '../i18n/translator.js';
import type { Translator } from '../i18n/translator.js';

/** A template's name for a person: its translation when Ostal ships it, else its file name. */
export function templateLabel(template: TemplateEntry, translator: Translator): string {
  const key = `template.${template.id}`;
  return isMessageKey(key) ? translator.t(key) : template.name.replace(/\.[^.]+$/, '');
}

export interface TemplateListProps {
  readonly translator: Translator;
  readonly templates: readonly TemplateEntry[];
  readonly onUse: (template: TemplateEntry, label: string) => void;
}

export function TemplateList({ translator, templates, onUse }: TemplateListProps) {
  const { t } = translator;
  if (templates.length === 0) return null;
  return (
    <section className="start__section" aria-labelledby="start-templates">
      <h2 id="start-templates" className="start__section-title">
        {t('start.templates')}
      </h2>
      <div className="start__actions">
        {templates.map((template) => {
          const label = templateLabel(template, translator);
          return (
            <Button key={template.id} className="start__new start__template" aria-label={t('template.item', { name: label })} onClick={() => onUse(template, label)}>
              <Icon name={template.kind} size={32} className="start__icon" />
              {label}
            </Button>
          );
        })}
      </div>
    </section>
  );
}
