/**
 * Group Policy templates for Windows (`build/policies/ostal.admx`, `fr-FR/ostal.adml`,
 * `en-US/ostal.adml`), generated from one definition per setting. The definitions are typed
 * `Record<SettingKey, …>`, so a new setting does not compile until it has its policy, and the
 * committed templates are compared with this output by `test/build/packaging.test.ts`: the keys
 * IT sets and the keys Ostal reads (`registry-policy.ts`, value names = setting keys under
 * `HKLM\Software\Policies\Ostal`) can never drift apart.
 */
import type { SettingKey } from '../shared/settings.js';
import { DEFAULT_SETTINGS, MAX_PERSONAL_DICTIONARY_LENGTH } from '../shared/settings.js';
import { MAX_AUTOSAVE_SECONDS, MAX_RECENT_LIMIT, MAX_REMOTE_CHECK_SECONDS, MIN_REMOTE_CHECK_SECONDS } from './setting-values.js';

/** The registry key, relative to HKLM, that GPO writes and Ostal reads. */
export const POLICY_REGISTRY_KEY = 'Software\\Policies\\Ostal';

type Text = { readonly fr: string; readonly en: string };

type PolicyValue =
  | { readonly type: 'enum'; readonly items: readonly { readonly value: string; readonly label: Text }[] }
  | { readonly type: 'decimal'; readonly min: number; readonly max: number }
  | { readonly type: 'text'; readonly maxLength: number };

export interface PolicyDefinition {
  readonly title: Text;
  readonly explain: Text;
  /** Label of the value's field in the policy editor. */
  readonly field: Text;
  readonly value: PolicyValue;
}

const LICENSE_MAX = 256;

