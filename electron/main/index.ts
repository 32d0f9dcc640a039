/** Entry of the Electron main process (bundled to dist/electron/main.cjs). */
import { appPathsFrom, startApp } from './app-lifecycle.js';

startApp(appPathsFrom(__dirname));
