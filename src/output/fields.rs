//! `--field` output: the values of the given paths in one resource, as one tab-separated line.

use serde_json::Value;

use crate::error::Result;
use crate::model::field::FieldPath;
use crate::model::schema::Schema;

/// Each path's value in `raw`, as the schema resolves it, joined by tabs.
pub fn render_line(paths: &[FieldPath], raw: &Value, schema: &Schema) -> Result<String> {
    let cells: Vec<String> = paths
        .iter()
        .map(|path| schema.value(path, raw))
        .collect::<Result<_>>()?;
    Ok(cells.join("\t"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::schema::JOB;
    use serde_json::json;

    fn p(text: &str) -> FieldPath {
        FieldPath::parse(text).unwrap()
    }

    #[test]
    fn render_line_handles_known_absent_present_unknown_and_suggests() {
        let job = json!({"id": "j", "state": "enabled", "futureField": 1});
        let paths = [p("state"), p("status.lastExecutionTime"), p("futureField")];
        assert_eq!(render_line(&paths, &job, &JOB).unwrap(), "enabled\t\t1");
        let e = render_line(&[p("stat")], &job, &JOB).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert_eq!(e.message, "unknown field path 'stat' for a job");
        assert_eq!(e.hints, vec!["did you mean 'state'?".to_string()]);
        let e = render_line(&[p("status.executionCont")], &job, &JOB).unwrap_err();
        assert_eq!(
            e.hints,
            vec!["did you mean 'status.executionCount'?".to_string()]
        );
        let e = render_line(&[p("zzzzzzzz")], &job, &JOB).unwrap_err();
        assert!(e.hints.is_empty());
    }
}
