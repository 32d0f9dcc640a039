/**
 * The workbook of the calculation differential test: a data block (A1:I12 of sheet `Calc`, a
 * little on sheet `Other`) and one formula per row in column K. Formulas cover many functions and
 * their edge cases (blanks, text numbers, logicals, errors); none carries a cached value, so what
 * LibreOffice shows is what it computed.
 */
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, CellValue, Workbook } from '@ostal/model';

/** Column of the formulas (K). */
export const FORMULA_COLUMN = 10;

const e = (error: '#DIV/0!' | '#N/A' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!'): CellValue => ({ error });

/** Rows of the data block, columns A to I. */
const DATA: readonly (readonly CellValue[])[] = [
  // A num  B text       C amount D mixed  E date   F stats G-I matrix   (H used by matrix)
  [1, 'apple', 10, true, 45292, 2, 2, 0, 1],
  [5, 'Apricot', 20, false, 45293, 4, 1, 3, 0],
  [7, 'banana', 30, null, 45350, 4, 4, 1, 2],
  ['5', 'avocado', 'n/a', 'TRUE', 45351, 4, e('#DIV/0!'), null, null],
  [null, 'apple', 40, 1, 45657, 5, e('#N/A'), null, null],
  [true, 'cherry', 50, 0, 45658, 5, e('#VALUE!'), null, null],
  [-2.5, 'a*c', 5, 'text', 36526, 7, e('#REF!'), null, null],
  [3.5, 'x~y', 15, -1, 1, 9, e('#NAME?'), null, null],
  [3.5, 'Élise', 25, null, 60, null, e('#NUM!'), null, null],
  [0, 'a?c', 35, null, 61, null, null, null, null],
  [100, '  padded  ', 45, null, 2958465, null, null, null, null],
  [2.675, 'MiXeD Case', 55, null, 0.5, null, null, null, null],
];

/** The formulas, one per row of column K. */
export const FORMULAS: readonly string[] = [
  // Arithmetic and rounding
  '=1/3', '=2^0.5', '=-2^2', '=10/4*2', '=7-10', '=A2+A4', '=A6+1', '=A5+1', '=1/0', '=A1/A10',
  '=INT(-0.5)', '=INT(2.7)', '=INT(A7)', '=INT((0.1+0.7)*10)', '=ROUND(2.675,2)', '=ROUND(1.005,2)', '=ROUND(-2.5,0)', '=ROUND(0.285,2)',
  '=ROUND(1234.5678,-2)', '=ROUNDUP(1.1,0)', '=ROUNDUP(-1.1,0)', '=ROUNDDOWN(-1.9,0)', '=ROUNDDOWN(2.675,2)', '=ROUND(A12,2)', '=TRUNC(-1.57,1)',
  '=MROUND(10,3)', '=CEILING(2.5,1)', '=FLOOR(-2.5,-1)', '=MOD(-7,3)', '=MOD(7,-3)', '=QUOTIENT(-7,2)', '=ABS(A7)', '=SIGN(A7)', '=SQRT(16)',
  '=SQRT(-1)', '=POWER(2,10)', '=EXP(1)', '=LN(10)', '=LOG(8,2)', '=LOG10(1000)', '=PI()', '=FACT(10)', '=COMBIN(10,3)', '=GCD(12,18)',
  '=LCM(4,6)', '=EVEN(3)', '=ODD(-2)', '=PRODUCT(A1:A3)', '=SUMSQ(1,2,3)', '=SUMPRODUCT(A1:A3,C1:C3)', '=0.1+0.2',
  // Aggregates with blanks, text and logicals in ranges
  '=SUM(A1:A12)', '=SUM(A4,1)', '=SUM("3",TRUE)', '=AVERAGE(A1:A12)', '=COUNT(A1:A12)', '=COUNTA(A1:A12)', '=COUNTBLANK(A1:A12)',
  '=MAX(A1:A12)', '=MIN(A1:A12)', '=MAXA(D1:D8)', '=MINA(D1:D8)', '=AVERAGEA(D1:D8)', '=MEDIAN(F1:F8)', '=STDEV(F1:F8)', '=STDEVP(F1:F8)',
  '=VAR(F1:F8)', '=VARP(F1:F8)', '=LARGE(F1:F8,2)', '=SMALL(F1:F8,3)', '=PERCENTILE(F1:F8,0.3)', '=QUARTILE(F1:F8,1)', '=GEOMEAN(F1:F8)',
  '=HARMEAN(F1:F8)', '=AVEDEV(F1:F8)', '=DEVSQ(F1:F8)', '=SKEW(F1:F8)', '=CORREL(F1:F6,C1:C6)', '=SLOPE(C1:C3,A1:A3)', '=SUM(G1:G8)',
  '=INTERCEPT(C1:C3,A1:A3)', '=FORECAST(4,C1:C3,A1:A3)', '=FORECAST.LINEAR(0,F1:F8,C1:C8)', '=KURT(F1:F8)', '=TRIMMEAN(F1:F8,0.25)',
  '=PERMUT(10,3)', '=PERMUTATIONA(4,3)', '=GESTEP(A3,7)', '=GESTEP(A7)', '=ERF.PRECISE(0.745)', '=ERF.PRECISE(-2.5)', '=ERFC.PRECISE(2.5)',
  '=ERFC.PRECISE(-1)', '=SUM(MUNIT(3))', '=CONVERT(A3,"lbm","kg")', '=CONVERT(68,"F","C")', '=CONVERT(2.5,"ft","sec")', '=CONVERT(1,"atm","mmHg")',
  '=CONVERT(1,"mi","km")', '=CONVERT(1,"m2","ft2")', '=CONVERT(1,"gal","l")', '=CONVERT(1,"u","g")', '=CONVERT(1,"eV","J")', '=CONVERT(1,"HP","W")',
  '=CONVERT(1,"psi","Pa")', '=CONVERT(1,"BTU","J")', '=CONVERT(1,"lbf","N")', '=CONVERT(1,"sg","kg")', '=CONVERT(1,"cal","J")', '=CONVERT(1,"HPh","J")',
  '=CONVERT(1,"pc","m")', '=CONVERT(1,"us_acre","m2")', '=CONVERT(1,"bushel","l")', '=CONVERT(1,"kibyte","bit")', '=CONVERT(100,"C","Rank")',
  '=CONVERT(1,"Torr","Pa")', '=CONVERT(1,"survey_mi","m")', '=CONVERT(1,"ly","m")', '=CONVERT(1,"admkn","kn")', '=CONVERT(1,"flb","J")', '=CONVERT(1,"Pica","mm")', '=INDEX(MUNIT(3),2,2)', '=MDETERM(MUNIT(4))', '=LOOKUP(4.5,F1:F8,C1:C8)', '=LOOKUP(2,1/(C1:C12>30),B1:B12)', '=LOOKUP("b",B1:B3)', '=CONCAT(B1:B3,A1)',
  // MODE, RANK, FREQUENCY, MDETERM
  '=AGGREGATE(9,6,G1:G9)', '=AGGREGATE(4,6,G1:I9)', '=AGGREGATE(14,6,C1:C12/(A1:A12>1),2)', '=AGGREGATE(1,4,G1:G9)', '=AGGREGATE(12,6,F1:F8)',
  '=AGGREGATE(16,6,F1:F8,0.3)', '=AGGREGATE(19,6,F1:F8,1)', '=AGGREGATE(3,6,A1:A12)', '=AGGREGATE(7,6,F1:F8)', '=AGGREGATE(15,6,F1:F8,9)',
  '=PROB({0,1,2,3},{0.2,0.3,0.1,0.4},2)', '=PROB({0,1,2,3},{0.2,0.3,0.1,0.4},1,3)', '=PROB(A1:A3,{0.5;0.25;0.25},1)', '=PROB(A1:A3,{0.5;0.5;0.5},1)', '=SUM(MODE.MULT(F1:F8))', '=INDEX(MODE.MULT(1,2,2,3,3),2)', '=MODE.MULT(A1:A3)', '=BINOM.DIST.RANGE(60,0.75,48)', '=BINOM.DIST.RANGE(60,0.75,45,50)',
  '=BINOM.DIST.RANGE(10,0.5,11)', '=MODE(F1:F8)', '=MODE.SNGL(1,2,2,3,3)', '=MODE(1,2,3)', '=RANK(5,F1:F8)', '=RANK(4,F1:F8,1)', '=RANK.EQ(3.5,A1:A12)', '=RANK.AVG(4,F1:F8)',
  '=RANK.AVG(3.5,A1:A12,1)', '=RANK(6,F1:F8)', '=INDEX(FREQUENCY(F1:F8,{3,5}),1)', '=INDEX(FREQUENCY(F1:F8,{3,5}),2)',
  '=INDEX(FREQUENCY(F1:F8,{3,5}),3)', '=MDETERM(G1:I3)', '=MDETERM({1,2;3,4})', '=MDETERM(G1:H3)', '=INDEX(MINVERSE(G1:I3),2,3)', '=INDEX(MINVERSE({1,2;3,4}),2,1)',
  // Logical
  '=AND(A1:A3)', '=AND(A4:A5)', '=AND(D1:D3)', '=OR(D2:D3)', '=AND(A5)', '=OR(B1:B2)', '=AND(TRUE,A5)', '=AND("TRUE",1)', '=XOR(TRUE,1,A10)',
  '=NOT(A10)', '=IF(A5,"y","n")', '=IF(A5="", "blank", "full")', '=IF(A4=5,"num","text")', '=IFERROR(1/0,"oops")', '=IFNA(G5,"na")',
  '=IFS(A1>5,"big",A1>0,"small")', '=SWITCH(A3,5,"five",7,"seven","other")', '=AND(1/0,FALSE)',
  // Information
  '=TYPE(A1)', '=TYPE(B1)', '=TYPE(D1)', '=TYPE(G4)', '=TYPE(A5)', '=TYPE({1,2})', '=ERROR.TYPE(G4)', '=ERROR.TYPE(G5)', '=ERROR.TYPE(G6)',
  '=ERROR.TYPE(G7)', '=ERROR.TYPE(G8)', '=ERROR.TYPE(G9)', '=ERROR.TYPE(A1)', '=ISBLANK(A5)', '=ISNUMBER(A4)', '=ISTEXT(A4)', '=ISLOGICAL(A6)',
  '=ISERROR(G4)', '=ISERR(G5)', '=ISNA(G5)', '=ISEVEN(4)', '=ISODD(A3)', '=N(A6)', '=T(B1)', '=NA()',
  // Conditional aggregates and criteria
  '=COUNTIF(A1:A12,">=5")', '=COUNTIF(A1:A12,5)', '=COUNTIF(A1:A12,"5")', '=COUNTIF(A1:A12,"<>5")', '=COUNTIF(A1:A12,"")',
  '=COUNTIF(A1:A12,"=")', '=COUNTIF(A1:A12,"<>")', '=COUNTIF(B1:B12,"a*")', '=COUNTIF(B1:B12,"A????")', '=COUNTIF(B1:B12,"a~*c")',
  '=COUNTIF(B1:B12,"a~?c")', '=COUNTIF(B1:B12,"x~~y")', '=COUNTIF(B1:B12,">b")', '=COUNTIF(B1:B12,"<=apple")', '=COUNTIF(D1:D8,TRUE)',
  '=COUNTIF(D1:D8,"TRUE")', '=COUNTIF(G1:G12,"#N/A")', '=COUNTIF(A1:A12,"<3.5")', '=COUNTIF(B1:B12,"APPLE")', '=COUNTIF(B1:B12,"*e*")',
  '=SUMIF(B1:B12,"apple",C1:C12)', '=SUMIF(A1:A12,">1")', '=SUMIF(B1:B12,"a*",C1:C12)', '=SUMIF(B1:B12,"<>apple",C1:C12)',
  '=AVERAGEIF(B1:B12,"apple",C1:C12)', '=AVERAGEIF(A1:A12,">0")', '=AVERAGEIF(B1:B12,"zzz",C1:C12)', '=COUNTIFS(B1:B12,"a*",A1:A12,">0")',
  '=SUMIFS(C1:C12,B1:B12,"a*",A1:A12,"<>5")', '=AVERAGEIFS(C1:C12,B1:B12,"a*")', '=MAXIFS(C1:C12,B1:B12,"<>cherry")',
  '=MINIFS(C1:C12,A1:A12,">1")', '=SUMIF(A1:A12,"<>")',
  // Text
  '=LEN(B9)', '=LEN("😀a")', '=LEN(A12)', '=LEN(A6)', '=LEN(B11)', '=TRIM(B11)', '=UPPER(B9)', '=LOWER(B12)', '=PROPER("jean-luc picard")',
  '=LEFT(B3,3)', '=RIGHT(B3,2)', '=MID(B2,2,3)', '=FIND("a",B3)', '=SEARCH("A",B3)', '=SEARCH("z",B3)', '=SUBSTITUTE(B3,"a","o")',
  '=SUBSTITUTE(B3,"a","o",2)', '=REPLACE(B1,1,1,"A")', '=REPT("ab",3)', '=CONCATENATE(B1,"-",A1)', '=B1&A12', '=EXACT("a","A")',
  '=CODE("A")', '=CHAR(66)', '=UNICODE("é")', '=VALUE("12.5")', '=VALUE("abc")', '="a"="A"', '="abc"<"abd"', '=TEXTJOIN(",",TRUE,B1:B3)',
  '=CLEAN("a"&CHAR(7)&"b")', '=A4*2', '=A4&""', '=B1+1',
  '=NUMBERVALUE("2.500,27",",",".")', '=NUMBERVALUE("3.5%")', '=NUMBERVALUE(" 1 234.5 ")', '=NUMBERVALUE("1.2.3")', '=NUMBERVALUE("")',
  '=NUMBERVALUE("1,5",",")', '=NUMBERVALUE(A4)', '=NUMBERVALUE("1e3")', '=NUMBERVALUE("9%%")',
  '=FIXED(A12,2)', '=FIXED(1234.567,-1)', '=FIXED(-1234.567,1,TRUE)', '=FIXED(C5*1000)', '=FIXED(0.5,0)', '=ENCODEURL(B7&" "&B9)', '=ENCODEURL("a/b?c=d&e")',
  '=BAHTTEXT(1234)', '=BAHTTEXT(21.25)', '=BAHTTEXT(101)', '=BAHTTEXT(0.5)', '=BAHTTEXT(-11)', '=BAHTTEXT(1000001)', '=BAHTTEXT(0)', '=BAHTTEXT(2000000.01)',
  '=BAHTTEXT(120000)', '=BAHTTEXT(A3)', '=LENB(B9)', '=LEFTB(B3,3)', '=RIGHTB(B12,4)', '=MIDB(B2,2,3)', '=FINDB("a",B3)', '=SEARCHB("A?",B3)', '=SEARCHB("z",B3)', '=REPLACEB(B1,1,1,"A")',
  '=TEXTJOIN("-",FALSE,A1:A5)', '=TEXTJOIN(", ",TRUE,B1:B3,C1)', '=CONCAT(A12,"|",D1)', '=UNICHAR(8364)', '=UNICODE(B9)', '=UNICHAR(0)',
  '=IFS(A2>5,1,A2=5,2)', '=IFS(FALSE,1)', '=SWITCH(B3,"apple",1,"banana",2)', '=SWITCH(9,1,2)', '=MAXIFS(A1:A12,B1:B12,"apple")', '=MINIFS(C1:C12,B1:B12,"a*",A1:A12,">0")',
  // Lookup and reference
  '=VLOOKUP("banana",B1:C12,2,FALSE)', '=VLOOKUP("ch*",B1:C12,2,FALSE)', '=VLOOKUP("?pricot",B1:C12,2,FALSE)', '=VLOOKUP("a~*c",B1:C12,2,FALSE)',
  '=HLOOKUP("a*",B1:C12,3,FALSE)', '=VLOOKUP(4.5,F1:F8,1,TRUE)', '=VLOOKUP("zzz",B1:C12,2,FALSE)', '=HLOOKUP(2,G1:I3,3,FALSE)',
  '=INDEX(C1:C12,3)', '=INDEX(G1:I3,2,3)', '=MATCH(7,A1:A12,0)', '=MATCH("b*",B1:B12,0)', '=MATCH(4,F1:F8,1)', '=CHOOSE(2,"a","b","c")',
  '=ROWS(A1:C12)', '=COLUMNS(A1:C12)', '=ROW(C5)', '=COLUMN(C5)', '=OFFSET(A1,2,2)', '=SUM(OFFSET(A1,0,0,3,1))', '=ADDRESS(2,3)',
  '=CELL("address",C5)', '=CELL("col",C5)', '=CELL("row",B3:D9)', '=CELL("ROW",INDEX(A1:C12,4,2))', '=CELL("address",Other!A2)', '=CELL("contents",B2)', '=CELL("contents",A3)',
  '=CELL("contents",A5)', '=CELL("type",B1)', '=CELL("type",A1)', '=CELL("type",F10)', '=CELL("prefix",A1)', '=CELL("prefix",F10)', '=CELL("nosuch",A1)', '=INFO("recalc")', '=INFO("nosuch")',
  '=INDIRECT("A3")', '=INDIRECT("B"&A1)', '=SUM(INDIRECT("A1:A3"))', '=INDIRECT("Other!A1")*2', '=INDIRECT("nowhere")', '=Other!A2&"!"',
  '=SUM(FILTER(C1:C12,B1:B12="apple"))', '=ROWS(FILTER(A1:C12,F1:F12>4))', '=INDEX(FILTER(B1:C12,C1:C12>40),2,1)', '=XLOOKUP("cherry",B1:B12,C1:C12)', '=XMATCH(7,A1:A12)', '=TEXTBEFORE(B2,"r")', '=TEXTAFTER(B12," ",-1)',
  // Dates as serial numbers
  '=DATE(2024,2,29)', '=DATE(2023,14,1)', '=YEAR(E1)', '=MONTH(E3)', '=DAY(E4)', '=WEEKDAY(E1)', '=WEEKDAY(E1,2)', '=WEEKNUM(E5)',
  '=ISOWEEKNUM(E6)', '=ISOWEEKNUM(DATE(2021,1,3))', '=EDATE(E1,1)', '=EOMONTH(E1,1)', '=DAYS(E2,E1)', '=DAYS360(E1,E4)',
  '=NETWORKDAYS(E1,E3)', '=WORKDAY(E1,10)', '=YEARFRAC(E1,E5)', '=DATEDIF(E1,E5,"M")', '=TIME(12,30,0)', '=HOUR(0.75)',
  // Financial
  '=PMT(0.05/12,360,200000)', '=FV(0.04,10,-100)', '=PV(0.05,10,-1000)', '=NPV(0.1,100,200,300)', '=IRR({-100,30,40,50})', '=NPER(0.01,-100,1000)',
  '=RATE(10,-100,800)', '=SLN(1000,100,5)', '=DDB(1000,100,5,1)', '=EFFECT(0.05,12)',
  // Securities, bonds, depreciation (dates given with DATE; each basis 0-4)
  '=COUPDAYBS(DATE(2011,1,25),DATE(2011,11,15),2,1)', '=COUPDAYS(DATE(2011,1,25),DATE(2011,11,15),2,1)', '=COUPDAYSNC(DATE(2011,1,25),DATE(2011,11,15),2,1)',
  '=COUPNCD(DATE(2011,1,25),DATE(2011,11,15),2,1)', '=COUPPCD(DATE(2011,1,25),DATE(2011,11,15),2,1)', '=COUPNUM(DATE(2007,1,25),DATE(2008,11,15),2,1)',
  '=COUPDAYBS(DATE(2024,3,31),DATE(2030,8,31),4,0)', '=COUPDAYSNC(DATE(2024,3,31),DATE(2030,8,31),4,0)', '=COUPDAYS(DATE(2024,2,10),DATE(2030,8,31),2,1)',
  '=COUPDAYBS(DATE(2024,2,29),DATE(2029,8,31),2,4)', '=COUPDAYS(DATE(2024,2,29),DATE(2029,8,31),1,3)', '=COUPDAYSNC(DATE(2024,2,29),DATE(2029,8,31),2,2)',
  '=COUPNCD(DATE(2024,2,29),DATE(2029,8,31),2)', '=COUPPCD(DATE(2023,12,1),DATE(2029,5,30),4,0)', '=COUPNUM(E1,E5,4)', '=COUPDAYS(E1,E5,3,0)', '=COUPNUM(E5,E1,2)',
  '=COUPDAYBS(E1,E5,2,5)', '=COUPDAYBS(E1,E5,2,"x")',
  '=DISC(DATE(2018,7,1),DATE(2048,1,1),97.975,100,1)', '=INTRATE(DATE(2008,2,15),DATE(2008,5,15),1000000,1014420,2)', '=RECEIVED(DATE(2008,2,15),DATE(2008,5,15),1000000,0.0575,2)',
  '=PRICEDISC(DATE(2008,2,16),DATE(2008,3,1),0.0525,100,2)', '=YIELDDISC(DATE(2008,2,16),DATE(2008,3,1),99.795,100,2)', '=DISC(E1,E5,98,100,0)', '=DISC(E1,E5,98,100,3)',
  '=DISC(E1,E5,98,100,4)', '=DISC(E1,E5,0,100)', '=PRICEMAT(DATE(2008,2,15),DATE(2008,4,13),DATE(2007,11,11),0.061,0.061,0)',
  '=YIELDMAT(DATE(2008,3,15),DATE(2008,11,3),DATE(2007,11,8),0.0625,100.0123,0)', '=PRICEMAT(E1,E5,E1-30,0.05,0.06,1)', '=ACCRINTM(DATE(2008,4,1),DATE(2008,6,15),0.1,1000,3)',
  '=ACCRINT(DATE(2008,3,1),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0)', '=ACCRINT(DATE(2008,3,5),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0,TRUE)',
  '=PRICE(DATE(2008,2,15),DATE(2017,11,15),0.0575,0.065,100,2,0)', '=YIELD(DATE(2008,2,15),DATE(2016,11,15),0.0575,95.04287,100,2,0)', '=PRICE(E1,DATE(2034,6,15),0.04,0.05,100,1,1)',
  '=PRICE(E1,DATE(2034,6,15),0.04,0.05,100,4,3)', '=YIELD(E1,DATE(2034,6,15),0.04,92,100,4,2)', '=YIELD(DATE(2024,1,1),DATE(2024,5,1),0.05,99,100,2,0)', '=PRICE(E1,E5,-0.01,0.05,100,2)',
  '=DURATION(DATE(2018,7,1),DATE(2048,1,1),0.08,0.09,2,1)', '=MDURATION(DATE(2008,1,1),DATE(2016,1,1),0.08,0.09,2,1)', '=DURATION(E1,DATE(2034,6,15),0.04,0.05,4,0)',
  '=VDB(2400,300,10*365,0,1)', '=VDB(2400,300,120,6,18)', '=VDB(2400,300,120,6,18,1.5)', '=VDB(2400,300,10,0,0.875,1.5)', '=VDB(2400,300,10,2,7,2,TRUE)', '=VDB(2400,300,10,0,11)',
  '=AMORLINC(2400,DATE(2008,8,19),DATE(2008,12,31),300,1,0.15,1)', '=AMORLINC(2400,DATE(2008,8,19),DATE(2008,12,31),300,7,0.15,1)', '=AMORLINC(2400,DATE(2008,8,19),DATE(2008,12,31),300,0,0.15,0)',
  '=AMORDEGRC(2400,DATE(2008,8,19),DATE(2008,12,31),300,1,0.15,1)', '=AMORDEGRC(2400,DATE(2008,8,19),DATE(2008,12,31),300,4,0.15,1)', '=AMORDEGRC(2400,DATE(2008,8,19),DATE(2008,12,31),300,0,0.25,0)',
  '=ODDFPRICE(DATE(2008,11,11),DATE(2021,3,1),DATE(2008,10,15),DATE(2009,3,1),0.0785,0.0625,100,2,1)', '=ODDFYIELD(DATE(2008,11,11),DATE(2021,3,1),DATE(2008,10,15),DATE(2009,3,1),0.0575,84.5,100,2,0)',
  '=ODDLPRICE(DATE(2008,2,7),DATE(2008,6,15),DATE(2007,10,15),0.0375,0.0405,100,2,0)', '=ODDLYIELD(DATE(2008,4,20),DATE(2008,6,15),DATE(2007,12,24),0.0375,99.875,100,2,0)',
  '=ODDLPRICE(DATE(2008,2,7),DATE(2008,6,15),DATE(2008,3,15),0.0375,0.0405,100,2,0)',
  '=AMORDEGRC(2400,DATE(2008,8,19),DATE(2008,12,31),300,5,0.15,1)', '=AMORDEGRC(2400,DATE(2008,8,19),DATE(2008,12,31),300,6,0.15,1)', '=VDB(2400,300,10,1.5,3.5)',
  '=ACCRINT(DATE(2024,1,1),DATE(2024,7,1),DATE(2025,3,1),0.06,1000,2,1)', '=ODDLPRICE(DATE(2024,2,7),DATE(2024,12,15),DATE(2023,10,15),0.05,0.04,100,2,1)',
  '=ODDLYIELD(DATE(2024,2,7),DATE(2024,12,15),DATE(2023,10,15),0.05,101,100,4,3)', '=PRICE(DATE(2024,1,1),DATE(2024,5,1),0.05,0.08,100,2,0)', '=YIELDMAT(E1,E5,E1-100,0.05,99,1)',
  '=RECEIVED(E1,E5,1000,0.05,4)', '=INTRATE(E1,E5,1000,1050,2)',
  // Errors and propagation
  '=G4+1', '=SUM(G1:G5)', '=IFERROR(G6,"v")', '=A1+"x"', '=#N/A', '=ERROR.TYPE(#REF!)', '=ISERROR(NOSUCHFUNCTION(1))', '=VLOOKUP(1,G4:G5,1,FALSE)',
];

function rows(): (Cell | null)[][] {
  const height = Math.max(DATA.length, FORMULAS.length);
  const out: (Cell | null)[][] = [];
  for (let r = 0; r < height; r += 1) {
    const row: (Cell | null)[] = (DATA[r] ?? []).map((value) => (value === null ? null : { value }));
    while (row.length < FORMULA_COLUMN) row.push(null);
    const formula = FORMULAS[r];
    row[FORMULA_COLUMN] = formula === undefined ? null : { formula, value: null };
    out.push(row);
  }
  return out;
}

/** The differential workbook: sheet `Calc` (data + formulas), sheet `Other` (targets of cross-sheet references). */
export function differentialWorkbook(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: { title: 'Calc differential' },
    sheets: [sheetFromGrid('Calc', rows()), sheetFromGrid('Other', [[{ value: 21 }], [{ value: 'there' }]])],
  };
}
