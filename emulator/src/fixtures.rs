//! The emulator's data: job collections and jobs, embedded from
//! `emulator/fixtures/` so that the library and the binary work from any
//! directory.
//!
//! Fixture files are pretty-printed for people; they are served the way the
//! service writes JSON (compact, `/` escaped as `\/`) by a textual pass
//! ([`service_json`]) that keeps every byte of every string and number (so
//! `2.50` stays `2.50`) and the field order as written.

use crate::DEMO_CLOUD_SERVICE;

/// What a job's GET returns with status 200.
#[derive(Clone, Copy, Debug)]
pub struct JobFixture {
    /// The job's name in the URL (matches the fixture's `id`).
    pub name: &'static str,
    /// The `Content-Type` of the 200 response.
    pub content_type: &'static str,
    /// The fixture file as written.
    pub source: &'static str,
    /// Whether `source` is JSON to be compacted and escaped like the service's
    /// output; otherwise it is served byte for byte.
    pub json: bool,
}

impl JobFixture {
    /// The response body as the service would send it.
    pub fn body(&self) -> Vec<u8> {
        if self.json {
            service_json(self.source).into_bytes()
        } else {
            self.source.as_bytes().to_vec()
        }
    }
}

/// A job collection and its jobs.
#[derive(Clone, Copy, Debug)]
pub struct CollectionFixture {
    /// The collection's name.
    pub name: &'static str,
    /// The cloud service it lives in.
    pub cloud_service: &'static str,
    /// Its jobs, in the order the service lists them.
    pub jobs: &'static [JobFixture],
}

const JSON: &str = "application/json; charset=utf-8";

macro_rules! job {
    ($coll:literal, $name:literal) => {
        JobFixture {
            name: $name,
            content_type: JSON,
            source: include_str!(concat!("../fixtures/jobs/", $coll, "/", $name, ".json")),
            json: true,
        }
    };
}

/// The GUID-named one-shot job of `myjc` (its URL name is the GUID).
pub const GUID_JOB: &str = "5c2a3e0d-9b1f-4f6e-8a47-3d2c1b0a9f8e";

static MYJC: &[JobFixture] = &[
    job!("myjc", "job1"),
    job!("myjc", "queue-weekly"),
    job!("myjc", "sbqueue-monthly"),
    job!("myjc", "sbtopic-daily"),
    job!("myjc", "http-post-basic"),
    job!("myjc", "aad-yearly"),
    job!("myjc", "heartbeat"),
    job!("myjc", "hourly-rollup"),
    job!("myjc", "paused"),
    job!("myjc", "never-run"),
    job!("myjc", "5c2a3e0d-9b1f-4f6e-8a47-3d2c1b0a9f8e"),
    job!("myjc", "broken-hook"),
    job!("myjc", "future-field"),
];

/// Jobs whose 200 response is not what a client expects (exit 8 tests).
static FAULTY: &[JobFixture] = &[
    JobFixture {
        name: "htmlpage",
        content_type: "text/html",
        source: include_str!("../fixtures/jobs/faulty/htmlpage.html"),
        json: false,
    },
    JobFixture {
        name: "notjson",
        content_type: JSON,
        source: include_str!("../fixtures/jobs/faulty/notjson.txt"),
        json: false,
    },
    job!("faulty", "wrongshape"),
];

static COLLECTIONS: &[CollectionFixture] = &[
    CollectionFixture {
        name: "myjc",
        cloud_service: DEMO_CLOUD_SERVICE,
        jobs: MYJC,
    },
    CollectionFixture {
        name: "faulty",
        cloud_service: DEMO_CLOUD_SERVICE,
        jobs: FAULTY,
    },
];

/// Every fixture collection (all belong to the demo subscription).
pub fn collections() -> &'static [CollectionFixture] {
    COLLECTIONS
}

/// Whether the demo subscription has this cloud service (names compare
/// case-insensitively, as Azure resource names do).
pub fn has_cloud_service(name: &str) -> bool {
    name.eq_ignore_ascii_case(DEMO_CLOUD_SERVICE)
}

/// The collection `name` in `cloud_service`, compared case-insensitively.
pub fn collection(cloud_service: &str, name: &str) -> Option<&'static CollectionFixture> {
    COLLECTIONS.iter().find(|c| {
        c.cloud_service.eq_ignore_ascii_case(cloud_service) && c.name.eq_ignore_ascii_case(name)
    })
}

