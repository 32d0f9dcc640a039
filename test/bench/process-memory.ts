/**
 * A benchmark child's own memory, from the kernel (Linux `/proc/self/status`).
 *
 * Not `process.resourceUsage().maxRSS`: on Linux a spawned child's maxRSS keeps the high-water
 * mark of the memory it was forked from (the kernel carries it across execve), so every child of
 * a 159 MiB runner reports at least 159 MiB. `VmHWM` belongs to the child's own address space,
 * created by execve, and can be reset to the current RSS before a measured step.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** A `/proc/self/status` field in KiB, or undefined off Linux. */
export function statusKb(field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Resets the kernel's peak RSS (VmHWM) to the current RSS (Linux ≥ 4.0); false when it cannot. */
export function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The process's own peak RSS in MiB: VmHWM, or maxRSS where there is none (other systems). */
export function ownPeakRssMb(): number {
  const kb = statusKb('VmHWM');
  return (kb ?? process.resourceUsage().maxRSS) / 1024;
}
