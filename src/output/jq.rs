//! `--jq EXPR` (SPEC §5): a jq program run over the JSON that `-o json` would print, by jaq
//! (`jaq-core`, `jaq-std`, `jaq-json`), with jq's standard library.
//!
//! Numbers keep the text the service sent wherever the program does not compute them. The
//! input is converted from `serde_json` (built with `arbitrary_precision`, so a number still
//! holds its text) into jaq's values: an integer becomes a jaq integer (machine-sized or big,
//! so that it can index an array and add up exactly) when that prints back as the same text,
//! and every other number becomes jaq's `Num::Dec`, which keeps the decimal text (`0.9122716`,
//! `1.0`, `-0`) until arithmetic needs its value. (An exponent is already spelled `1e+3` by
//! `serde_json` when it reads the response, for `-o json` as well.) Results go back through
//! `serde_json`, so they are escaped and ordered exactly as `-o jsonl` would print them.
//!
//! Limits, all in numbers the program computed: jaq does float arithmetic on decimals
//! (`.x + 1` on `0.1` is `1.1`, on `1e3` is `1001`); a whole float prints as an integer and
//! otherwise in Rust's shortest round-trip form (`1e100`, where jq 1.7 prints `1e+100`); NaN
//! prints as `null` and infinities as ±`1.7976931348623157e+308`, like jq 1.7; `tostring` of a
//! computed whole float is jaq's `1001.0`, where jq says `1001`.
//!
//! Not available (jaq leaves them to its command-line program, or lacks them): `input`,
//! `inputs`, `input_filename`, `input_line_number`, `$ENV` (`env` works), `$__loc__`,
//! `tostream`, `fromstream`, `truncate_stream`, `@base32`, `@base32d`, `builtins`,
//! `have_decnum`, `have_literal_numbers`; such a name is a compile error ("undefined filter").
//! `debug` and `stderr` write nothing. `halt` ends the output; `halt_error` with a non-zero
//! code is an error.

use std::fmt::Write as _;

use jaq_core::load::{lex, Arena, File, Loader};
use jaq_core::{compile, data, Ctx, Vars};
use jaq_json::{Num, Val};
use serde_json::{Map, Number, Value};

use crate::text::safe_json;

type Data = data::JustLut<Val>;

/// jq 1.7 definitions that jaq's libraries lack: `@tsv` and `@csv` (jaq 3 moved them into
/// `jaq-fmts`, with YAML, TOML, XML and CBOR behind the same feature), `IN`, `INDEX` and
/// `leaf_paths` (as in jq's `builtin.jq`). Strings are escaped as jq does; numbers go through
/// `tostring`, so they keep their text too.
const JQ_DEFS: &str = r#"
def IN(s): any(s == .; .);
def IN(src; s): any(src == s; .);
def INDEX(stream; idx_expr): reduce stream as $row ({}; .[$row | idx_expr | tostring] |= $row);
def INDEX(idx_expr): INDEX(.[]; idx_expr);
def leaf_paths: paths(scalars);
def @tsv:
  if type != "array" then error("\(tojson) cannot be tsv-formatted, only an array can be") end
  | map(if type == "string" then
          split("\\") | join("\\\\") | split("\t") | join("\\t")
          | split("\n") | join("\\n") | split("\r") | join("\\r")
        elif type == "array" or type == "object" then
          error("\(type) (\(tojson)) is not valid in a csv row")
        elif . == null then ""
        else tostring end)
  | join("\t");
def @csv:
  if type != "array" then error("\(tojson) cannot be csv-formatted, only an array can be") end
  | map(if type == "string" then "\"" + (split("\"") | join("\"\"")) + "\""
        elif type == "array" or type == "object" then
          error("\(type) (\(tojson)) is not valid in a csv row")
        elif . == null then ""
        else tostring end)
  | join(",");
"#;

/// A compiled jq program.
pub struct Program {
    filter: jaq_core::Filter<Data>,
}

