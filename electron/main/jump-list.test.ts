import { describe, expect, it, vi } from 'vitest';
import { newDocumentKinds } from '../shared/new-document-tasks.js';
import { installUserTasks, userTasks } from './jump-list.js';

const EXE = 'C:\\Program Files\\Ostal\\Ostal.exe';

describe('Windows jump list', () => {
  it('offers New text document / New spreadsheet / New presentation in the interface language, each starting Ostal with --new', () => {
    const fr = userTasks('fr', EXE);
    expect(fr.map((t) => t.title)).toEqual(['Nouveau document texte', 'Nouveau classeur', 'Nouvelle présentation']);
    expect(fr.map((t) => t.arguments)).toEqual(['--new=text', '--new=workbook', '--new=deck']);
    for (const task of fr) expect(task).toMatchObject({ program: EXE, iconPath: EXE, iconIndex: 0 });
    expect(userTasks('en', EXE).map((t) => t.title)).toEqual(['New text document', 'New spreadsheet', 'New presentation']);
    // Each task's argument is what the command line reads back.
    expect(newDocumentKinds(fr.map((t) => t.arguments))).toEqual(['text', 'workbook', 'deck']);
  });

  it('sets the tasks on Windows only, and never fails the app when the shell refuses them', () => {
    const app = { setUserTasks: vi.fn(() => true) };
    expect(installUserTasks(app, 'en', EXE, 'win32')).toBe(true);
    expect(app.setUserTasks).toHaveBeenCalledWith(userTasks('en', EXE));
    app.setUserTasks.mockClear();
    expect(installUserTasks(app, 'fr', '/opt/Ostal/ostal', 'linux')).toBe(false);
    expect(app.setUserTasks).not.toHaveBeenCalled();
    const broken = {
      setUserTasks: vi.fn((): boolean => {
        throw new Error('jump list unavailable');
      }),
    };
    expect(installUserTasks(broken, 'fr', EXE, 'win32')).toBe(false);
  });

  it('reads --new=<kind> from a command line, ignoring anything else and bounding the count', () => {
    expect(newDocumentKinds(['C:\\Ostal\\Ostal.exe', '--allow-file-access-from-files', '--new=deck', 'rapport.odt', '--new=bogus', '--NEW=TEXT'])).toEqual(['deck', 'text']);
    expect(newDocumentKinds(Array.from({ length: 10 }, () => '--new=text'))).toHaveLength(3);
    expect(newDocumentKinds(['--new', 'text', '--new=', '-new=text'])).toEqual([]);
  });
});
