/**
 * Is the computer on a metered network (a phone's hotspot, a 4G key, a capped plan)? Electron
 * does not say; the OS does:
 * - Linux: NetworkManager's global `Metered` property (the state of the device with the best
 *   default route; NMMetered: 0 unknown, 1 yes, 2 no, 3 guessed yes, 4 guessed no; yes and
 *   guessed yes count as metered, as NetworkManager's documentation advises), read over the
 *   system D-Bus with `busctl` (systemd), else `gdbus` (GLib), else `nmcli`'s per-device
 *   `GENERAL.METERED`.
 * - Windows: the connection cost of the internet connection profile
 *   (`Windows.Networking.Connectivity.NetworkInformation`, through Windows PowerShell 5.1, which
 *   has the WinRT projection): `Fixed` or `Variable` cost, roaming, or over the data limit count
 *   as metered. No internet profile (offline): not metered (nothing would be fetched anyway).
 * Any failure (no NetworkManager, no D-Bus, a command missing or slow) answers "not metered":
 * the checks then run as they did before, never stopped by a probe that cannot tell.
 * The command runner is injected, so that the parsing and the fallbacks are tested without the
 * OS; answers are kept a while (spawning PowerShell takes about a second).
 */
import { execFile } from 'node:child_process';

/** Runs a command without a shell; resolves with its exit code and output, never rejects. */
export type CommandRunner = (command: string, args: readonly string[], timeoutMs: number) => Promise<{ readonly code: number | null; readonly stdout: string }>;

/** Node's `execFile`, with a timeout, hidden on Windows, output capped. */
export const execCommand: CommandRunner = (command, args, timeoutMs) =>
  new Promise((resolve) => {
    execFile(command, [...args], { timeout: timeoutMs, windowsHide: true, maxBuffer: 1 << 16, encoding: 'utf8' }, (error, stdout) => {
      // A missing command (ENOENT) or a timeout has no exit code.
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout: String(stdout) });
    });
  });

/** NMMetered values that mean metered: yes, guessed yes. */
const NM_METERED = new Set([1, 3]);

/** `busctl get-property … Metered` prints `u 4`. */
export function parseBusctlMetered(stdout: string): boolean | undefined {
  const match = /^u (\d+)\s*$/.exec(stdout.trim());
  return match ? NM_METERED.has(Number(match[1])) : undefined;
}

/** `gdbus call … Properties.Get … Metered` prints `(<uint32 4>,)`. */
export function parseGdbusMetered(stdout: string): boolean | undefined {
  const match = /^\(<uint32 (\d+)>,\)\s*$/.exec(stdout.trim());
  return match ? NM_METERED.has(Number(match[1])) : undefined;
}

/**
 * `nmcli -t -f GENERAL.METERED dev show` prints one `GENERAL.METERED:<value>` per device
 * (`yes`, `yes (guessed)`, `no`, `no (guessed)`, `unknown`): metered when one says yes.
 */
export function parseNmcliMetered(stdout: string): boolean | undefined {
  const values = stdout
    .split(/\r?\n/)
    .map((l) => /^GENERAL\.METERED:(.*)$/.exec(l.trim())?.[1]?.trim())
    .filter((v): v is string => v !== undefined);
  if (values.length === 0) return undefined;
  return values.some((v) => /^yes\b/.test(v));
}

/** The PowerShell script: cost type, roaming and over-limit of the internet profile, or `none`. */
export const WINDOWS_COST_SCRIPT =
  '$p = [Windows.Networking.Connectivity.NetworkInformation, Windows.Networking.Connectivity, ContentType = WindowsRuntime]::GetInternetConnectionProfile(); ' +
  "if ($null -eq $p) { 'none' } else { $c = $p.GetConnectionCost(); '{0} {1} {2}' -f $c.NetworkCostType, $c.Roaming, $c.OverDataLimit }";

/** The script's answer: `Unrestricted False False`, `Fixed False False`, `none`... */
export function parseWindowsCost(stdout: string): boolean | undefined {
  const line = stdout.trim().split(/\r?\n/).pop()?.trim() ?? '';
  if (line === 'none') return false;
  const match = /^(Unknown|Unrestricted|Fixed|Variable) (True|False) (True|False)$/i.exec(line);
  if (!match) return undefined;
  return /^(fixed|variable)$/i.test(match[1] ?? '') || /^true$/i.test(match[2] ?? '') || /^true$/i.test(match[3] ?? '');
}

interface Probe {
  readonly command: string;
  readonly args: readonly string[];
  readonly parse: (stdout: string) => boolean | undefined;
}

const NM = ['org.freedesktop.NetworkManager', '/org/freedesktop/NetworkManager', 'org.freedesktop.NetworkManager'] as const;

/** The commands tried in order on each OS. */
export function meteredProbes(platform: NodeJS.Platform): readonly Probe[] {
  if (platform === 'win32') {
    return [{ command: 'powershell.exe', args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', WINDOWS_COST_SCRIPT], parse: parseWindowsCost }];
  }
  if (platform === 'linux') {
    return [
      { command: 'busctl', args: ['--system', 'get-property', ...NM, 'Metered'], parse: parseBusctlMetered },
      {
        command: 'gdbus',
        args: ['call', '--system', '--dest', NM[0], '--object-path', NM[1], '--method', 'org.freedesktop.DBus.Properties.Get', NM[2], 'Metered'],
        parse: parseGdbusMetered,
      },
      { command: 'nmcli', args: ['-t', '-f', 'GENERAL.METERED', 'dev', 'show'], parse: parseNmcliMetered },
    ];
  }
  return [];
}

export interface MeteredNetworkOptions {
  readonly platform?: NodeJS.Platform;
  readonly run?: CommandRunner;
  /** How long an answer is kept. Default 60 s. */
  readonly ttlMs?: number;
  /** Per command. Default 5 s (PowerShell's start is slow on a busy machine). */
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

/**
 * A probe: resolves true while the OS says the network is metered. Concurrent calls share one
 * look; answers are kept `ttlMs`. Never rejects.
 */
export function meteredNetworkProbe(options: MeteredNetworkOptions = {}): () => Promise<boolean> {
  const probes = meteredProbes(options.platform ?? process.platform);
  const run = options.run ?? execCommand;
  const ttlMs = options.ttlMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const now = options.now ?? Date.now;
  let last: { at: number; answer: Promise<boolean> } | undefined;
  const look = async (): Promise<boolean> => {
    for (const probe of probes) {
      try {
        const { code, stdout } = await run(probe.command, probe.args, timeoutMs);
        if (code !== 0) continue;
        const answer = probe.parse(stdout);
        if (answer !== undefined) return answer;
      } catch {
        // The next way of asking.
      }
    }
    return false;
  };
  return () => {
    if (!last || now() - last.at >= ttlMs) last = { at: now(), answer: look() };
    return last.answer;
  };
}

/**
 * When the platform change checks wait: on battery, or on a metered network while the setting
 * says `pause` (the OS is only asked then). Never rejects: a failing part counts as "go on".
 */
export function remoteChecksPausedBy(parts: {
  readonly onBattery?: (() => boolean) | undefined;
  readonly onMetered: () => Promise<'pause' | 'continue'>;
  readonly metered: () => Promise<boolean>;
}): () => Promise<boolean> {
  return async () => {
    try {
      if (parts.onBattery?.() === true) return true;
      return (await parts.onMetered()) === 'pause' && (await parts.metered());
    } catch {
      return false;
    }
  };
}