impl Program {
    /// Compiles `expr`; the error is jaq's message with its line and column in `expr`
    /// (`expected term, found ')' at line 1, column 4`). It quotes the program, so a caller
    /// that shows it to a person escapes it first.
    pub fn compile(expr: &str) -> Result<Program, String> {
        // JQ_DEFS is a constant that the tests below compile; it cannot fail at run time.
        let extra = jaq_core::load::parse(JQ_DEFS, |p| p.defs()).unwrap_or_default();
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs())
            .chain(extra);
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let program = File {
            code: expr,
            path: (),
        };
        let modules = Loader::new(defs)
            .load(&arena, program)
            .map_err(|errors| load_errors(expr, errors))?;
        let filter = jaq_core::Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errors| compile_errors(expr, errors))?;
        Ok(Program { filter })
    }

    /// Runs the program over `input` and returns the whole text for stdout: each result on a
    /// line of its own, a string raw (like `jq -r`), anything else as compact JSON.
    ///
    /// Raw strings are written exactly as the program produced them, control characters
    /// included (a script reads them as data): a caller that writes to a terminal must
    /// escape them itself. A runtime error (`.a.b` on a string, `error("x")`) is jaq's
    /// message; the results before it are dropped, so that nothing half-done reaches stdout.
    pub fn run(&self, input: &Value) -> Result<String, String> {
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        let mut out = String::new();
        for result in self.filter.id.run((ctx, from_json(input))) {
            let value = match result {
                Ok(value) => value,
                Err(exn) => match exn.get_err() {
                    Ok(error) => return Err(error_message(error)),
                    Err(exn) => match exn.get_halt() {
                        Ok(0) => break,
                        Ok(code) => return Err(format!("halted with exit code {code}")),
                        // Other exceptions are jaq's own control flow and never escape a run.
                        Err(_) => return Err("internal jq control flow escaped".to_string()),
                    },
                },
            };
            match &value {
                Val::TStr(s) | Val::BStr(s) => out.push_str(&String::from_utf8_lossy(s)),
                // Escaped as `-o json` and `-o jsonl` are (`text::safe_json`): the same JSON.
                other => out.push_str(&safe_json(to_json(other)?.to_string())),
            }
            out.push('\n');
        }
        Ok(out)
    }
}

/// A `serde_json` value as a jaq value, numbers keeping their text (see the module doc).
fn from_json(value: &Value) -> Val {
    match value {
        Value::Null => Val::Null,
        Value::Bool(b) => Val::Bool(*b),
        Value::Number(n) => Val::Num(from_number(n)),
        Value::String(s) => Val::utf8_str(s.clone().into_bytes()),
        Value::Array(items) => items.iter().map(from_json).collect(),
        Value::Object(map) => Val::obj(
            map.iter()
                .map(|(k, v)| (Val::utf8_str(k.clone().into_bytes()), from_json(v)))
                .collect(),
        ),
    }
}

fn from_number(n: &Number) -> Num {
    let text = n.as_str();
    let integral = !text.contains(['.', 'e', 'E']);
    if integral {
        if let Some(int) = Num::from_str_radix(text, 10) {
            // Only `-0` prints back differently (as `0`); it stays a decimal.
            if int.to_string() == text {
                return int;
            }
        }
    }
    Num::Dec(text.to_string().into())
}

/// A jaq value as JSON; an object with a key that is not a string has no JSON form.
fn to_json(value: &Val) -> Result<Value, String> {
    Ok(match value {
        Val::Null => Value::Null,
        Val::Bool(b) => Value::Bool(*b),
        Val::Num(n) => to_number(n),
        Val::TStr(s) | Val::BStr(s) => Value::String(String::from_utf8_lossy(s).into_owned()),
        Val::Arr(items) => Value::Array(items.iter().map(to_json).collect::<Result<_, _>>()?),
        Val::Obj(map) => {
            let mut object = Map::with_capacity(map.len());
            for (k, v) in map.iter() {
                let key = match k {
                    Val::TStr(s) | Val::BStr(s) => String::from_utf8_lossy(s).into_owned(),
                    other => return Err(format!("object key {other} is not a string")),
                };
                object.insert(key, to_json(v)?);
            }
            Value::Object(object)
        }
    })
}