export const POLICY_DEFINITIONS: { readonly [K in SettingKey]: PolicyDefinition } = {
  locale: {
    title: { fr: 'Langue de l’interface', en: 'Interface language' },
    explain: {
      fr: 'Fixe la langue de l’interface d’Ostal. L’utilisateur ne peut plus la changer.',
      en: 'Sets the language of Ostal’s interface. Users can no longer change it.',
    },
    field: { fr: 'Langue', en: 'Language' },
    value: {
      type: 'enum',
      items: [
        { value: 'fr', label: { fr: 'Français', en: 'French' } },
        { value: 'en', label: { fr: 'Anglais', en: 'English' } },
      ],
    },
  },
  defaultFamily: {
    title: { fr: 'Format d’enregistrement par défaut', en: 'Default save format' },
    explain: {
      fr: 'Famille de formats proposée par « Enregistrer sous » : OpenDocument (ODT, ODS, ODP ; recommandé par le RGI) ou Office Open XML (DOCX, XLSX, PPTX). Activer cette stratégie verrouille le choix.',
      en: 'Format family offered by "Save as": OpenDocument (ODT, ODS, ODP; recommended by the French RGI) or Office Open XML (DOCX, XLSX, PPTX). Enabling this policy locks the choice.',
    },
    field: { fr: 'Format', en: 'Format' },
    value: {
      type: 'enum',
      items: [
        { value: 'odf', label: { fr: 'OpenDocument (ODF)', en: 'OpenDocument (ODF)' } },
        { value: 'ooxml', label: { fr: 'Office Open XML (OOXML)', en: 'Office Open XML (OOXML)' } },
      ],
    },
  },
  maxRecent: {
    title: { fr: 'Nombre de documents récents', en: 'Number of recent documents' },
    explain: {
      fr: `Longueur de la liste des documents récents (0 à ${String(MAX_RECENT_LIMIT)}\u00a0; 0 la désactive).`,
      en: `Length of the recent documents list (0 to ${String(MAX_RECENT_LIMIT)}; 0 turns it off).`,
    },
    field: { fr: 'Nombre', en: 'Number' },
    value: { type: 'decimal', min: 0, max: MAX_RECENT_LIMIT },
  },
  gridLicenseKey: {
    title: { fr: 'Clé de licence Handsontable', en: 'Handsontable licence key' },
    explain: {
      fr: 'Clé de licence commerciale de la grille du tableur (Handsontable). Sans clé, la clé d’évaluation non commerciale est utilisée.',
      en: 'Commercial licence key of the spreadsheet grid (Handsontable). Without one, the non-commercial evaluation key is used.',
    },
    field: { fr: 'Clé', en: 'Key' },
    value: { type: 'text', maxLength: LICENSE_MAX },
  },
  calcLicenseKey: {
    title: { fr: 'Clé de licence HyperFormula', en: 'HyperFormula licence key' },
    explain: {
      fr: 'Clé de licence du moteur de calcul (HyperFormula). Par défaut : gpl-v3.',
      en: 'Licence key of the calculation engine (HyperFormula). Default: gpl-v3.',
    },
    field: { fr: 'Clé', en: 'Key' },
    value: { type: 'text', maxLength: LICENSE_MAX },
  },
  autosaveSeconds: {
    title: { fr: 'Intervalle de sauvegarde automatique', en: 'Autosave interval' },
    explain: {
      fr: `Toutes les combien de secondes une copie de chaque document modifié va dans la zone de récupération (0 à ${String(MAX_AUTOSAVE_SECONDS)}\u00a0; 0 désactive la sauvegarde automatique).`,
      en: `How often, in seconds, a copy of each changed document goes to the recovery area (0 to ${String(MAX_AUTOSAVE_SECONDS)}; 0 turns autosave off).`,
    },
    field: { fr: 'Secondes', en: 'Seconds' },
    value: { type: 'decimal', min: 0, max: MAX_AUTOSAVE_SECONDS },
  },
  authorName: {
    title: { fr: 'Nom de l’auteur des commentaires et des modifications', en: 'Author name of comments and changes' },
    explain: {
      fr: 'Nom inscrit comme auteur des commentaires et des modifications suivies que l’agent ajoute aux documents (par exemple Prénom Nom). Laisser vide pour que chacun le saisisse sur la page d’accueil.',
      en: 'Name recorded as the author of the comments and tracked changes the agent adds to documents (for example First Last). Leave empty to let each agent type it on the start page.',
    },
    field: { fr: 'Nom', en: 'Name' },
    value: { type: 'text', maxLength: 100 },
  },
  trustedCaFile: {
    title: { fr: 'Autorité de certification de la plateforme', en: 'Platform certificate authority' },
    explain: {
      fr: 'Chemin complet d’un fichier PEM (par exemple C:\\ProgramData\\Ostal\\ac-region.pem) : les certificats HTTPS de la plateforme collaborative signés par cette autorité (PKI interne) sont acceptés, en plus de ceux du magasin du système.',
      en: 'Full path of a PEM file (for example C:\\ProgramData\\Ostal\\region-ca.pem): HTTPS certificates of the collaborative platform signed by this authority (an internal PKI) are accepted, besides those of the system store.',
    },
    field: { fr: 'Fichier PEM', en: 'PEM file' },
    value: { type: 'text', maxLength: 4096 },
  },
  platformUrl: {
    title: { fr: 'Adresse de la plateforme collaborative', en: 'Collaborative platform address' },
    explain: {
      fr: 'Adresse du site de la plateforme (par exemple https://exo.region.fr) : le formulaire des comptes est prérempli avec elle et le type de plateforme, l’agent n’indique que son identifiant et son mot de passe, et ce compte ne peut pas être supprimé.',
      en: 'Address of the platform site (for example https://exo.region.fr): the accounts form is filled in with it and the platform type, agents only type their user name and password, and that account cannot be removed.',
    },
    field: { fr: 'Adresse', en: 'Address' },
    value: { type: 'text', maxLength: 2048 },
  },
  platformKind: {
    title: { fr: 'Type de plateforme collaborative', en: 'Collaborative platform type' },
    explain: {
      fr: 'Le logiciel de la plateforme, qui détermine l’adresse WebDAV : eXo Platform (/webdav/drives/), eXo Platform ancien (/portal/rest/private/jcr/repository/collaboration/), Nextcloud ou ownCloud (/remote.php/dav/files/<identifiant>/), ou un autre serveur WebDAV (l’adresse telle quelle).',
      en: 'The platform software, which decides the WebDAV address: eXo Platform (/webdav/drives/), older eXo Platform (/portal/rest/private/jcr/repository/collaboration/), Nextcloud or ownCloud (/remote.php/dav/files/<user>/), or another WebDAV server (the address as given).',
    },
    field: { fr: 'Type', en: 'Type' },
    value: {
      type: 'enum',
      items: [
        { value: 'exo', label: { fr: 'eXo Platform', en: 'eXo Platform' } },
        { value: 'exo-legacy', label: { fr: 'eXo Platform (ancien)', en: 'eXo Platform (older)' } },
        { value: 'nextcloud', label: { fr: 'Nextcloud ou ownCloud', en: 'Nextcloud or ownCloud' } },
        { value: 'webdav', label: { fr: 'Autre serveur WebDAV', en: 'Other WebDAV server' } },
      ],
    },
  },
  personalDictionary: {
    title: { fr: 'Dictionnaire personnel d’orthographe', en: 'Personal spelling dictionary' },
    explain: {
      fr: 'Mots que la vérification orthographique accepte en plus de ses dictionnaires (noms de services, sigles, termes métier), séparés par des points-virgules. Fixé par stratégie, l’agent ne peut plus y ajouter de mots.',
      en: 'Words the spelling checker accepts besides its dictionaries (department names, acronyms, trade terms), separated by semicolons. Set by policy, agents can no longer add words to it.',
    },
    field: { fr: 'Mots', en: 'Words' },
    value: { type: 'text', maxLength: MAX_PERSONAL_DICTIONARY_LENGTH },
  },
  remoteCheckSeconds: {
    title: { fr: 'Intervalle de détection des modifications sur la plateforme', en: 'Platform change check interval' },
    explain: {
      fr: `Toutes les combien de secondes Ostal regarde sur la plateforme si un collègue a modifié un document ouvert ou gardé hors ligne (0 ou de ${String(MIN_REMOTE_CHECK_SECONDS)} à ${String(MAX_REMOTE_CHECK_SECONDS)}\u00a0; 0 désactive la détection). Les vérifications attendent pendant que l’ordinateur fonctionne sur batterie.`,
      en: `How often, in seconds, Ostal checks the platform for a colleague's changes to a document open or kept offline (0, or ${String(MIN_REMOTE_CHECK_SECONDS)} to ${String(MAX_REMOTE_CHECK_SECONDS)}; 0 turns the checks off). Checks wait while the computer runs on battery.`,
    },
    field: { fr: 'Secondes', en: 'Seconds' },
    value: { type: 'decimal', min: 0, max: MAX_REMOTE_CHECK_SECONDS },
  },
  remoteCheckOnMetered: {
    title: { fr: 'Détection des modifications sur un réseau limité', en: 'Platform change checks on metered networks' },
    explain: {
      fr: 'Sur un réseau que le système déclare limité ou facturé à l’usage (partage de connexion d’un téléphone, clé 4G ; NetworkManager sous Linux, coût de la connexion sous Windows), les vérifications régulières des modifications sur la plateforme sont suspendues ou continuent. Les envois des documents enregistrés ne sont jamais suspendus.',
      en: 'On a network the system reports as metered (a phone’s hotspot, a 4G key; NetworkManager on Linux, the connection cost on Windows), the regular checks for changes on the platform are paused or go on. Uploads of saved documents are never paused.',
    },
    field: { fr: 'Sur un réseau limité', en: 'On a metered network' },
    value: {
      type: 'enum',
      items: [
        { value: 'pause', label: { fr: 'Suspendre les vérifications', en: 'Pause the checks' } },
        { value: 'continue', label: { fr: 'Continuer les vérifications', en: 'Go on checking' } },
      ],
    },
  },
};

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';
const KEYS = Object.keys(POLICY_DEFINITIONS) as SettingKey[];

