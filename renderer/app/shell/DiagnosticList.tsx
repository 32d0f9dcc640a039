/** The details of a reader's remarks: a sentence in the user's language, then the technical detail. */
import type { Diagnostic } from '@ostal/model';
import type { Locale } from '../../../electron/shared/index.js';
import { diagnosticSummary } from '../i18n/diagnostic-messages.js';

export function DiagnosticList({ diagnostics, locale }: { readonly diagnostics: readonly Diagnostic[]; readonly locale: Locale }) {
  return (
    <ul className="diagnostics">
      {diagnostics.slice(0, 200).map((d, i) => (
        <li key={i}>
          {diagnosticSummary(d, locale)}{' '}
          <span className="diagnostics__detail">
            (<code>{d.code}</code>
            {d.part ? <span className="diagnostics__part"> {d.part}</span> : null} — {d.message})
          </span>
        </li>
      ))}
    </ul>
  );
}
