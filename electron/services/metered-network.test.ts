import { describe, expect, it } from 'vitest';
import type { CommandRunner } from './metered-network.js';
import { meteredNetworkProbe, parseBusctlMetered, parseGdbusMetered, parseNmcliMetered, parseWindowsCost, remoteChecksPausedBy } from './metered-network.js';

/** A fake OS: each command's answer, and the commands run, in order. */
function fakeOs(answers: Record<string, { code: number | null; stdout: string }>): { run: CommandRunner; ran: string[] } {
  const ran: string[] = [];
  const run: CommandRunner = (command) => {
    ran.push(command);
    return Promise.resolve(answers[command] ?? { code: null, stdout: '' });
  };
  return { run, ran };
}

describe('what the OS says of the network', () => {
  it('reads NetworkManager’s Metered value (yes and guessed yes are metered)', () => {
    expect([0, 1, 2, 3, 4].map((n) => parseBusctlMetered(`u ${String(n)}\n`))).toEqual([false, true, false, true, false]);
    expect(parseGdbusMetered('(<uint32 3>,)\n')).toBe(true);
    expect(parseGdbusMetered('(<uint32 4>,)\n')).toBe(false);
    expect(parseBusctlMetered('Failed to connect to bus: No such file or directory')).toBeUndefined();
    expect(parseNmcliMetered('GENERAL.METERED:no (guessed)\nGENERAL.METERED:yes (guessed)\nGENERAL.METERED:unknown\n')).toBe(true);
    expect(parseNmcliMetered('GENERAL.METERED:no\nGENERAL.METERED:unknown\n')).toBe(false);
    expect(parseNmcliMetered('Error: NetworkManager is not running.')).toBeUndefined();
  });

  it('reads the Windows connection cost (fixed, variable, roaming or over the limit are metered; offline is not)', () => {
    expect(parseWindowsCost('Unrestricted False False\r\n')).toBe(false);
    expect(parseWindowsCost('Fixed False False\r\n')).toBe(true);
    expect(parseWindowsCost('Variable False False')).toBe(true);
    expect(parseWindowsCost('Unrestricted True False')).toBe(true);
    expect(parseWindowsCost('Unknown False True')).toBe(true);
    expect(parseWindowsCost('none')).toBe(false);
    expect(parseWindowsCost('Unable to find type [Windows.Networking.Connectivity.NetworkInformation].')).toBeUndefined();
  });
});

describe('the metered-network probe', () => {
  it('Linux: asks D-Bus with busctl, then gdbus, then nmcli, and takes the first clear answer', async () => {
    const noBusctl = fakeOs({ gdbus: { code: 0, stdout: '(<uint32 1>,)\n' } });
    expect(await meteredNetworkProbe({ platform: 'linux', run: noBusctl.run })()).toBe(true);
    expect(noBusctl.ran).toEqual(['busctl', 'gdbus']);

    const nmcliOnly = fakeOs({ busctl: { code: 1, stdout: '' }, gdbus: { code: 1, stdout: '' }, nmcli: { code: 0, stdout: 'GENERAL.METERED:yes\n' } });
    expect(await meteredNetworkProbe({ platform: 'linux', run: nmcliOnly.run })()).toBe(true);
    expect(nmcliOnly.ran).toEqual(['busctl', 'gdbus', 'nmcli']);

    const home = fakeOs({ busctl: { code: 0, stdout: 'u 4\n' } });
    expect(await meteredNetworkProbe({ platform: 'linux', run: home.run })()).toBe(false);
    expect(home.ran).toEqual(['busctl']);
  });

  it('says "not metered" when nothing can tell (no NetworkManager, no D-Bus, a runner that throws)', async () => {
    expect(await meteredNetworkProbe({ platform: 'linux', run: fakeOs({}).run })()).toBe(false);
    expect(await meteredNetworkProbe({ platform: 'linux', run: () => Promise.reject(new Error('spawn failed')) })()).toBe(false);
    expect(await meteredNetworkProbe({ platform: 'darwin', run: fakeOs({ busctl: { code: 0, stdout: 'u 1' } }).run })()).toBe(false);
  });

  it('Windows: runs Windows PowerShell once per minute at most', async () => {
    let now = 0;
    const os = fakeOs({ 'powershell.exe': { code: 0, stdout: 'Fixed False False\r\n' } });
    const probe = meteredNetworkProbe({ platform: 'win32', run: os.run, now: () => now });
    expect(await probe()).toBe(true);
    now = 30_000;
    expect(await probe()).toBe(true);
    expect(os.ran).toEqual(['powershell.exe']);
    now = 61_000;
    await probe();
    expect(os.ran).toEqual(['powershell.exe', 'powershell.exe']);
  });
});

describe('when the platform change checks wait', () => {
  it('on battery; on a metered network unless the setting says to go on; the OS is asked only when it matters', async () => {
    let asked = 0;
    const metered = (answer: boolean) => () => {
      asked++;
      return Promise.resolve(answer);
    };
    const setting = (value: 'pause' | 'continue') => () => Promise.resolve(value);
    expect(await remoteChecksPausedBy({ onBattery: () => true, onMetered: setting('continue'), metered: metered(false) })()).toBe(true);
    expect(await remoteChecksPausedBy({ onBattery: () => false, onMetered: setting('pause'), metered: metered(true) })()).toBe(true);
    expect(await remoteChecksPausedBy({ onBattery: () => false, onMetered: setting('pause'), metered: metered(false) })()).toBe(false);
    asked = 0;
    expect(await remoteChecksPausedBy({ onBattery: undefined, onMetered: setting('continue'), metered: metered(true) })()).toBe(false);
    expect(asked).toBe(0);
    expect(await remoteChecksPausedBy({ onMetered: () => Promise.reject(new Error('settings unreadable')), metered: metered(true) })()).toBe(false);
  });
});
