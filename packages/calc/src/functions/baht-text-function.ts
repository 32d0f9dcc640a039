/**
 * BAHTTEXT, which HyperFormula lacks (Excel reference): a number written out in Thai words as an
 * amount of baht, rounded to satang (hundredths): `บาท` after the baht, then the satang and
 * `สตางค์`, or `ถ้วน` ("exactly") when there are none; `ลบ` before a negative amount.
 * Thai counting: a 1 in the tens is `สิบ` alone, a 2 there `ยี่สิบ`, a final 1 after a tens digit
 * `เอ็ด`; digits group by millions (`ล้าน`). Checked against LibreOffice 7.4 (calc differential).
 */
import { FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';
import { roundTo } from './rounding-functions.js';

const DIGITS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACES = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];
const MILLION = 'ล้าน';

/** Thai words of a whole number below a million (empty for 0). */
function belowMillion(n: number): string {
  const digits = String(n).split('').map(Number).reverse();
  let out = '';
  for (let place = digits.length - 1; place >= 0; place -= 1) {
    const d = digits[place]!;
    if (d === 0) continue;
    if (place === 1) out += (d === 1 ? '' : d === 2 ? 'ยี่' : DIGITS[d]!) + PLACES[1]!;
    // A final 1 after a tens digit is เอ็ด (11, 21, 111); after hundreds alone it stays หนึ่ง (101).
    else if (place === 0 && d === 1 && (digits[1] ?? 0) > 0) out += 'เอ็ด';
    else out += DIGITS[d]! + PLACES[place]!;
  }
  return out;
}

/** Thai words of a whole number (empty for 0). */
export function thaiNumber(n: number): string {
  if (n < 1_000_000) return belowMillion(n);
  const high = Math.floor(n / 1_000_000);
  const low = n - high * 1_000_000;
  return thaiNumber(high) + MILLION + belowMillion(low);
}

/** BAHTTEXT's words for an amount. */
export function bahtText(amount: number): string {
  const satangTotal = Math.round(Math.abs(roundTo(amount, 2, 'half-away')) * 100);
  const baht = Math.floor(satangTotal / 100);
  const satang = satangTotal % 100;
  if (baht === 0 && satang === 0) return 'ศูนย์บาทถ้วน';
  const sign = amount < 0 ? 'ลบ' : '';
  const bahtWords = baht > 0 ? `${thaiNumber(baht)}บาท` : '';
  const satangWords = satang > 0 ? `${thaiNumber(satang)}สตางค์` : 'ถ้วน';
  return sign + bahtWords + satangWords;
}

/** BAHTTEXT. */
export class BahtTextFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    BAHTTEXT: { method: 'bahtText', parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };

  /** BAHTTEXT(number). */
  bahtText(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('BAHTTEXT'), bahtText);
  }
}
