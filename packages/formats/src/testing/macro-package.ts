/**
 * Test support: turns a real .docx/.xlsx/.pptx into the macro-enabled package Office writes
 * (.docm/.xlsm/.pptm), the way Office lays one out: the main part's macroEnabled content type, a
 * `vbaProject.bin` beside the main part linked by its `vbaProject` relationship, and for Word the
 * project's own relationships part to `vbaData.xml` ([MS-OFFMACRO]).
 */
import { ZipArchive } from '../container/zip-reader.js';
import { writeZip } from '../container/zip-writer.js';
import { DEFAULT_LIMITS } from '../limits.js';

const MS_REL = 'http://schemas.microsoft.com/office/2006/relationships/';

const MACRO_MAIN: readonly [RegExp, string][] = [
  [/application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml/, 'application/vnd.ms-word.document.macroEnabled.main+xml'],
  [/application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/, 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'],
  [/application\/vnd\.openxmlformats-officedocument\.presentationml\.presentation\.main\+xml/, 'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml'],
];

/** A small `vbaData.xml` (Word's macro data part: key bindings of macros). */
export const VBA_DATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"><wne:mcds><wne:mcd wne:macroName="PROJECT.NEWMACROS.BONJOUR" wne:name="Project.NewMacros.Bonjour" wne:bEncrypt="00" wne:cmg="56"/></wne:mcds></wne:vbaSuppData>';

/**
 * `original` with `vbaProject` as its VBA project. `withData`: also the project's relationships
 * part and a `vbaData.xml` it links (as Word writes them).
 */
export function macroEnabledPackage(original: Uint8Array, vbaProject: Uint8Array, withData = false): Uint8Array {
  const zip = ZipArchive.open(original, DEFAULT_LIMITS);
  const packageRels = zip.readText('_rels/.rels');
  const main = /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(packageRels);
  const mainPart = main?.[1] ?? main?.[2];
  if (!mainPart) throw new Error('The package has no main part.');
  const dir = mainPart.slice(0, mainPart.lastIndexOf('/'));
  const mainRels = `${dir}/_rels/${mainPart.slice(dir.length + 1)}.rels`;
  const entries: { name: string; data: Uint8Array | string }[] = zip.names().map((name) => ({ name, data: zip.read(name) }));
  const replace = (name: string, edit: (text: string) => string): void => {
    const entry = entries.find((e) => e.name === name);
    if (entry) entry.data = edit(typeof entry.data === 'string' ? entry.data : new TextDecoder().decode(entry.data));
    else entries.push({ name, data: edit('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>') });
  };
  replace('[Content_Types].xml', (text) => {
    let out = text;
    for (const [plain, macro] of MACRO_MAIN) out = out.replace(plain, macro);
    const overrides =
      `<Override PartName="/${dir}/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>` +
      (withData ? `<Override PartName="/${dir}/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/>` : '');
    return out.replace('</Types>', `${overrides}</Types>`);
  });
  replace(mainRels, (text) => text.replace('</Relationships>', `<Relationship Id="rIdVbaTest" Type="${MS_REL}vbaProject" Target="vbaProject.bin"/></Relationships>`));
  entries.push({ name: `${dir}/vbaProject.bin`, data: vbaProject });
  if (withData) {
    entries.push({
      name: `${dir}/_rels/vbaProject.bin.rels`,
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${MS_REL}wordVbaData" Target="vbaData.xml"/></Relationships>`,
    });
    entries.push({ name: `${dir}/vbaData.xml`, data: VBA_DATA_XML });
  }
  return writeZip(entries);
}
