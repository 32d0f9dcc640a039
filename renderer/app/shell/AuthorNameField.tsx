/** The start page's "Votre nom" field: the author of the comments and tracked changes the user makes (setting `authorName`, lockable by policy). */
import { useEffect, useState } from 'react';
import type { Translator } from '../i18n/translator.js';

export function AuthorNameField({ translator, value, locked, onSave }: { translator: Translator; value: string; locked: boolean; onSave: (name: string) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const save = () => {
    const name = draft.trim().slice(0, 100);
    if (name !== value) onSave(name);
  };
  return (
    <section className="start__section start__language">
      <label htmlFor="start-author" className="start__section-title">
        {translator.t('start.author')}
      </label>
      <input
        id="start-author"
        className="ui-input"
        value={draft}
        maxLength={100}
        disabled={locked}
        autoComplete="name"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </section>
  );
}
