/**
 * The first version of a learner's own test file for `kata hack`: the README's worked examples as
 * tests, where they can be read without doubt, and a property skeleton to start from.
 *
 * An example becomes a test when its table's first columns are named after the function's
 * parameters (or a `With \`name = value\`` line above gives one), the next column holds the answer,
 * and every cell it needs is one literal in backticks: numbers,
 * strings, arrays, plain objects, `null`, `true`… (read here, never run). A result `throws
 * \`RangeError\`` becomes a `toThrow`. A table whose answers come "in any order", and a result that
 * offers alternatives ("… or …"), are left out: one stated answer would reject a correct solution
 * that gives another. Anything else (classes, calls in cells, prose) gets a commented template
 * with one example instead, and one live test that the export exists, so the file runs.
 */
import { readFileSync } from 'node:fs';
import { kataFiles, shownPath } from '../base/paths.ts';

export interface ScaffoldCase {
  /** The test's title: the call, e.g. `twoSum([2, 7, 11, 15], 9)`. */
  title: string;
  /** The test's body, one or more lines without indentation. */
  body: string[];
}

export interface Scaffold {
  /** The file's text. */
  source: string;
  /** The examples that became tests (none: the file holds a template instead). */
  cases: ScaffoldCase[];
}

interface Param {
  name: string;
  type: string;
}

interface ExportedFunction {
  name: string;
  params: Param[];
}

interface StubExports {
  functions: ExportedFunction[];
  /** Exported classes (a kata's class, or an error class such as `CycleError`). */
  classes: string[];
}

// ---------------------------------------------------------------------------------------------
// The stub: what it exports, and each function's parameters.

/** The index just past the bracket that closes the one at `open` (strings skipped), or -1. */
function closing(text: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === '=' && text[i + 1] === '>') i++;
    else if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

/** Splits at commas outside brackets. */
function topLevelSplit(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '=' && text[i + 1] === '>') { i++; continue; }
    if ('([{<'.includes(c)) depth++;
    else if (')]}>'.includes(c)) depth--;
    else if (c === ',' && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function stubExports(source: string): StubExports {
  const functions: ExportedFunction[] = [];
  for (const match of source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)\s*/gm)) {
    let at = match.index + match[0].length;
    if (source[at] === '<') at = closing(source, at);
    if (at < 0 || source[at] !== '(') continue;
    const end = closing(source, at);
    if (end < 0) continue;
    const params = topLevelSplit(source.slice(at + 1, end - 1)).map((text): Param => {
      const m = text.match(/^(?:\.\.\.)?(\w+)\??\s*(?::([\s\S]*))?$/);
      return { name: m?.[1] ?? text, type: (m?.[2] ?? 'unknown').replace(/\s+/g, ' ').trim() };
    });
    functions.push({ name: match[1]!, params });
  }
  const classes = [...source.matchAll(/^export\s+(?:abstract\s+)?class\s+(\w+)/gm)].map((m) => m[1]!);
  return { functions, classes };
}

// ---------------------------------------------------------------------------------------------
// Literals: read, never evaluated. A cell is taken only when all of it is one literal.

const KEYWORDS = ['true', 'false', 'null', 'undefined', 'NaN', 'Infinity'];

