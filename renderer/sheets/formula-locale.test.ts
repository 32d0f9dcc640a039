import { describe, expect, it } from 'vitest';
import { HyperFormula } from 'hyperformula';
import { buildOstalEngine } from '@ostal/calc';
import { canonicalFunctionName, formulaLocale, localErrorCode, localFunctionName, toCanonicalFormula, toLocalFormula } from './formula-locale.js';

describe('French formulas', () => {
  const cases: [string, string][] = [
    ['=SOMME(A1:A3;2,5)', '=SUM(A1:A3,2.5)'],
    ['=SI(A1>0,5;"oui, non";FAUX)', '=IF(A1>0.5,"oui, non",FALSE)'],
    ['=MOYENNE(\'Données 2025\'!B2:B9)', "=AVERAGE('Données 2025'!B2:B9)"],
    ['=RECHERCHEV(A2;Feuil2!$A$1:$C$40;3;VRAI)', '=VLOOKUP(A2,Feuil2!$A$1:$C$40,3,TRUE)'],
    ['=NB.SI(A:A;">2,5")', '=COUNTIF(A:A,">2,5")'],
    ['=SOMME({1,5.2;3.4})', '=SUM({1.5,2;3,4})'],
    ['=SIERREUR(1/0;#N/A)', '=IFERROR(1/0,#N/A)'],
    ['=ESTERREUR(#NOM?)+1,5E3', '=ISERROR(#NAME?)+1.5E3'],
    ['=CONCATENER("Il a dit ""SOMME(1;2)""";A1)', '=CONCATENATE("Il a dit ""SOMME(1;2)""",A1)'],
    ['=MOYENNE.SI.ENS(B1:B4;A1:A4;"x")', '=AVERAGEIFS(B1:B4,A1:A4,"x")'],
    ['=LOG10(100)+ATAN2(1;1)', '=LOG10(100)+ATAN2(1,1)'],
    ['=,5+Total', '=.5+Total'],
    ['=SI.MULTIPLE(A1;1;"un";"autre")', '=SWITCH(A1,1,"un","autre")'],
    ['=MAX.SI.ENS(B1:B4;A1:A4;"x")+MIN.SI.ENS(B1:B4;A1:A4;"y")', '=MAXIFS(B1:B4,A1:A4,"x")+MINIFS(B1:B4,A1:A4,"y")'],
    ['=EQUIVX(VALEURNOMBRE("1,5";",");FILTRE(A1:A4;B1:B4))', '=XMATCH(NUMBERVALUE("1,5",","),FILTER(A1:A4,B1:B4))'],
    ['=TEXTE.AVANT(A1;"-")&TEXTE.APRES(A1;"-";-1)', '=TEXTBEFORE(A1,"-")&TEXTAFTER(A1,"-",-1)'],
    ['=SOMME(PRENDRE(A1:C9;2);EXCLURE(A1:C9;-1);CHOISIRLIGNES(A1:C9;1);CHOISIRCOLS(A1:C9;2))', '=SUM(TAKE(A1:C9,2),DROP(A1:C9,-1),CHOOSEROWS(A1:C9,1),CHOOSECOLS(A1:C9,2))'],
    ['=TRIERPAR(A1:A4;B1:B4;-1)', '=SORTBY(A1:A4,B1:B4,-1)'],
    ['=GAUCHEB(A1;2)&DROITEB(A1)&STXTB(A1;2;1)&TROUVERB("a";A1)&CHERCHERB("a";A1)&REMPLACERB(A1;1;1;"b")&LENB(A1)', '=LEFTB(A1,2)&RIGHTB(A1)&MIDB(A1,2,1)&FINDB("a",A1)&SEARCHB("a",A1)&REPLACEB(A1,1,1,"b")&LENB(A1)'],
    ['=SOMME(MODE.MULTIPLE(A1:A9);TABLEAU.ALEA(2;2))+LOI.BINOMIALE.SERIE(60;0,75;48)', '=SUM(MODE.MULT(A1:A9),RANDARRAY(2,2))+BINOM.DIST.RANGE(60,0.75,48)'],
    ['=SUP.SEUIL(ERF.PRECIS(0,5)+ERFC.PRECIS(1);1)+SOMME(MATRICE.UNITAIRE(3))', '=GESTEP(ERF.PRECISE(0.5)+ERFC.PRECISE(1),1)+SUM(MUNIT(3))'],
    ['=CELLULE("address";B2)&CELLULE("row")&INFORMATIONS("recalc")', '=CELL("address",B2)&CELL("row")&INFO("recalc")'],
    ['=ORGA.LIGNES(VERSCOL(A1:C3);2)&ORGA.COLS(VERSLIGNE(A1:C3);2)&DEVELOPPER(A1;2;2;0)', '=WRAPROWS(TOCOL(A1:C3),2)&WRAPCOLS(TOROW(A1:C3),2)&EXPAND(A1,2,2,0)'],
  ];

  it.each(cases)('%s ↔ %s', (french, canonical) => {
    expect(toCanonicalFormula(french, 'fr-FR')).toBe(canonical);
    expect(toLocalFormula(canonical, 'fr-FR')).toBe(french);
  });

  it('accepts lower-case and English names typed in French', () => {
    expect(toCanonicalFormula('=somme(a1:a3)', 'fr')).toBe('=SUM(a1:a3)');
    expect(toCanonicalFormula('=SUM(A1;2)', 'fr')).toBe('=SUM(A1,2)');
  });

  it('leaves English formulas as they are in English', () => {
    expect(toCanonicalFormula('=SUM(A1:A3,2.5)', 'en-GB')).toBe('=SUM(A1:A3,2.5)');
    expect(toLocalFormula('=IF(A1,1.5,2)', 'en')).toBe('=IF(A1,1.5,2)');
  });

  it('gives every engine function a French name that leads back to it', () => {
    buildOstalEngine().destroy();
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    const locale = formulaLocale('fr');
    const seen = new Map<string, string>();
    for (const name of names) {
      const local = localFunctionName(name, 'fr');
      expect(canonicalFunctionName(local, 'fr')).toBe(name);
      expect(seen.get(local), `${local} names ${name} and ${seen.get(local) ?? ''}`).toBeUndefined();
      seen.set(local, name);
    }
    expect(locale.toLocal.get('SUM')).toBe('SOMME');
    expect(locale.toLocal.get('LINEST')).toBe('DROITEREG');
    expect(locale.toLocal.get('LOGEST')).toBe('LOGREG');
    expect(canonicalFunctionName('croissance', 'fr')).toBe('GROWTH');
    expect(toCanonicalFormula('=RECHERCHE(2;A1:A9)+ORDONNEE.ORIGINE(B1:B9;A1:A9)', 'fr')).toBe('=LOOKUP(2,A1:A9)+INTERCEPT(B1:B9,A1:A9)');
  });

  it('computes what a French user typed', () => {
    const hf = buildOstalEngine();
    const sheet = hf.getSheetId(hf.addSheet('Feuille1'))!;
    hf.setSheetContent(sheet, [[1], [2], [3.5], [toCanonicalFormula('=SOMME(A1:A3;2,5)', 'fr')], [toCanonicalFormula('=SI(A4>9;"grand";"petit")', 'fr')]]);
    expect(hf.getCellValue({ sheet, row: 3, col: 0 })).toBe(9);
    expect(hf.getCellValue({ sheet, row: 4, col: 0 })).toBe('petit');
    hf.destroy();
  });

  it('names errors as French spreadsheets do', () => {
    expect(localErrorCode('#NAME?', 'fr')).toBe('#NOM?');
    expect(localErrorCode('#VALUE!', 'fr')).toBe('#VALEUR!');
    expect(localErrorCode('#DIV/0!', 'fr')).toBe('#DIV/0!');
    expect(localErrorCode('#NAME?', 'en')).toBe('#NAME?');
  });
});
