/**
 * The one entry point through which every host call passes, from Electron IPC and from the
 * browser-mode WebSocket alike: checks the channel, validates the arguments, calls the service,
 * and turns any failure into an {@link IpcResult}. It never throws.
 */
import type { Channel, HostServices } from '../shared/host-api.js';
import { isChannel } from '../shared/host-api.js';
import type { IpcResult } from '../shared/ipc-result.js';
import { fail, ok } from '../shared/ipc-result.js';
import { ARGUMENT_VALIDATORS } from './argument-validators.js';
import { toHostError } from './service-error.js';

/** Calls a host channel with untrusted arguments; resolves to a result, never rejects. */
export type HostDispatcher = (channel: unknown, args: unknown) => Promise<IpcResult<unknown>>;

/** Runs a validated call. The exhaustive switch makes a new channel a compile error here. */
function call(services: HostServices, channel: Channel, args: readonly unknown[]): Promise<unknown> {
  const v = ARGUMENT_VALIDATORS;
  switch (channel) {
    case 'files.read':
      return services.files.read(...v[channel](args));
    case 'files.save':
      return services.files.save(...v[channel](args));
    case 'files.list':
      return services.files.list(...v[channel](args));
    case 'files.documentsFolder':
      return services.files.documentsFolder(...v[channel](args));
    case 'recent.list':
      return services.recent.list(...v[channel](args));
    case 'recent.add':
      return services.recent.add(...v[channel](args));
    case 'recent.remove':
      return services.recent.remove(...v[channel](args));
    case 'recent.clear':
      return services.recent.clear(...v[channel](args));
    case 'settings.get':
      return services.settings.get(...v[channel](args));
    case 'settings.set':
      return services.settings.set(...v[channel](args));
    case 'links.open':
      return services.links.open(...v[channel](args));
    case 'sync.accounts':
      return services.sync.accounts(...v[channel](args));
    case 'sync.testAccount':
      return services.sync.testAccount(...v[channel](args));
    case 'sync.addAccount':
      return services.sync.addAccount(...v[channel](args));
    case 'sync.removeAccount':
      return services.sync.removeAccount(...v[channel](args));
    case 'sync.list':
      return services.sync.list(...v[channel](args));
    case 'sync.open':
      return services.sync.open(...v[channel](args));
    case 'sync.save':
      return services.sync.save(...v[channel](args));
    case 'sync.close':
      return services.sync.close(...v[channel](args));
    case 'sync.status':
      return services.sync.status(...v[channel](args));
    case 'sync.resolveConflict':
      return services.sync.resolveConflict(...v[channel](args));
    case 'sync.retry':
      return services.sync.retry(...v[channel](args));
    case 'sync.takeLinks':
      return services.sync.takeLinks(...v[channel](args));
    case 'sync.followLink':
      return services.sync.followLink(...v[channel](args));
    case 'sync.checkRemote':
      return services.sync.checkRemote(...v[channel](args));
    case 'recovery.store':
      return services.recovery.store(...v[channel](args));
    case 'recovery.list':
      return services.recovery.list(...v[channel](args));
    case 'recovery.read':
      return services.recovery.read(...v[channel](args));
    case 'recovery.remove':
      return services.recovery.remove(...v[channel](args));
    case 'locks.acquire':
      return services.locks.acquire(...v[channel](args));
    case 'locks.release':
      return services.locks.release(...v[channel](args));
    case 'launch.take':
      return services.launch.take(...v[channel](args));
    case 'launch.openWindow':
      return services.launch.openWindow(...v[channel](args));
    case 'launch.takeNew':
      return services.launch.takeNew(...v[channel](args));
    case 'templates.list':
      return services.templates.list(...v[channel](args));
    case 'exports.pdf':
      return services.exports.pdf(...v[channel](args));
    default: {
      const missing: never = channel;
      throw new Error(`Missing case for channel ${String(missing)}`);
    }
  }
}

/**
 * A dispatcher over `services`.
 * @example
 * const dispatch = createHostDispatcher(createHostServices());
 * const result = await dispatch('files.read', ['/home/anne/rapport.odt']);
 * if (result.ok) use(result.value); else show(result.error.code);
 */
export function createHostDispatcher(services: HostServices): HostDispatcher {
  return async (channel, args) => {
    if (!isChannel(channel)) return fail('unknown-channel', `Unknown channel ${JSON.stringify(String(channel))}.`);
    if (!Array.isArray(args)) return fail('invalid-argument', `${channel}: arguments must be an array.`);
    try {
      return ok(await call(services, channel, args));
    } catch (error) {
      const { code, message } = toHostError(error);
      return fail(code, message);
    }
  };
}
