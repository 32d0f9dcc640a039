/**
 * The words of the financial functions Ostal adds to the engine (packages/calc: coupon, securities,
 * bond, depreciation and odd-period functions): their names in Excel's French edition, and their
 * argument names in French and English for the function hint.
 */

/** Canonical name → name in Excel's French edition. */
export const FINANCIAL_FRENCH_NAMES: Readonly<Record<string, string>> = {
  ACCRINT: 'INTERET.ACC',
  ACCRINTM: 'INTERET.ACC.MAT',
  AMORDEGRC: 'AMORDEGRC',
  AMORLINC: 'AMORLINC',
  COUPDAYBS: 'NB.JOURS.COUPON.PREC',
  COUPDAYS: 'NB.JOURS.COUPONS',
  COUPDAYSNC: 'NB.JOURS.COUPON.SUIV',
  COUPNCD: 'DATE.COUPON.SUIV',
  COUPNUM: 'NB.COUPONS',
  COUPPCD: 'DATE.COUPON.PREC',
  DISC: 'TAUX.ESCOMPTE',
  DURATION: 'DUREE',
  INTRATE: 'TAUX.INTERET',
  MDURATION: 'DUREE.MODIFIEE',
  ODDFPRICE: 'PRIX.PCOUPON.IRREG',
  ODDFYIELD: 'REND.PCOUPON.IRREG',
  ODDLPRICE: 'PRIX.DCOUPON.IRREG',
  ODDLYIELD: 'REND.DCOUPON.IRREG',
  PRICE: 'PRIX.TITRE',
  PRICEDISC: 'VALEUR.ENCAISSEMENT',
  PRICEMAT: 'PRIX.TITRE.ECHEANCE',
  RECEIVED: 'VALEUR.NOMINALE',
  VDB: 'VDB',
  YIELD: 'RENDEMENT.TITRE',
  YIELDDISC: 'RENDEMENT.SIMPLE',
  YIELDMAT: 'RENDEMENT.TITRE.ECHEANCE',
};

const COUPON = 'liquidation; échéance; fréquence; [base] | settlement, maturity, frequency, [basis]';
const DURATION = 'liquidation; échéance; taux; rendement; fréquence; [base] | settlement, maturity, coupon, yld, frequency, [basis]';
const AMORTIZATION = 'coût; date_achat; première_période; valeur_rés; période; taux; [base] | cost, date_purchased, first_period, salvage, period, rate, [basis]';

/** `français | English` argument lists of these functions; `[x]` is optional. */
export const FINANCIAL_ARGUMENTS: Readonly<Record<string, string>> = {
  COUPDAYBS: COUPON,
  COUPDAYS: COUPON,
  COUPDAYSNC: COUPON,
  COUPNCD: COUPON,
  COUPNUM: COUPON,
  COUPPCD: COUPON,
  DISC: 'liquidation; échéance; prix; valeur_échéance; [base] | settlement, maturity, pr, redemption, [basis]',
  INTRATE: 'liquidation; échéance; investissement; valeur_échéance; [base] | settlement, maturity, investment, redemption, [basis]',
  RECEIVED: 'liquidation; échéance; investissement; taux_escompte; [base] | settlement, maturity, investment, discount, [basis]',
  PRICEDISC: 'liquidation; échéance; taux_escompte; valeur_échéance; [base] | settlement, maturity, discount, redemption, [basis]',
  YIELDDISC: 'liquidation; échéance; prix; valeur_échéance; [base] | settlement, maturity, pr, redemption, [basis]',
  PRICEMAT: 'liquidation; échéance; émission; taux; rendement; [base] | settlement, maturity, issue, rate, yld, [basis]',
  YIELDMAT: 'liquidation; échéance; émission; taux; prix; [base] | settlement, maturity, issue, rate, pr, [basis]',
  ACCRINT:
    'émission; premier_coupon; liquidation; taux; [valeur_nominale]; fréquence; [base]; [méthode_calcul] | issue, first_interest, settlement, rate, [par], frequency, [basis], [calc_method]',
  ACCRINTM: 'émission; échéance; taux; [valeur_nominale]; [base] | issue, settlement, rate, [par], [basis]',
  PRICE: 'liquidation; échéance; taux; rendement; valeur_échéance; fréquence; [base] | settlement, maturity, rate, yld, redemption, frequency, [basis]',
  YIELD: 'liquidation; échéance; taux; prix; valeur_échéance; fréquence; [base] | settlement, maturity, rate, pr, redemption, frequency, [basis]',
  DURATION,
  MDURATION: DURATION,
  VDB: 'coût; valeur_rés; durée; période_début; période_fin; [facteur]; [pas_de_changement] | cost, salvage, life, start_period, end_period, [factor], [no_switch]',
  AMORLINC: AMORTIZATION,
  AMORDEGRC: AMORTIZATION,
  ODDFPRICE:
    'liquidation; échéance; émission; premier_coupon; taux; rendement; valeur_échéance; fréquence; [base] | settlement, maturity, issue, first_coupon, rate, yld, redemption, frequency, [basis]',
  ODDFYIELD:
    'liquidation; échéance; émission; premier_coupon; taux; prix; valeur_échéance; fréquence; [base] | settlement, maturity, issue, first_coupon, rate, pr, redemption, frequency, [basis]',
  ODDLPRICE:
    'liquidation; échéance; dernier_coupon; taux; rendement; valeur_échéance; fréquence; [base] | settlement, maturity, last_interest, rate, yld, redemption, frequency, [basis]',
  ODDLYIELD:
    'liquidation; échéance; dernier_coupon; taux; prix; valeur_échéance; fréquence; [base] | settlement, maturity, last_interest, rate, pr, redemption, frequency, [basis]',
};
