/** Collects reader diagnostics, folding repeats so a 10,000-cell sheet does not yield 10,000 lines. */
import type { Diagnostic, Severity } from '@ostal/model';

const MAX_PER_CODE = 20;

export class DiagnosticSink {
  private readonly list: Diagnostic[] = [];
  private readonly perCode = new Map<string, number>();

  /** Records one diagnostic; past 20 of one code, only counts them. */
  add(severity: Severity, code: string, message: string, part?: string, path?: string): void {
    const n = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, n);
    if (n <= MAX_PER_CODE) this.list.push({ severity, code, message, ...(part ? { part } : {}), ...(path ? { path } : {}) });
  }

  /** A handler for damaged zip entries that records them as errors (the document still opens). */
  readonly damaged = (part: string, message: string): void => {
    this.add('error', 'damaged-part', message, part);
  };

  warn(code: string, message: string, part?: string, path?: string): void {
    this.add('warning', code, message, part, path);
  }

  /** The diagnostics, with one summary line per code that was folded. */
  result(): Diagnostic[] {
    const out = [...this.list];
    for (const [code, n] of this.perCode) {
      if (n > MAX_PER_CODE) {
        const first = this.list.find((d) => d.code === code);
        out.push({ severity: first?.severity ?? 'warning', code, message: `${String(n - MAX_PER_CODE)} more "${code}" diagnostics not listed.` });
      }
    }
    return out;
  }
}
