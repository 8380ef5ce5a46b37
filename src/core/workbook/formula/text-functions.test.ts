import { TestWorkbook } from "./test-workbook";

const wb = new TestWorkbook({ S: { A1: "KH-THCS", A2: 12.5, A3: "#N/A" } });
const ev = (f: string) => wb.evaluate(f, "S");

describe("LEFT, RIGHT, MID, LEN, TRIM, UPPER, LOWER", () => {
  test.each([
    ['=LEFT("abc",2)', "ab"],
    ['=LEFT("abc")', "a"],
    ['=LEFT("abc",10)', "abc"],
    ['=LEFT("abc",0)', ""],
    ['=LEFT("abc",-1)', "#VALUE!"],
    ["=LEFT(A2,2)", "12"],
    ['=LEFT("về việc",3)', "về "],
    ['=RIGHT("0"&5,2)', "05"],
    ['=RIGHT("0"&12,2)', "12"],
    ['=RIGHT("abc")', "c"],
    ['=RIGHT("abc",0)', ""],
    ['=RIGHT("abc",9)', "abc"],
    ['=RIGHT("abc",-1)', "#VALUE!"],
    ['=MID("abcdef",2,3)', "bcd"],
    ['=MID("abc",5,2)', ""],
    ['=MID("abc",2,99)', "bc"],
    ['=MID("abc",0,1)', "#VALUE!"],
    ['=MID("abc",1,-1)', "#VALUE!"],
    ['=MID("abc",1)', "#NAME?"],
    ['=LEN("Đảng")', 4],
    ["=LEN(A2)", 4],
    ["=LEN(Z1)", 0],
    ["=LEN(TRUE)", 4],
    ["=LEN(A3)", "#N/A"],
    ['=TRIM("  a   b  ")', "a b"],
    ['=TRIM("a\tb")', "a\tb"],
    ['=UPPER("đảng ủy")', "ĐẢNG ỦY"],
    ['=LOWER("ABC Đ")', "abc đ"],
    ["=UPPER(1.5)", "1.5"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });
});

describe("SUBSTITUTE", () => {
  test.each([
    ['=SUBSTITUTE("a-b-c","-","/")', "a/b/c"],
    ['=SUBSTITUTE("a-b-c","-","/",2)', "a-b/c"],
    ['=SUBSTITUTE("a-b-c","-","/",1)', "a/b-c"],
    ['=SUBSTITUTE("a-b","-","/",5)', "a-b"],
    ['=SUBSTITUTE("a-b","-","/",0)', "#VALUE!"],
    ['=SUBSTITUTE("abc","","x")', "abc"],
    ['=SUBSTITUTE("aaa","aa","b")', "ba"],
    ['=SUBSTITUTE("aaaa","aa","b",2)', "aab"],
    ['=SUBSTITUTE("Abc","a","x")', "Abc"],
    ['=SUBSTITUTE("a*b?c~","~","~~")', "a*b?c~~"],
    [
      '=SUBSTITUTE(SUBSTITUTE(SUBSTITUTE("A*?~","~","~~"),"*","~*"),"?","~?")',
      "A~*~?~~",
    ],
    ['=SUBSTITUTE(1.5,".",",")', "1,5"],
    ['=SUBSTITUTE(A3,"a","b")', "#N/A"],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });
});

describe("SEARCH and FIND", () => {
  test.each([
    ['=SEARCH("-",A1)', 3],
    ['=SEARCH("/","KH/ĐU")', 3],
    ['=SEARCH("x","abc")', "#VALUE!"],
    ['=SEARCH("B","abc")', 2],
    ['=SEARCH("đ","KH/ĐU")', 4],
    ['=SEARCH("b?d","abcd")', 2],
    ['=SEARCH("c*","abcd")', 3],
    ['=SEARCH("*","abc")', 1],
    ['=SEARCH("~*","a*b")', 2],
    ['=SEARCH("~?","a?b")', 2],
    ['=SEARCH(".","a.b")', 2],
    ['=SEARCH("a","banana",3)', 4],
    ['=SEARCH("a","abc",0)', "#VALUE!"],
    ['=SEARCH("a","abc",5)', "#VALUE!"],
    ['=SEARCH("","abc")', 1],
    ['=SEARCH("","abc",4)', 4],
    ["=SEARCH(5,12.5)", 4],
    ['=FIND("B","abc")', "#VALUE!"],
    ['=FIND("b","abcb",3)', 4],
    ['=FIND("*","a*b")', 2],
    ['=FIND("?","abc")', "#VALUE!"],
    ['=FIND("","abc",2)', 2],
    ['=FIND("x",A3)', "#N/A"],
    ['=ISNUMBER(SEARCH("-",A1))', true],
    ['=ISNUMBER(SEARCH("-","KH/ĐU"))', false],
  ])("%s gives %p", (f, v) => {
    expect(ev(f)).toBe(v);
  });
});