/** The ADMX file (language-neutral). */
export function admx(): string {
  const policies = KEYS.map((key) => {
    const def = POLICY_DEFINITIONS[key];
    const v = def.value;
    const element =
      v.type === 'enum'
        ? `        <enum id="${key}" valueName="${key}" required="true">\n` +
          v.items.map((item) => `          <item displayName="$(string.${key}_${item.value.replace(/[^A-Za-z0-9]/g, '_')})"><value><string>${xml(item.value)}</string></value></item>\n`).join('') +
          `        </enum>\n`
        : v.type === 'decimal'
          ? `        <decimal id="${key}" valueName="${key}" minValue="${String(v.min)}" maxValue="${String(v.max)}" required="true" />\n`
          : `        <text id="${key}" valueName="${key}" maxLength="${String(v.maxLength)}" required="true" />\n`;
    return (
      `    <policy name="${key}" class="Machine" displayName="$(string.${key})" explainText="$(string.${key}_Explain)" presentation="$(presentation.${key})" key="${POLICY_REGISTRY_KEY}">\n` +
      `      <parentCategory ref="Ostal" />\n` +
      `      <supportedOn ref="SUPPORTED_Ostal" />\n` +
      `      <elements>\n${element}      </elements>\n` +
      `    </policy>\n`
    );
  }).join('');
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<!-- Generated by electron/services/policy-templates.ts (npm run packaging:generate); do not edit. -->\n` +
    `<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${NS}">\n` +
    `  <policyNamespaces>\n    <target prefix="ostal" namespace="Ostal.Policies.Ostal" />\n  </policyNamespaces>\n` +
    `  <resources minRequiredRevision="1.0" />\n` +
    `  <supportedOn>\n    <definitions>\n      <definition name="SUPPORTED_Ostal" displayName="$(string.SUPPORTED_Ostal)" />\n    </definitions>\n  </supportedOn>\n` +
    `  <categories>\n    <category name="Ostal" displayName="$(string.Ostal)" />\n  </categories>\n` +
    `  <policies>\n${policies}  </policies>\n` +
    `</policyDefinitions>\n`
  );
}