/** The index just past the literal starting at `i` (after spaces), or -1 when there is none. */
function literalEnd(text: string, i: number): number {
  const space = (j: number) => { while (j < text.length && /\s/.test(text[j]!)) j++; return j; };
  i = space(i);
  const c = text[i];
  if (c === undefined) return -1;
  if (c === '-' || c === '+') {
    const rest = text.slice(i + 1);
    const m = rest.match(/^(?:Infinity\b|0[xX][\da-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/);
    return m ? space(i + 1 + m[0].length) : -1;
  }
  const number = text.slice(i).match(/^(?:0[xX][\da-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)(?![\w$])/);
  if (number) return space(i + number[0].length);
  if (c === '"' || c === "'") {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\') { j++; continue; }
      if (text[j] === '\n') return -1;
      if (text[j] === c) return space(j + 1);
    }
    return -1;
  }
  if (c === '[' || c === '{') {
    const close = c === '[' ? ']' : '}';
    let j = space(i + 1);
    while (text[j] !== close) {
      if (c === '{') {
        // A key: a name, a number, or a quoted string.
        const key = text.slice(j).match(/^(?:[A-Za-z_$][\w$]*|\d+)/);
        if (key) j = space(j + key[0].length);
        else if (text[j] === '"' || text[j] === "'") j = literalEnd(text, j);
        else return -1;
        if (j < 0 || text[j] !== ':') return -1;
        j++;
      }
      j = literalEnd(text, j);
      if (j < 0) return -1;
      if (text[j] === ',') j = space(j + 1);
      else if (text[j] !== close) return -1;
    }
    return space(j + 1);
  }
  const word = text.slice(i).match(/^[A-Za-z_$][\w$]*/);
  if (word && KEYWORDS.includes(word[0])) return space(i + word[0].length);
  return -1;
}

/** Whether all of `text` is one literal. */
export function isLiteral(text: string): boolean {
  return text.trim() !== '' && literalEnd(text, 0) === text.length;
}

// ---------------------------------------------------------------------------------------------
// The README's Examples section and its tables.

function examplesSection(readme: string): string {
  return readme.match(/^## Examples\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m)?.[1] ?? '';
}

/** A table row's cells, split at `|` outside backticks. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let code = false;
  for (const c of line.trim().replace(/^\||\|$/g, '')) {
    if (c === '`') code = !code;
    if (c === '|' && !code) { out.push(cell.trim()); cell = ''; } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

/** The code in a cell that is nothing but one code span, else null. */
function onlyCode(cell: string): string | null {
  const m = cell.trim().match(/^`([^`]+)`$/);
  return m ? m[1]! : null;
}

interface Table {
  header: string[];
  rows: string[][];
  /** `With \`name = value\`` constants stated above it in the section. */
  constants: Map<string, string>;
}

function tables(section: string): Table[] {
  const found: Table[] = [];
  const constants = new Map<string, string>();
  const lines = section.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    for (const m of line.matchAll(/\bWith `([A-Za-z_$][\w$]*)\s*=\s*([^`]+)`/g)) if (isLiteral(m[2]!)) constants.set(m[1]!, m[2]!.trim());
    if (!line.trim().startsWith('|') || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1] ?? '')) continue;
    const header = cells(line).map((h) => h.replace(/`/g, '').trim());
    const rows: string[][] = [];
    for (i += 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) rows.push(cells(lines[i]!));
    i--;
    found.push({ header, rows, constants: new Map(constants) });
  }
  return found;
}

/** Columns that explain rather than answer. */
const NOT_A_RESULT = /^(?:why|notes?|how|explanation)\b/i;
const GLOBAL_ERRORS = ['Error', 'RangeError', 'TypeError', 'SyntaxError'];

/** `…` inside a title: the call as written, shortened. */
function titleOf(call: string): string {
  return call.length > 90 ? `${call.slice(0, 89)}…` : call;
}

function casesFromTable(fn: ExportedFunction, table: Table, errorClasses: readonly string[], used: Set<string>): ScaffoldCase[] {
  // The leading columns are named after parameters; the next one holds the answer.
  let resultAt = 0;
  while (resultAt < table.header.length && fn.params.some((p) => p.name === table.header[resultAt])) resultAt++;
  const columns = table.header.slice(0, resultAt);
  const result = table.header[resultAt];
  if (result === undefined || NOT_A_RESULT.test(result) || /any order/i.test(result)) return [];
  if (!fn.params.every((p) => columns.includes(p.name) || table.constants.has(p.name))) return [];
  const cases: ScaffoldCase[] = [];
  for (const row of table.rows) {
    const args: string[] = [];
    let ok = true;
    for (const p of fn.params) {
      const at = columns.indexOf(p.name);
      const code = at >= 0 ? onlyCode(row[at] ?? '') : p.name;
      if (code === null) { ok = false; break; }
      if (isLiteral(code)) args.push(code.trim());
      else if (table.constants.has(code.trim())) args.push(table.constants.get(code.trim())!);
      else { ok = false; break; }
    }
    if (!ok) continue;
    const call = `${fn.name}(${args.join(', ')})`;
    const answer = (row[resultAt] ?? '').trim();
    let body: string[];
    const throws = answer.match(/^throws `([A-Za-z_$][\w$]*)`/);
    if (throws) {
      if (!errorClasses.includes(throws[1]!)) continue;
      body = [`expect(() => ${call}).toThrow(${throws[1]});`];
    } else {
      const code = answer.match(/^`([^`]+)`/)?.[1];
      if (code === undefined || !isLiteral(code)) continue;
      const rest = answer.slice(code.length + 2);
      if (/\bor\b/.test(rest) && rest.includes('`')) continue;
      body = [`expect(${call}).toEqual(${code.trim()});`];
    }
    let title = titleOf(call);
    for (let n = 2; used.has(title); n++) title = `${titleOf(call)} (${n})`;
    used.add(title);
    cases.push({ title, body });
  }
  return cases;
}

/** The README's examples of kata `id` as test cases, for a stub that exports exactly one function. */
export function exampleCases(readme: string, exports: StubExports): ScaffoldCase[] {
  if (exports.functions.length !== 1) return [];
  const fn = exports.functions[0]!;
  const used = new Set<string>();
  const errorClasses = [...GLOBAL_ERRORS, ...exports.classes];
  return tables(examplesSection(readme)).flatMap((table) => casesFromTable(fn, table, errorClasses, used));
}