impl CollectionFixture {
    /// The job `name`, compared case-insensitively.
    pub fn job(&self, name: &str) -> Option<&'static JobFixture> {
        self.jobs.iter().find(|j| j.name.eq_ignore_ascii_case(name))
    }
}

/// Compacts JSON text and escapes `/` as `\/` inside strings, like the
/// service's serializer, without parsing numbers (they stay byte-exact).
/// Escapes already present (`\"`, `\/`, `\u00e9`) are kept as written.
pub fn service_json(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut in_string = false;
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    out.push('\\');
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                }
                '"' => {
                    in_string = false;
                    out.push('"');
                }
                '/' => out.push_str("\\/"),
                _ => out.push(c),
            }
        } else {
            match c {
                '"' => {
                    in_string = true;
                    out.push('"');
                }
                ' ' | '\t' | '\n' | '\r' => {}
                _ => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn no_nulls(v: &Value, path: &str) {
        match v {
            Value::Null => panic!("null at {path}"),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, x)| no_nulls(x, &format!("{path}[{i}]"))),
            Value::Object(o) => o
                .iter()
                .for_each(|(k, x)| no_nulls(x, &format!("{path}.{k}"))),
            _ => {}
        }
    }

    #[test]
    fn myjc_fixtures_are_job_objects_named_after_their_file() {
        let c = collection(DEMO_CLOUD_SERVICE, "myjc").unwrap();
        for j in c.jobs {
            let body = String::from_utf8(j.body()).unwrap();
            let v: Value =
                serde_json::from_str(&body).unwrap_or_else(|e| panic!("{}: {e}", j.name));
            let o = v
                .as_object()
                .unwrap_or_else(|| panic!("{} not an object", j.name));
            assert_eq!(o["id"].as_str(), Some(j.name), "{}", j.name);
            no_nulls(&v, j.name);
            assert!(!body.contains(|c: char| c.is_whitespace() && c != ' '));
            // every '/' escaped
            assert!(!body.replace("\\/", "").contains('/'), "{}", j.name);
            let state = o["state"].as_str().unwrap();
            assert!(["enabled", "disabled", "faulted", "completed"].contains(&state));
            assert_eq!(o.contains_key("status"), state != "disabled", "{}", j.name);
        }
    }

    #[test]
    fn coverage_of_action_types_and_frequencies() {
        let c = collection(DEMO_CLOUD_SERVICE, "myjc").unwrap();
        let vals: Vec<Value> = c
            .jobs
            .iter()
            .map(|j| serde_json::from_slice(&j.body()).unwrap())
            .collect();
        for t in [
            "http",
            "https",
            "storageQueue",
            "serviceBusQueue",
            "serviceBusTopic",
        ] {
            assert!(vals.iter().any(|v| v["action"]["type"] == t), "{t}");
        }
        for f in ["minute", "hour", "day", "week", "month", "year"] {
            assert!(
                vals.iter().any(|v| v["recurrence"]["frequency"] == f),
                "{f}"
            );
        }
        for a in ["ClientCertificate", "Basic", "ActiveDirectoryOAuth"] {
            assert!(
                vals.iter()
                    .any(|v| v["action"]["request"]["authentication"]["type"] == a),
                "{a}"
            );
        }
        assert!(vals.iter().any(|v| v.get("recurrence").is_none()));
    }

    #[test]
    fn compaction_is_textual() {
        let job = collection(DEMO_CLOUD_SERVICE, "myjc")
            .unwrap()
            .job("future-field")
            .unwrap();
        let body = String::from_utf8(job.body()).unwrap();
        assert!(
            body.contains(r#""futureField":{"nested":[1,2.50,"x"]},"recurrence""#),
            "{body}"
        );
        assert_eq!(
            service_json(r#"{ "a" : "x/y \"q\" \/ \\", "b": [ 1 , -2.50e3 ] }"#),
            r#"{"a":"x\/y \"q\" \/ \\","b":[1,-2.50e3]}"#
        );
    }

    #[test]
    fn lookups_are_case_insensitive() {
        let c = collection("cs-westus-scheduler", "MYJC").unwrap();
        assert!(c.job("JOB1").is_some());
        assert!(c.job(GUID_JOB).is_some());
        assert!(collection(DEMO_CLOUD_SERVICE, "nope").is_none());
    }
}
