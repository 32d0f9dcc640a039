/**
 * Location hash the slides presenter view opens at (a second tab or window of the app). Here, below
 * both the shell (which shows the view for this hash) and the slides module (which opens it), so
 * that the shell knows it without loading the slides module.
 */
export const PRESENTER_HASH = '#ostal-presenter';
