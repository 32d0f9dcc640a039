"""Converts one file with a LibreOffice that is already running (test/support/libreoffice-server.ts).

Usage: libreoffice-uno.py PIPE INPUT OUTDIR EXT [FILTER [OPTIONS]]
Writes OUTDIR/<INPUT's name>.EXT with FILTER, or with the filter `soffice --convert-to EXT` picks
for the document's kind. Exit codes: 0 converted; 2 LibreOffice could not load or store the file
(reason on stderr); 3 no LibreOffice answers on PIPE; 4 no filter known here for EXT and this kind
of document (the caller converts with `soffice --convert-to` instead).
"""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


# The export filters `soffice --convert-to EXT` chooses, by the kind of document loaded.
EXPORT_FILTERS = {
    'com.sun.star.text.TextDocument': {
        'txt': 'Text', 'odt': 'writer8', 'fodt': 'OpenDocument Text Flat XML',
        'docx': 'MS Word 2007 XML', 'pdf': 'writer_pdf_Export',
    },
    'com.sun.star.sheet.SpreadsheetDocument': {
        'ods': 'calc8', 'fods': 'OpenDocument Spreadsheet Flat XML',
        'xlsx': 'Calc MS Excel 2007 XML', 'pdf': 'calc_pdf_Export',
    },
    'com.sun.star.presentation.PresentationDocument': {
        'odp': 'impress8', 'fodp': 'OpenDocument Presentation Flat XML',
        'pptx': 'Impress MS PowerPoint 2007 XML', 'pdf': 'impress_pdf_Export',
    },
}


def export_filter(doc, ext):
    for service, filters in EXPORT_FILTERS.items():
        if doc.supportsService(service):
            return filters.get(ext)
    return None


def connect(pipe, patience):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + patience
    while True:
        try:
            return resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
        except Exception:  # NoConnectException while LibreOffice starts
            if time.time() > deadline:
                return None
            time.sleep(0.25)


def main():
    pipe, source, outdir, ext = sys.argv[1:5]
    filter_name = sys.argv[5] if len(sys.argv) > 5 else None
    options = sys.argv[6] if len(sys.argv) > 6 else None
    target = os.path.join(outdir, os.path.splitext(os.path.basename(source))[0] + '.' + ext)
    ctx = connect(pipe, 240)
    if ctx is None:
        print('no LibreOffice on pipe %s' % pipe, file=sys.stderr)
        return 3
    desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
    load = (prop('Hidden', True), prop('MacroExecutionMode', 0), prop('UpdateDocMode', 0))
    try:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, load)
    except Exception as error:  # IllegalArgumentException, IOException: the file cannot be opened
        print('LibreOffice could not load %s: %s' % (source, error), file=sys.stderr)
        return 2
    if doc is None:
        print('LibreOffice could not load %s' % source, file=sys.stderr)
        return 2
    if filter_name is None:
        filter_name = export_filter(doc, ext)
    if filter_name is None:
        doc.close(True)
        return 4
    try:
        os.makedirs(outdir, exist_ok=True)
        store = [prop('FilterName', filter_name), prop('Overwrite', True)]
        if options is not None:
            store.append(prop('FilterOptions', options))
        doc.storeToURL(uno.systemPathToFileUrl(target), tuple(store))
    except Exception as error:
        print('LibreOffice could not write %s: %s' % (target, error), file=sys.stderr)
        return 2
    finally:
        doc.close(True)
    return 0


sys.exit(main())
