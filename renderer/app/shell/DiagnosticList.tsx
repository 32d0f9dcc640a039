/** The details of a reader's remarks: code, part and path, as a compact list. */
import type { Diagnostic } from '@ostal/model';

export function DiagnosticList({ diagnostics }: { readonly diagnostics: readonly Diagnostic[] }) {
  return (
    <ul className="diagnostics">
      {diagnostics.slice(0, 200).map((d, i) => (
        <li key={i}>
          <code>{d.code}</code> {d.part ? <span className="diagnostics__part">{d.part}</span> : null} — {d.message}
        </li>
      ))}
    </ul>
  );
}