// ---------------------------------------------------------------------------------------------
// The file.

/** A string literal of `text`, in whichever quotes need no escaping where possible. */
function quote(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\');
  if (!text.includes("'")) return `'${escaped}'`;
  if (!text.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}

/** A likely arbitrary for a parameter's type, for the commented property skeleton. */
function arbitraryFor(type: string): string {
  const t = type.replace(/^readonly\s+/, '');
  if (t === 'number') return 'fc.integer()';
  if (t === 'string') return 'fc.string()';
  if (t === 'boolean') return 'fc.boolean()';
  if (t === 'number[]') return 'fc.array(fc.integer())';
  if (t === 'string[]') return 'fc.array(fc.string())';
  return `/* values of type ${type} */`;
}

/** The README's first example table, header and first row, as it is written (for a template). */
function firstExample(readme: string): string[] {
  const table = tables(examplesSection(readme))[0];
  if (!table || table.rows.length === 0) return [];
  return [`| ${table.header.join(' | ')} |`, `| ${table.rows[0]!.join(' | ')} |`];
}

/**
 * The scaffold of kata `id`'s hack test file. `leaveOut`: titles of examples not to make tests of
 * (ones a correct solution answered differently: the README's answer is one of several).
 */
export function scaffoldHackTests(id: string, leaveOut: ReadonlySet<string> = new Set()): Scaffold {
  const files = kataFiles(id);
  const slug = id.split('/')[1]!;
  const readme = readFileSync(files.readme, 'utf8');
  const exports = stubExports(readFileSync(files.stub, 'utf8'));
  const all = exampleCases(readme, exports);
  const cases = all.filter((c) => !leaveOut.has(c.title));
  const names = [...exports.functions.map((f) => f.name), ...exports.classes];
  const main = exports.functions[0]?.name ?? exports.classes[0] ?? slug;
  const lines: string[] = [
    '/**',
    ` * Your own tests of ${id}. \`npx kata hack ${slug}\` runs them against the reference (a correct`,
    ' * solution: every test must pass on it) and against each mutant, a solution with one deliberate',
    ' * mistake, and tells you which mutants your tests catch and which survive.',
    ' *',
    ` * It started from the examples in ${shownPath(files.readme)}. Examples alone catch few mistakes:`,
    ' * add the inputs a wrong solution would get wrong, and properties that hold for every input.',
    ` * In your editor, \`./${slug}.ts\` is your own solution; \`kata hack\` swaps in the reference and each mutant.`,
    ' */',
    "import { describe, expect } from 'vitest';",
    "import { fc, it } from '#kit/testing';",
    `import { ${names.join(', ')} } from './${slug}.ts';`,
    '',
  ];
  if (cases.length > 0) {
    lines.push(`describe('${main}, examples from the README', () => {`);
    for (const c of cases) lines.push(`  it(${quote(c.title)}, () => {`, ...c.body.map((b) => `    ${b}`), '  });');
    lines.push('});');
  } else {
    lines.push(`describe('${main}', () => {`, `  it('is exported', () => {`, `    expect(${main}).toBeTypeOf('function');`, '  });');
    const example = firstExample(readme);
    lines.push('', '  // Write the README\'s examples as tests, e.g. the first one:');
    for (const row of example) lines.push(`  //   ${row}`);
    const use = exports.functions[0]
      ? [`  //   expect(${main}(/* the example's arguments */)).toEqual(/* the answer the README gives */);`]
      : [`  //   const made = new ${main}(/* … */);`, "  //   expect(made./* a method */(/* … */)).toEqual(/* the answer the README gives */);"];
    lines.push("  // it('…', () => {", ...use, '  // });', '});');
  }
  const left = all.filter((c) => leaveOut.has(c.title));
  if (left.length > 0) {
    lines.push('', '// Left out: the README gives one of several correct answers, and the reference gives another.');
    lines.push('// Test what every correct answer must satisfy instead.');
    for (const c of left) lines.push(`//   ${c.title}`);
  }
  const fn = exports.functions[0];
  lines.push(
    '',
    '// A property: something true of every input, checked on 100 random ones; fast-check shrinks a',
    '// failing input to a small one. Uncomment and complete:',
  );
  if (fn) {
    const args = fn.params.map((p) => p.name).join(', ');
    lines.push(
      `// it.prop([${fn.params.map((p) => arbitraryFor(p.type)).join(', ')}])('…', (${args}) => {`,
      `//   const answer = ${fn.name}(${args});`,
      '//   expect(/* something every correct answer satisfies */).toBe(true);',
      '// });',
    );
  } else {
    lines.push("// it.prop([fc.array(fc.integer())])('…', (values) => {", `//   /* build a ${main}, use it with the values, check what must hold */`, '// });');
  }
  return { source: `${lines.join('\n')}\n`, cases };
}
