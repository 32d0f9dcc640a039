/**
 * Reading Chrome's performance records for the benchmarks: a V8 CPU profile (DevTools protocol
 * `Profiler.stop`) aggregated per function, and a trace's main-thread tasks summed in thread
 * (CPU) time. Pure: no browser here.
 */

/** The parts of a DevTools `Profiler.Profile` read here. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** One function's time, in ms over the whole profile. */
export interface FunctionTime {
  readonly name: string;
  /** File name and line (1-based) of the function. */
  readonly where: string;
  readonly ms: number;
}

/** Pseudo-frames that are not the page's work. */
const NOT_WORK = new Set(['(idle)', '(root)', '(program)', '(garbage collector)']);

function frameKey(frame: CpuProfile['nodes'][number]['callFrame']): { key: string; name: string; where: string } {
  const name = frame.functionName === '' ? '(anonymous)' : frame.functionName;
  const file = frame.url === '' ? '' : (frame.url.split(/[/?#]/).filter(Boolean).at(-1) ?? frame.url);
  const where = file === '' ? '' : `${file}:${String(frame.lineNumber + 1)}`;
  return { key: `${name}@${where}`, name, where };
}

/**
 * Self and total time per function (one row per name and place, sorted, longest first), and the
 * sampled time that was work (not idle, the profiler's root, `(program)` or GC). A function
 * recursing counts once per sample in its total.
 */
export function aggregateProfile(profile: CpuProfile): { sampledMs: number; self: FunctionTime[]; total: FunctionTime[] } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, FunctionTime>();
  const total = new Map<string, FunctionTime>();
  const add = (into: Map<string, FunctionTime>, f: { key: string; name: string; where: string }, ms: number): void => {
    const had = into.get(f.key);
    into.set(f.key, { name: f.name, where: f.where, ms: (had?.ms ?? 0) + ms });
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let sampledMs = 0;
  for (let i = 0; i < samples.length; i++) {
    // A sample stands for the time until the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const node = byId.get(samples[i]!);
    if (!node || NOT_WORK.has(node.callFrame.functionName)) continue;
    sampledMs += ms;
    add(self, frameKey(node.callFrame), ms);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (NOT_WORK.has(frame.functionName)) continue;
      const f = frameKey(frame);
      if (seen.has(f.key)) continue;
      seen.add(f.key);
      add(total, f, ms);
    }
  }
  const sorted = (m: Map<string, FunctionTime>): FunctionTime[] => [...m.values()].sort((a, b) => b.ms - a.ms);
  return { sampledMs, self: sorted(self), total: sorted(total) };
}

/** The parts of a Chrome trace event read here (times in microseconds). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** A renderer main thread's CPU over a trace, in ms. */
export interface MainThreadTime {
  /** Thread time of its top-level tasks. */
  readonly cpuMs: number;
  /** Style recalculation, layout, and paint (pre-paint, paint, layerize, commit), within it. */
  readonly styleMs: number;
  readonly layoutMs: number;
  readonly paintMs: number;
  readonly tasks: number;
  readonly longestTaskMs: number;
}

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'PaintImage']);

/**
 * Sums a trace's main-thread work in thread time (`tdur`): the renderer main thread
 * (`CrRendererMain`) with the most task time, its top-level tasks (a task nested in another is
 * counted once, in its parent), and style, layout and paint events on it. With `marks`, only
 * tasks starting between the two user-timing marks of those names (`performance.mark`, category
 * `blink.user_timing`) count: the profiler's own start and stop are left out.
 */
export function mainThreadTime(events: readonly TraceEvent[], marks?: { readonly start: string; readonly end: string }): MainThreadTime {
  const markAt = (name: string | undefined, fallback: number): number => events.find((e) => e.name === name)?.ts ?? fallback;
  const from = markAt(marks?.start, -Infinity);
  const to = markAt(marks?.end, Infinity);
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${String(e.pid)}:${String(e.tid)}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${String(e.pid)}:${String(e.tid)}`;
    if (e.ph !== 'X' || !mains.has(key) || e.ts < from || e.ts >= to) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  let best: MainThreadTime = { cpuMs: 0, styleMs: 0, layoutMs: 0, paintMs: 0, tasks: 0, longestTaskMs: 0 };
  for (const list of byThread.values()) {
    const sorted = [...list].sort((a, b) => a.ts - b.ts);
    let cpu = 0;
    let tasks = 0;
    let longest = 0;
    let style = 0;
    let layout = 0;
    let paint = 0;
    let end = -Infinity;
    for (const e of sorted) {
      const t = (e.tdur ?? 0) / 1000;
      if (TASKS.has(e.name)) {
        if (e.ts < end) continue;
        end = e.ts + (e.dur ?? 0);
        cpu += t;
        tasks += 1;
        longest = Math.max(longest, t);
      } else if (e.name === 'UpdateLayoutTree') style += t;
      else if (e.name === 'Layout') layout += t;
      else if (PAINT.has(e.name)) paint += t;
    }
    if (cpu > best.cpuMs) best = { cpuMs: cpu, styleMs: style, layoutMs: layout, paintMs: paint, tasks, longestTaskMs: longest };
  }
  return best;
}