/** The ADML file for `language` (`fr` → fr-FR, `en` → en-US). */
export function adml(language: 'fr' | 'en'): string {
  const strings: [string, string][] = [
    ['Ostal', 'Ostal'],
    ['SUPPORTED_Ostal', language === 'fr' ? 'Ostal 0.1 et versions ultérieures' : 'Ostal 0.1 and later'],
  ];
  const presentations: string[] = [];
  for (const key of KEYS) {
    const def = POLICY_DEFINITIONS[key];
    strings.push([key, def.title[language]], [`${key}_Explain`, def.explain[language]]);
    const v = def.value;
    const label = xml(def.field[language]);
    if (v.type === 'enum') {
      for (const item of v.items) strings.push([`${key}_${item.value.replace(/[^A-Za-z0-9]/g, '_')}`, item.label[language]]);
      presentations.push(`      <presentation id="${key}">\n        <dropdownList refId="${key}" noSort="true" defaultItem="0">${label}</dropdownList>\n      </presentation>\n`);
    } else if (v.type === 'decimal') {
      const fallback = DEFAULT_SETTINGS[key];
      presentations.push(`      <presentation id="${key}">\n        <decimalTextBox refId="${key}" defaultValue="${String(fallback)}">${label}</decimalTextBox>\n      </presentation>\n`);
    } else {
      presentations.push(`      <presentation id="${key}">\n        <textBox refId="${key}">\n          <label>${label}</label>\n        </textBox>\n      </presentation>\n`);
    }
  }
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<!-- Generated by electron/services/policy-templates.ts (npm run packaging:generate); do not edit. -->\n` +
    `<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="${NS}">\n` +
    `  <displayName>${language === 'fr' ? 'Stratégies Ostal' : 'Ostal policies'}</displayName>\n` +
    `  <description>${language === 'fr' ? 'Paramètres d’Ostal fixés par l’administrateur' : 'Ostal settings fixed by the administrator'}</description>\n` +
    `  <resources>\n    <stringTable>\n` +
    strings.map(([id, text]) => `      <string id="${id}">${xml(text)}</string>\n`).join('') +
    `    </stringTable>\n    <presentationTable>\n` +
    presentations.join('') +
    `    </presentationTable>\n  </resources>\n` +
    `</policyDefinitionResources>\n`
  );
}
