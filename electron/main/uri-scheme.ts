/**
 * The `ostal:` URI scheme ("open in desktop" from eXo or another platform, in the Office URI
 * scheme syntax `ostal:ofe|u|https://…`): Ostal registers itself as the handler. Only the main
 * process receives the links the OS hands over (the first instance's command line, a second
 * instance's, macOS `open-url`); app-lifecycle.ts checks each with the sync service and queues it
 * for ONE window (`WindowRegistry.deliverLinks`), which takes it with `sync.takeLinks`.
 */
import type { App } from 'electron';

export const URI_SCHEME = 'ostal';

/** The `ostal:` links among command-line arguments. */
export function linksInArgv(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg.toLowerCase().startsWith(`${URI_SCHEME}:`));
}

/** What {@link registerUriScheme} returns. */
export interface UriSchemeLinks {
  /** Takes the links of a command line (a second instance's); true when it had any. */
  fromArgv(argv: readonly string[]): boolean;
  /** Sets where links go, and hands over those that arrived before. */
  deliverTo(deliver: (link: string) => void): void;
}

/**
 * Registers the scheme and collects links (buffered until {@link UriSchemeLinks.deliverTo}, since
 * they can arrive before the services are ready): from `argv`, macOS `open-url`, and whatever the
 * caller passes to `fromArgv` (the single-instance handler owns 'second-instance').
 */
export function registerUriScheme(app: Pick<App, 'setAsDefaultProtocolClient' | 'on'>, argv: readonly string[]): UriSchemeLinks {
  // Installers register the scheme too (electron-builder.yml `protocols`); this covers portable runs.
  try {
    app.setAsDefaultProtocolClient(URI_SCHEME);
  } catch {
    // Not fatal: links just will not reach this copy.
  }
  let target: ((link: string) => void) | undefined;
  const waiting: string[] = linksInArgv(argv);
  const receive = (link: string): void => {
    if (target) target(link);
    else waiting.push(link);
  };
  app.on('open-url', (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    receive(url);
  });
  return {
    fromArgv: (list) => {
      const found = linksInArgv(list);
      for (const link of found) receive(link);
      return found.length > 0;
    },
    deliverTo: (deliver) => {
      target = deliver;
      for (const link of waiting.splice(0)) deliver(link);
    },
  };
}
