/** Strings of cell notes, the validity dialog, picture insertion and page setup (already translated). */
import type { ValidationOperator } from '@ostal/model';
import type { PageSetupField, PaperName } from './page-setup-edit.js';
import type { EditableType, FormProblem } from './validation-edit.js';

export interface SheetsObjectLabels {
  readonly notes: {
    readonly insert: string;
    readonly edit: string;
    readonly remove: string;
    /** Dialog title with the cell: "Note de B3". */
    readonly title: (cell: string) => string;
    readonly text: string;
    /** Accessible name of the note shown beside the active cell. */
    readonly shown: string;
    readonly ok: string;
    readonly cancel: string;
  };
  readonly validity: {
    readonly button: string;
    readonly title: string;
    readonly criteria: string;
    readonly allow: string;
    readonly types: Readonly<Record<EditableType, string>>;
    readonly operator: string;
    readonly operators: Readonly<Record<ValidationOperator, string>>;
    readonly value: string;
    readonly minimum: string;
    readonly maximum: string;
    readonly list: string;
    readonly listHint: string;
    /** Label and help of a custom rule's condition (a formula that must be true). */
    readonly condition: string;
    readonly conditionHint: string;
    readonly allowBlank: string;
    readonly showDropdown: string;
    readonly inputHelp: string;
    readonly showPrompt: string;
    readonly promptTitle: string;
    readonly promptText: string;
    readonly errorAlert: string;
    readonly showError: string;
    readonly errorStyle: string;
    readonly styles: Readonly<Record<'stop' | 'warning' | 'information', string>>;
    readonly errorTitle: string;
    readonly errorText: string;
    readonly problems: Readonly<Record<FormProblem['kind'], string>>;
    readonly ok: string;
    readonly cancel: string;
  };
  readonly picture: {
    readonly button: string;
    /** Base of new pictures' names: "Image" gives "Image 1". */
    readonly baseName: string;
    readonly notPicture: (name: string) => string;
    readonly tooLarge: (name: string) => string;
    readonly readFailed: (reason: string) => string;
  };
  readonly page: {
    readonly button: string;
    readonly title: string;
    readonly orientation: string;
    readonly portrait: string;
    readonly landscape: string;
    readonly paper: string;
    readonly papers: Readonly<Record<PaperName, string>>;
    readonly scaling: string;
    readonly scale: string;
    readonly percent: string;
    readonly fit: string;
    readonly fitWidth: string;
    readonly fitHeight: string;
    readonly margins: string;
    readonly top: string;
    readonly bottom: string;
    readonly left: string;
    readonly right: string;
    readonly printArea: string;
    readonly repeatRows: string;
    readonly centerHorizontally: string;
    readonly centerVertically: string;
    readonly gridLines: string;
    readonly problems: Readonly<Record<PageSetupField, string>>;
    readonly ok: string;
    readonly cancel: string;
  };
}
