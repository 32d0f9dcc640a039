/**
 * GLib's own reader of `recently-used.xbel` (GBookmarkFile, what GTK's recent files use) as the
 * judge of the files Ostal writes: a tiny C program linked to the system's libglib-2.0 (already
 * there for Chromium), compiled once per test run. Prints each entry's URI, MIME type and
 * applications, or fails as GLib fails to load the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SOURCE = `#include <stdio.h>
typedef struct _GBookmarkFile GBookmarkFile;
typedef struct { unsigned int domain; int code; char *message; } GError;
GBookmarkFile *g_bookmark_file_new(void);
int g_bookmark_file_load_from_file(GBookmarkFile *, const char *, GError **);
char **g_bookmark_file_get_uris(GBookmarkFile *, unsigned long *);
char *g_bookmark_file_get_mime_type(GBookmarkFile *, const char *, GError **);
char **g_bookmark_file_get_applications(GBookmarkFile *, const char *, unsigned long *, GError **);
int main(int argc, char **argv) {
  GBookmarkFile *b = g_bookmark_file_new();
  GError *e = 0;
  if (argc < 2 || !g_bookmark_file_load_from_file(b, argv[1], &e)) { printf("ERROR\\t%s\\n", e ? e->message : "usage"); return 2; }
  unsigned long n = 0;
  char **uris = g_bookmark_file_get_uris(b, &n);
  for (unsigned long i = 0; i < n; i++) {
    char *mime = g_bookmark_file_get_mime_type(b, uris[i], 0);
    unsigned long an = 0;
    char **apps = g_bookmark_file_get_applications(b, uris[i], &an, 0);
    printf("%s\\t%s", uris[i], mime ? mime : "");
    for (unsigned long j = 0; j < an; j++) printf("\\t%s", apps[j]);
    printf("\\n");
  }
  return 0;
}
`;

let binary: string | undefined;

/** One entry as GLib reads it. */
export interface GlibBookmark {
  readonly uri: string;
  readonly mime: string;
  readonly applications: readonly string[];
}

/**
 * The entries GLib reads from `file`, in its order.
 * @throws Error with GLib's message when it cannot load the file, or when gcc or libglib are missing.
 */
export function glibBookmarks(file: string): GlibBookmark[] {
  if (!binary || !existsSync(binary)) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-glib-'));
    writeFileSync(path.join(dir, 'judge.c'), SOURCE);
    binary = path.join(dir, 'judge');
    execFileSync('gcc', [path.join(dir, 'judge.c'), '-o', binary, '-l:libglib-2.0.so.0']);
  }
  let out: string;
  try {
    out = execFileSync(binary, [file], { encoding: 'utf8' });
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout ?? '';
    throw new Error(`GLib cannot read ${file}: ${stdout.trim()}`, { cause: error });
  }
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [uri = '', mime = '', ...applications] = line.split('\t');
      return { uri, mime, applications };
    });
}
