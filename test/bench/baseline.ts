/**
 * Figures recorded before the XML tuning, for comparison with the live tables. Kept as text:
 * the old code is gone, so `npm run bench` cannot re-measure it.
 */
export const BASELINE = `Recorded once on this machine (2 cores, load average 2.5–5: other work was running),
alternating the old and the new code in separate processes so both met the same load.
"Before" is commit a716e03 (saxes in namespace mode, two \`Map\`s per element); "after" is the
same commit with only \`packages/formats/src/xml\` and \`src/container\` replaced by the tuned
ones, so that the readers and writers are identical on both sides.

XML layer (median of 5 runs, same method as the table above):

| part | parseXml before | parseXml after | streamXml before | streamXml after | inflate before | inflate after |
| --- | --- | --- | --- | --- | --- | --- |
| poi-bug65649.docx word/document.xml (12.6 MB) | 1279–1571 ms (8–10 MB/s) | 454–527 ms (24–28 MB/s) | 462–467 ms (27 MB/s) | 316–339 ms (37–40 MB/s) | 64–66 ms | 43–45 ms |
| poi-bug65649.docx word/styles.xml (2.6 MB) | 306–318 ms (8 MB/s) | 93–102 ms (25–28 MB/s) | 81–84 ms (31–32 MB/s) | 63–72 ms (36–41 MB/s) | 14–15 ms | 9 ms |
| odfdo-big_table.ods content.xml (14.6 MB) | 999–1110 ms (13–15 MB/s) | 376–403 ms (36–39 MB/s) | 345–354 ms (41–43 MB/s) | 269–296 ms (50–55 MB/s) | 104–107 ms | 58–65 ms |
| poi-57893-many-merges.xlsx sheet1.xml (7.3 MB) | 651–765 ms (10–11 MB/s) | 351–480 ms (15–21 MB/s) | 202–212 ms (34–36 MB/s) | 205–223 ms (33–36 MB/s) | 42–65 ms | 36–39 ms |
| odftk-Presentation3.odp content.xml (2.5 MB) | 158–192 ms (13–16 MB/s) | 68–77 ms (32–36 MB/s) | 53–60 ms (41–46 MB/s) | 44–60 ms (41–56 MB/s) | 13 ms | 11–16 ms |

Large text documents, \`formats.read\` + \`formats.write\` in a fresh process, 3 runs (two
processes each; ranges are the two medians):

| file | read before | read after | read+write before | read+write after | first read+write before | after | peak RSS before | after |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| poi-bug65649.docx → odt | 2.03–2.06 s | 0.96–1.00 s | 2.22–2.33 s | 1.23–1.30 s | 2.47–2.57 s | 1.40–2.10 s | 956–967 MiB | 323–428 MiB |
| tika-testODT-TIKA-6000.odt → docx | 137–147 ms | 116–119 ms | 177–202 ms | 151–171 ms | 285–295 ms | 360–375 ms¹ | 123 MiB | 98–101 MiB |
| oxpt-DB0016-DocDefaultStyles.docx → odt | 57–58 ms | 44–48 ms | 65–68 ms | 46–50 ms | 174–207 ms | 151–192 ms | 85–87 MiB | 75–77 MiB |

¹ Cold single runs of small files swing with the load; eight more one-run processes, alternated,
gave 138–170 ms before and 122–131 ms after for the first read.`;