fn to_number(n: &Num) -> Value {
    let text = match n {
        Num::Float(x) => return float(*x),
        // Integers, and decimals still as sent (or negated, or read by `tonumber`).
        other => other.to_string(),
    };
    match serde_json::from_str::<Number>(&text) {
        Ok(number) => Value::Number(number),
        // A decimal jaq built that is not JSON: its value instead.
        Err(_) => float(text.parse().unwrap_or(f64::NAN)),
    }
}

/// A computed float as jq 1.7 prints it: NaN is null, infinities the largest finite double.
fn float(x: f64) -> Value {
    if x.is_nan() {
        return Value::Null;
    }
    let x = x.clamp(f64::MIN, f64::MAX);
    // Whole numbers below 2^53 print as integers, like jq (`4 / 2` is `2`, not `2.0`).
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        return Value::Number(Number::from(x as i64));
    }
    Number::from_f64(x).map_or(Value::Null, Value::Number)
}

/// jq's wording for an error value: a string as it is, anything else marked as not one.
fn error_message(error: jaq_core::Error<Val>) -> String {
    match error.into_val() {
        Val::TStr(s) | Val::BStr(s) => String::from_utf8_lossy(&s).into_owned(),
        other => format!("{other} (not a string)"),
    }
}

/// `line L, column C` of `part`, a slice of `code` (columns in characters, from 1).
fn position(code: &str, part: &str) -> String {
    let (base, at) = (code.as_ptr() as usize, part.as_ptr() as usize);
    if at < base || at > base + code.len() {
        // Not in the program: in the definitions this module adds.
        return "schedctl's own jq definitions".to_string();
    }
    let start = at - base;
    let before = &code[..start];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    format!("line {line}, column {column}")
}

/// How an error names what it found: one token, one character, or the end.
fn found(text: &str, whole_token: bool) -> String {
    match text.chars().next() {
        None => "end of program".to_string(),
        Some(c) if !whole_token => format!("'{c}'"),
        Some(_) => format!("'{text}'"),
    }
}

fn load_errors(code: &str, errors: jaq_core::load::Errors<&str, ()>) -> String {
    let mut messages = Vec::new();
    for (_file, error) in errors {
        match error {
            jaq_core::load::Error::Io(errs) => {
                messages.extend(errs.into_iter().map(|(path, why)| format!("{path}: {why}")));
            }
            jaq_core::load::Error::Lex(errs) => {
                for (expect, rest) in errs {
                    if let lex::Expect::Token = expect {
                        let at = position(code, rest);
                        messages.push(format!("unexpected {} at {at}", found(rest, false)));
                        continue;
                    }
                    messages.push(format!(
                        "expected {}, found {} at {}",
                        lex_expect(&expect),
                        found(rest, false),
                        position(code, rest)
                    ));
                }
            }
            jaq_core::load::Error::Parse(errs) => {
                for (expect, token) in errs {
                    messages.push(format!(
                        "expected {}, found {} at {}",
                        expect.as_str(),
                        found(token, true),
                        position(code, token)
                    ));
                }
            }
        }
    }
    messages.join("; ")
}

fn lex_expect(expect: &lex::Expect<&str>) -> &'static str {
    match expect {
        // `as_str` panics on a delimiter it does not name; the lexer only opens these.
        lex::Expect::Delim(d) if !matches!(*d, "(" | "[" | "{" | "\"") => "closing delimiter",
        other => other.as_str(),
    }
}

