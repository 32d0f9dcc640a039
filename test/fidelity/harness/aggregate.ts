/**
 * Turns a run's per-file results into the figures the issue asks for: shares of files meeting
 * each target, pass/fail per target, the failures that make the harness exit non-zero, and the
 * worst outputs by each score.
 */
import type { FidelityTargets, OutputRole } from './kind-scorer.js';
import type { FidelityRun, FileResult, OutputResult } from './results.js';

/** One target and how the run measured against it. */
export interface TargetCheck {
  readonly name: string;
  /** Files (or outputs) meeting the condition. */
  readonly passed: number;
  /** Files (or outputs) the target applies to. */
  readonly total: number;
  /** Share required, in [0, 1]. */
  readonly required: number;
  readonly ok: boolean;
}

/** Figures for the outputs of one role. */
export interface RoleSummary {
  readonly role: OutputRole;
  readonly outputs: number;
  /** Outputs whose content could be compared (LibreOffice converted the original and the output). */
  readonly contentMeasured: number;
  readonly contentMean: number;
  readonly structureIdentical: number;
  readonly odfValid: number;
  readonly odfTotal: number;
  readonly pageMeasured: number;
  readonly pageMean: number;
  readonly samePageCount: number;
}

/** The aggregate of a run. */
export interface Aggregate {
  readonly files: number;
  /** Inputs LibreOffice itself could not convert: their content and pages are not scored. */
  readonly originalsNotJudged: number;
  readonly roles: readonly RoleSummary[];
  readonly targets: readonly TargetCheck[];
}

/** An output and one of its scores. */
export interface Ranked {
  readonly file: string;
  readonly role: OutputRole;
  readonly format: string;
  readonly value: number;
  readonly output: OutputResult;
}

const ROLES: readonly OutputRole[] = ['same', 'cross', 'flat'];

function outputsOf(files: readonly FileResult[], role: OutputRole): OutputResult[] {
  return files.flatMap((f) => f.outputs.filter((o) => o.role === role));
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

function check(name: string, passed: number, total: number, required: number): TargetCheck {
  return { name, passed, total, required, ok: total === 0 ? true : passed / total >= required };
}

/**
 * Failures that make the harness exit non-zero: Ostal threw (reading, writing or reading back),
 * or LibreOffice could not open a file Ostal wrote. One line per failure.
 */
export function failures(run: FidelityRun): string[] {
  const lines: string[] = [];
  for (const f of run.files) {
    if (f.readError) lines.push(`${f.file}: Ostal threw reading it: ${f.readError}`);
    for (const o of f.outputs) {
      if (o.error) lines.push(`${f.file} → ${o.format}: Ostal threw: ${o.error}`);
      if (o.libreofficeError) lines.push(`${f.file} → ${o.format}: ${o.libreofficeError}`);
    }
  }
  return lines;
}

/**
 * Per-target checks and per-role figures. A file whose original LibreOffice cannot convert is
 * left out of the content targets (there is nothing to judge against); a file on which Ostal
 * threw counts as missing every target.
 */
export function aggregate(run: FidelityRun, targets: FidelityTargets, contentName = 'text similarity'): Aggregate {
  const roles = ROLES.map((role): RoleSummary => {
    const outs = outputsOf(run.files, role);
    const content = outs.flatMap((o) => (o.content ? [o.content.similarity] : []));
    const pages = outs.flatMap((o) => (o.page ? [o.page] : []));
    const odf = outs.filter((o) => o.odfErrors !== undefined);
    return {
      role,
      outputs: outs.length,
      contentMeasured: content.length,
      contentMean: mean(content),
      structureIdentical: outs.filter((o) => o.structure?.identical === true).length,
      odfValid: odf.filter((o) => o.odfErrors!.length === 0).length,
      odfTotal: odf.length,
      pageMeasured: pages.length,
      pageMean: mean(pages.map((p) => p.similarity)),
      samePageCount: pages.filter((p) => p.pageCountRatio === 1).length,
    };
  }).filter((r) => r.outputs > 0);

  const judged = run.files.filter((f) => !f.originalLibreOfficeError);
  const roleOf = (f: FileResult, role: OutputRole): OutputResult | undefined => f.outputs.find((o) => o.role === role);
  const contentAtLeast = (role: OutputRole, threshold: number): number =>
    judged.filter((f) => (roleOf(f, role)?.content?.similarity ?? 0) >= threshold).length;
  const withRole = (files: readonly FileResult[], role: OutputRole): FileResult[] =>
    files.filter((f) => f.readError !== undefined || roleOf(f, role) !== undefined);
  const odf = run.files.flatMap((f) => f.outputs.filter((o) => o.odfErrors !== undefined));
  const written = run.files.flatMap((f) => f.outputs.filter((o) => !o.error));
  const { sameContent, sameStructure, crossContent } = targets;
  const pct = (x: number): string => `${String(Math.round(x * 1000) / 10)}%`;
  const list: TargetCheck[] = [
    check('Ostal reads and writes every file without throwing', run.files.filter((f) => !f.readError && f.outputs.every((o) => !o.error)).length, run.files.length, 1),
    check('LibreOffice opens every file Ostal wrote', written.filter((o) => !o.libreofficeError).length, written.length, 1),
    check('Every ODF file written is valid ODF 1.3', odf.filter((o) => o.odfErrors!.length === 0).length, odf.length, 1),
    check(
      `Same format: ${contentName} ≥ ${String(sameContent.similarity)} on ≥ ${pct(sameContent.share)} of files`,
      contentAtLeast('same', sameContent.similarity),
      withRole(judged, 'same').length,
      sameContent.share,
    ),
    check(
      `Same format: structure identical on ≥ ${pct(sameStructure.share)} of files`,
      run.files.filter((f) => roleOf(f, 'same')?.structure?.identical === true).length,
      withRole(run.files, 'same').length,
      sameStructure.share,
    ),
    check(
      `Cross format: ${contentName} ≥ ${String(crossContent.similarity)} on ≥ ${pct(crossContent.share)} of files`,
      contentAtLeast('cross', crossContent.similarity),
      withRole(judged, 'cross').length,
      crossContent.share,
    ),
  ];
  if (targets.overallContent) {
    // Units (cells) of every judged same- and cross-format output, added up.
    const scores = judged.flatMap((f) => f.outputs.filter((o) => o.role !== 'flat' && o.content?.total !== undefined).map((o) => o.content!));
    const matched = scores.reduce((s, c) => s + (c.matched ?? 0), 0);
    const total = scores.reduce((s, c) => s + (c.total ?? 0), 0);
    list.push(check(`Same and cross format: ${contentName} ≥ ${pct(targets.overallContent.share)} over all cells`, matched, total, targets.overallContent.share));
  }
  return { files: run.files.length, originalsNotJudged: run.files.length - judged.length, roles, targets: list };
}

/** The `n` lowest-scoring outputs by content or page similarity (outputs without that score left out). */
export function worst(run: FidelityRun, by: 'content' | 'page', n = 10): Ranked[] {
  const ranked: Ranked[] = [];
  for (const f of run.files) {
    for (const o of f.outputs) {
      const value = by === 'content' ? o.content?.similarity : o.page?.similarity;
      if (value !== undefined) ranked.push({ file: f.file, role: o.role, format: o.format, value, output: o });
    }
  }
  return ranked.sort((a, b) => a.value - b.value || a.file.localeCompare(b.file)).slice(0, n);
}
