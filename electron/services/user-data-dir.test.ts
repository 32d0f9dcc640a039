import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOstalHome, resolvePolicyFile } from './user-data-dir.js';

describe('resolveOstalHome', () => {
  it('prefers OSTAL_HOME', () => {
    expect(resolveOstalHome({ env: { OSTAL_HOME: '/tmp/ostal-x' }, platform: 'linux', homedir: '/home/a' })).toBe(path.resolve('/tmp/ostal-x'));
  });

  it('uses ~/.config/ostal on Linux, honouring XDG_CONFIG_HOME', () => {
    expect(resolveOstalHome({ env: {}, platform: 'linux', homedir: '/home/a' })).toBe('/home/a/.config/ostal');
    expect(resolveOstalHome({ env: { XDG_CONFIG_HOME: '/x/cfg' }, platform: 'linux', homedir: '/home/a' })).toBe('/x/cfg/ostal');
  });

  it('uses %APPDATA%\\Ostal on Windows', () => {
    const env = { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' };
    expect(resolveOstalHome({ env, platform: 'win32', homedir: 'C:\\Users\\a' })).toBe('C:\\Users\\a\\AppData\\Roaming\\Ostal');
  });
});

describe('resolvePolicyFile', () => {
  it('prefers OSTAL_POLICY_FILE', () => {
    expect(resolvePolicyFile({ env: { OSTAL_POLICY_FILE: '/srv/p.json' }, platform: 'linux', homedir: '/h' })).toBe(path.resolve('/srv/p.json'));
  });

  it('uses /etc/ostal on Linux and %ProgramData% on Windows', () => {
    expect(resolvePolicyFile({ env: {}, platform: 'linux', homedir: '/h' })).toBe('/etc/ostal/policy.json');
    expect(resolvePolicyFile({ env: { ProgramData: 'D:\\PD' }, platform: 'win32', homedir: 'C:\\' })).toBe('D:\\PD\\Ostal\\policy.json');
  });
});
