/** Parses formula text into a syntax tree with Excel's operator precedence. */
import type { BinaryOp, FormulaNode } from "./ast";
import { FormulaSyntaxError, tokenize, type Token } from "./tokenize";

/** Binding strength of binary operators; all are left-associative, as in Excel. */
const PRECEDENCE: Readonly<Record<string, number>> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

class Parser {
  private pos = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FormulaNode {
    const node = this.binary(1);
    if (this.pos < this.tokens.length)
      throw new FormulaSyntaxError("Unexpected text after the formula");
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new FormulaSyntaxError("Unexpected end of formula");
    return t;
  }

  /** Binary operators binding at least as tightly as `min`. */
  private binary(min: number): FormulaNode {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      const prec = t?.kind === "op" ? PRECEDENCE[t.op] : undefined;
      if (t?.kind !== "op" || prec === undefined || prec < min) return left;
      this.pos++;
      const right = this.binary(prec + 1);
      left = { type: "binary", op: t.op as BinaryOp, left, right };
    }
  }

  /** Negation binds tighter than "%" and "^" in Excel: -2^2 = 4. */
  private unary(): FormulaNode {
    const t = this.peek();
    if (t?.kind === "op" && (t.op === "-" || t.op === "+")) {
      this.pos++;
      return { type: "unary", op: t.op, operand: this.unary() };
    }
    let node = this.primary();
    while (
      this.peek()?.kind === "op" &&
      (this.peek() as { op: string }).op === "%"
    ) {
      this.pos++;
      node = { type: "percent", operand: node };
    }
    return node;
  }

  private primary(): FormulaNode {
    const t = this.next();
    switch (t.kind) {
      case "number":
      case "string":
        return { type: t.kind, value: t.value } as FormulaNode;
      case "error":
        return { type: "error", code: t.code };
      case "ref":
        return t.ref;
      case "word": {
        const upper = t.name.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE")
          return { type: "boolean", value: upper === "TRUE" };
        return { type: "name", name: t.name };
      }
      case "func":
        return { type: "call", name: t.name, args: this.args() };
      case "(": {
        const inner = this.binary(1);
        if (this.next().kind !== ")") throw new FormulaSyntaxError("Missing )");
        return inner;
      }
      default:
        throw new FormulaSyntaxError(`Unexpected ${t.kind}`);
    }
  }

  /** Arguments after a function's "(", up to and including ")"; empty ones are `missing`. */
  private args(): FormulaNode[] {
    const args: FormulaNode[] = [];
    if (this.peek()?.kind === ")") {
      this.pos++;
      return args;
    }
    for (;;) {
      const k = this.peek()?.kind;
      args.push(k === "," || k === ")" ? { type: "missing" } : this.binary(1));
      const sep = this.next();
      if (sep.kind === ")") return args;
      if (sep.kind !== ",") throw new FormulaSyntaxError("Expected , or )");
    }
  }
}

/** Parses a formula ("=…"; the "=" is optional). Throws FormulaSyntaxError when malformed. */
export function parseFormula(text: string): FormulaNode {
  const body = text.startsWith("=") ? text.slice(1) : text;
  return new Parser(tokenize(body)).parse();
}