fn compile_errors(code: &str, errors: compile::Errors<&str, ()>) -> String {
    let mut messages = Vec::new();
    for (_file, errs) in errors {
        for (name, undefined) in errs {
            let mut message = format!("undefined {} {name}", undefined.as_str());
            if let compile::Undefined::Filter(arity) = undefined {
                let _ = write!(message, "/{arity}");
            }
            let _ = write!(message, " at {}", position(code, name));
            messages.push(message);
        }
    }
    messages.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    fn run(expr: &str, input: &str) -> Result<String, String> {
        Program::compile(expr).unwrap().run(&json(input))
    }

    const JOB: &str = r#"{"id":"job1","startTime":"2015-03-31T09:40:39.9122716Z",
        "status":{"executionCount":12345678901234567890,"failureCount":0,
                  "ratio":0.9122716,"one":1.0,"thousand":1e3,"neg":-0},
        "zeta":1,"alpha":2,"mid":3}"#;

    #[test]
    fn numbers_that_are_only_passed_through_keep_their_text() {
        assert_eq!(
            run(".status.executionCount", JOB).unwrap(),
            "12345678901234567890\n"
        );
        assert_eq!(run(".status.ratio", JOB).unwrap(), "0.9122716\n");
        assert_eq!(run(".status.one", JOB).unwrap(), "1.0\n");
        // serde_json already spells an exponent as `e+3` when it reads the response, so
        // `-o json` prints `1e+3` too: --jq keeps what `-o json` would print.
        assert_eq!(run(".status.thousand", JOB).unwrap(), "1e+3\n");
        assert_eq!(run(".status.neg", JOB).unwrap(), "-0\n");
        // `.` prints exactly what `-o jsonl` would.
        assert_eq!(
            run(".", JOB).unwrap(),
            format!("{}\n", serde_json::to_string(&json(JOB)).unwrap())
        );
        assert_eq!(
            run(".status", JOB).unwrap(),
            "{\"executionCount\":12345678901234567890,\"failureCount\":0,\"ratio\":0.9122716,\
             \"one\":1.0,\"thousand\":1e+3,\"neg\":-0}\n"
        );
        assert_eq!(
            run("[.status.ratio, .status.one]", JOB).unwrap(),
            "[0.9122716,1.0]\n"
        );
        assert_eq!(
            run("{a: .status.thousand, b: .status.executionCount}", JOB).unwrap(),
            "{\"a\":1e+3,\"b\":12345678901234567890}\n"
        );
        assert_eq!(
            run(".[0].x", r#"[{"x":0.1000000}]"#).unwrap(),
            "0.1000000\n"
        );
        assert_eq!(
            run(".", r#"[1.0,-0.0,2.50E+10,123456789012345678901234567890]"#).unwrap(),
            "[1.0,-0.0,2.50e+10,123456789012345678901234567890]\n"
        );
        // Sorting and comparing read the value, and still print the text.
        assert_eq!(
            run("sort", "[1e3, 0.9122716, 2]").unwrap(),
            "[0.9122716,2,1e+3]\n"
        );
        assert_eq!(run("tostring", "0.9122716").unwrap(), "0.9122716\n");
    }

    #[test]
    fn computed_numbers_print_like_jq() {
        assert_eq!(
            run(".status.executionCount + 1", JOB).unwrap(),
            "12345678901234567891\n"
        );
        assert_eq!(run(".status.thousand + 1", JOB).unwrap(), "1001\n");
        assert_eq!(run(".status.ratio * 2", JOB).unwrap(), "1.8245432\n");
        assert_eq!(
            run("4 / 2, 1 / 3, .+.", "0.1").unwrap(),
            "2\n0.3333333333333333\n0.2\n"
        );
        assert_eq!(
            run("nan, infinite, -infinite", "null").unwrap(),
            "null\n1.7976931348623157e+308\n-1.7976931348623157e+308\n"
        );
        // Integers index arrays.
        assert_eq!(run(".a[.i]", r#"{"a":[10,20],"i":1}"#).unwrap(), "20\n");
        assert_eq!(run("length", "[1,2,3]").unwrap(), "3\n");
    }

    #[test]
    fn objects_keep_their_key_order() {
        assert_eq!(
            run("{zeta, alpha, mid}", JOB).unwrap(),
            "{\"zeta\":1,\"alpha\":2,\"mid\":3}\n"
        );
        assert_eq!(
            run("keys_unsorted, (to_entries | map(.key) | .[-3:])", JOB).unwrap(),
            "[\"id\",\"startTime\",\"status\",\"zeta\",\"alpha\",\"mid\"]\n[\"zeta\",\"alpha\",\"mid\"]\n"
        );
        // `keys` sorts, as in jq.
        assert_eq!(run("keys", r#"{"b":1,"a":2}"#).unwrap(), "[\"a\",\"b\"]\n");
    }

    #[test]
    fn strings_are_raw_and_nested_strings_are_json() {
        let input = r#"{"s":"日本 ü\u0301 \u001b[31mred\ttab\nline \"q\" \\"}"#;
        // Raw: the caller escapes for a terminal.
        assert_eq!(
            run(".s", input).unwrap(),
            "日本 ü\u{301} \u{1b}[31mred\ttab\nline \"q\" \\\n"
        );
        assert_eq!(
            run("[.s]", input).unwrap(),
            "[\"日本 ü\u{301} \\u001b[31mred\\ttab\\nline \\\"q\\\" \\\\\"]\n"
        );
        assert_eq!(run(".id", JOB).unwrap(), "job1\n");
        assert_eq!(
            run(r#"[.id, .status.failureCount] | @tsv"#, JOB).unwrap(),
            "job1\t0\n"
        );
        assert_eq!(
            run(r#""\(.id): \(.status.ratio)""#, JOB).unwrap(),
            "job1: 0.9122716\n"
        );
    }

    #[test]
    fn tsv_and_csv_escape_like_jq() {
        assert!(jaq_core::load::parse(JQ_DEFS, |p| p.defs()).is_some());
        let row = r#"["a\tb\nc\rd\\e", 0.9122716, 12345678901234567890, true, null, "q\"q"]"#;
        assert_eq!(
            run("@tsv", row).unwrap(),
            "a\\tb\\nc\\rd\\\\e\t0.9122716\t12345678901234567890\ttrue\t\tq\"q\n"
        );
        assert_eq!(
            run("@csv", row).unwrap(),
            "\"a\tb\nc\rd\\e\",0.9122716,12345678901234567890,true,,\"q\"\"q\"\n"
        );
        assert_eq!(
            run("@tsv", r#"[[1]]"#).unwrap_err(),
            "array ([1]) is not valid in a csv row"
        );
        assert_eq!(
            run("@csv", r#"{"a":1}"#).unwrap_err(),
            "{\"a\":1} cannot be csv-formatted, only an array can be"
        );
        assert_eq!(run(r#"@tsv "\([.])!""#, r#""a\tb""#).unwrap(), "a\\tb!\n");
    }

    #[test]
    fn jq_definitions_that_jaq_lacks_are_there() {
        let list = r#"[{"id":"a","n":1},{"id":"b","n":2}]"#;
        assert_eq!(
            run("INDEX(.id) | keys_unsorted", list).unwrap(),
            "[\"a\",\"b\"]\n"
        );
        assert_eq!(
            run(r#".[] | select(.id | IN("b", "c")) | .n"#, list).unwrap(),
            "2\n"
        );
        assert_eq!(run("IN(.[].n; 2, 3)", list).unwrap(), "true\n");
        assert_eq!(
            run("[leaf_paths]", r#"{"a":{"b":1},"c":[true]}"#).unwrap(),
            "[[\"a\",\"b\"],[\"c\",0]]\n"
        );
        // The jq 1.7 standard library that jaq has, for the record.
        let expr = r#"[(.[0] | to_entries | from_entries | with_entries(.) | keys | length),
            (map(.id) | join(",") | test("a,b") and (ascii_upcase | startswith("A"))),
            (.[0].id | sub("a"; "x") | gsub("x"; "yy") | ltrimstr("y")),
            ([limit(1; .[])] | length), (first(.[]) | .id), (sort_by(-.n) | .[0].id),
            (group_by(.n) | length), (map(.n) | add), ("2015-03-31T09:40:39Z" | fromdate),
            (1427794839 | todate), ([paths] | length), (.[0] | pick(.id)), (-1 | abs),
            (" x " | trim), ("a,b" | [splits(",")] | length), (.[0] | tojson | fromjson | .n),
            ("x" | @base64 | @base64d), ([.[] | .id] | @sh), ("a b" | @uri),
            (getpath([0, "id"])), (del(.[0]) | length), (walk(.) | length)]"#;
        assert_eq!(
            run(expr, list).unwrap(),
            "[2,true,\"y\",1,\"a\",\"b\",2,3,1427794839,\"2015-03-31T09:40:39Z\",6,\
             {\"id\":\"a\"},1,\"x\",2,1,\"x\",\"'a' 'b'\",\"a%20b\",\"a\",1,2]\n"
        );
    }

    #[test]
    fn every_result_is_a_line_and_empty_prints_nothing() {
        let list = r#"[{"id":"a","state":"Enabled"},{"id":"b","state":"Faulted"}]"#;
        assert_eq!(run(".[] | .id", list).unwrap(), "a\nb\n");
        assert_eq!(
            run(r#".[] | select(.state == "Faulted") | .id"#, list).unwrap(),
            "b\n"
        );
        assert_eq!(run("map(.id)", list).unwrap(), "[\"a\",\"b\"]\n");
        assert_eq!(run("empty", list).unwrap(), "");
        assert_eq!(run(".[] | select(.id == \"z\")", list).unwrap(), "");
        assert_eq!(
            run("null, true, 1, \"x\"", "null").unwrap(),
            "null\ntrue\n1\nx\n"
        );
        assert_eq!(
            run(r#".[] | select(.id | test("^[ab]$")) | .state"#, list).unwrap(),
            "Enabled\nFaulted\n"
        );
    }

    #[test]
    fn a_program_that_does_not_compile_says_where() {
        let error = |expr| Program::compile(expr).err().unwrap();
        assert_eq!(error(".a | )"), "unexpected ')' at line 1, column 6");
        assert_eq!(
            error(".a |"),
            "expected term, found end of program at line 1, column 5"
        );
        assert_eq!(
            error(". as"),
            "expected pattern, found end of program at line 1, column 5"
        );
        assert_eq!(
            error(".[0"),
            "expected closing bracket, found end of program at line 1, column 4"
        );
        assert_eq!(
            error("map(.a"),
            "expected closing parenthesis, found end of program at line 1, column 7"
        );
        assert_eq!(
            error("if . then 1"),
            "expected else or end, found end of program at line 1, column 12"
        );
        assert_eq!(
            error("nosuch(1)"),
            "undefined filter nosuch/1 at line 1, column 1"
        );
        assert_eq!(
            error(".a |\n $x"),
            "undefined variable $x at line 2, column 2"
        );
        assert_eq!(
            error("input"),
            "undefined filter input/0 at line 1, column 1"
        );
        assert_eq!(
            error("\"\\q\""),
            "expected string escape sequence, found 'q' at line 1, column 3"
        );
    }

    #[test]
    fn a_failing_program_is_an_error_with_jaqs_message() {
        assert_eq!(
            run(".id.b", JOB).unwrap_err(),
            "cannot index \"job1\" with \"b\""
        );
        assert_eq!(run(r#"error("x")"#, "null").unwrap_err(), "x");
        assert_eq!(
            run(r#"error({a: 1})"#, "null").unwrap_err(),
            "{\"a\":1} (not a string)"
        );
        // Results before the error do not reach stdout.
        assert_eq!(run(r#"1, error("late")"#, "null").unwrap_err(), "late");
        assert_eq!(
            run("halt_error(1)", "null").unwrap_err(),
            "halted with exit code 1"
        );
        assert_eq!(run("1, halt, 2", "null").unwrap(), "1\n");
        assert_eq!(
            run("{(1): 2}", "null").unwrap_err(),
            "object key 1 is not a string"
        );
    }
}
