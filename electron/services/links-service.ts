/** The host side of {@link LinksService}: checks the address again, then hands it to the system's opener, if any. */
import type { LinksService } from '../shared/links.js';
import { isOpenableUrl } from '../shared/links.js';
import { ServiceError } from './service-error.js';

/** Opens a checked address outside the app (Electron's `shell.openExternal`). */
export type ExternalOpener = (url: string) => Promise<void>;

export class NodeLinksService implements LinksService {
  readonly #opener: ExternalOpener | undefined;

  /** Without an opener (browser mode, CLI) an allowed address is only reported as allowed. */
  constructor(opener?: ExternalOpener) {
    this.#opener = opener;
  }

  async open(url: string): Promise<boolean> {
    if (!isOpenableUrl(url)) throw new ServiceError('invalid-argument', 'Only http, https and mailto addresses can be opened.');
    if (!this.#opener) return false;
    await this.#opener(url);
    return true;
  }
}
