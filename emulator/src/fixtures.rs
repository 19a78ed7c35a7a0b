//! The emulator's data: job collections and jobs, embedded from
//! `emulator/fixtures/` so that the library and the binary work from any
//! directory.
//!
//! Fixture files are pretty-printed for people; they are served the way the
//! service writes JSON (compact, `/` escaped as `\/`) by a textual pass
//! ([`service_json`]) that keeps every byte of every string and number (so
//! `2.50` stays `2.50`) and the field order as written.
//!
//! Collections of the demo cloud service ([`DEMO_CLOUD_SERVICE`]), in the
//! order the cloud-service GET lists them:
//!
//! | name | jobs | plan, state | |
//! |---|---|---|---|
//! | `myjc` | 13 fixture files | Standard, Started | every action type and frequency |
//! | `faulty` | 3 fixture files | Free, Stopped | 200 responses a client cannot use |
//! | `big` | [`BIG_COLLECTION_SIZE`] generated | Premium (1000 jobs), Started | paging and `$filter` |
//! | `waiting` | 2 generated | Premium (50 jobs), Started | jobs whose state changes as they are read |
//! | `intl` | 2 fixture files | Free, Started | text that is wider or narrower than its characters: CJK (two columns each) and combining marks (none) in ids, actions and queue names |
//! | `hostile` | 3 fixture files | Free, Started | what a hostile service sends (SPEC §10): control characters, bidi overrides and forged lines in job fields; odd durations, counts and dates |
//!
//! Histories are generated from each job's body: see [`history`].

use std::sync::OnceLock;

use crate::DEMO_CLOUD_SERVICE;

mod generated;

pub use generated::{
    big_state, history, render_changing, HistoryEntry, BIG_COLLECTION_SIZE, COMPLETES_AFTER_3,
    FAULTS_AFTER_3, JOB1_HISTORY, MAX_HISTORY, POSTPONED,
};

/// A job whose state changes after it has been read a number of times
/// (for `job wait`). Reads are counted per emulator, successful GETs of that
/// job only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StateChange {
    /// The GET (1 for the first) from which the job is in state `to`.
    pub from_read: u64,
    /// The final state: `completed` or `faulted`.
    pub to: &'static str,
}

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
    /// `Some` for a job whose state changes as it is read; `source` is then
    /// its body before any read.
    pub changes: Option<StateChange>,
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

    /// The body once the job has been read `reads` times (the same as
    /// [`JobFixture::body`] for jobs that do not change).
    pub fn body_after(&self, reads: u64) -> Vec<u8> {
        match self.changes {
            Some(c) => service_json(&render_changing(self.name, c, reads).to_string()).into_bytes(),
            None => self.body(),
        }
    }
}

/// A collection's settings as the management API shows them (`<Resource>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CollectionSettings {
    /// `IntrinsicSettings/Plan`: `Free`, `Standard` or `Premium`.
    pub plan: &'static str,
    /// `State`: `Started`, `Stopped`, `Paused`, …
    pub state: &'static str,
    /// `ETag` (a GUID).
    pub etag: &'static str,
    /// `Quota/MaxJobCount`.
    pub max_job_count: u32,
    /// `Quota/MaxJobOccurrence` (omitted when `None`, as recorded for a
    /// Standard collection).
    pub max_job_occurrence: Option<u32>,
    /// `Quota/MaxRecurrence`: `Frequency` (`Minute`, `Hour`, …) and `Interval`.
    pub max_recurrence: (&'static str, u32),
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
    /// Plan, state and quota.
    pub settings: CollectionSettings,
}

pub(crate) const JSON: &str = "application/json; charset=utf-8";

macro_rules! job {
    ($coll:literal, $name:literal, $file:literal) => {
        JobFixture {
            name: $name,
            content_type: JSON,
            source: include_str!(concat!("../fixtures/jobs/", $coll, "/", $file, ".json")),
            json: true,
            changes: None,
        }
    };
    ($coll:literal, $name:literal) => {
        JobFixture {
            name: $name,
            content_type: JSON,
            source: include_str!(concat!("../fixtures/jobs/", $coll, "/", $name, ".json")),
            json: true,
            changes: None,
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
        changes: None,
    },
    JobFixture {
        name: "notjson",
        content_type: JSON,
        source: include_str!("../fixtures/jobs/faulty/notjson.txt"),
        json: false,
        changes: None,
    },
    job!("faulty", "wrongshape"),
];

/// Jobs as a hostile or broken service may send them (SPEC §10): `controls`
/// holds escape sequences, bidi overrides and line breaks that forge a
/// `hint:` line in its id, action, state and headers; `odd-values` and
/// `odd-iso` hold durations, counts and dates that no real job has
/// (`00:00:-1`, `PT99999999999H`, 2^64, -1, year 99999).
static HOSTILE: &[JobFixture] = &[
    job!("hostile", "controls"),
    job!("hostile", "odd-values"),
    job!("hostile", "odd-iso"),
];

/// Jobs whose text is not one column per character: `日次レポート` (CJK, two columns each,
/// in its id and URL) and `café-résumé` written with combining accents (`e` + U+0301, no
/// column of their own) in its id and queue name. Files are named in ASCII.
static INTL: &[JobFixture] = &[
    job!("intl", "日次レポート", "cjk"),
    job!("intl", "cafe\u{301}-re\u{301}sume\u{301}", "combining"),
];

/// Quotas as documented in "Plans and Billing in Azure Scheduler"
/// (azure-docs `articles/scheduler/scheduler-plans-billing.md`): Free 5 jobs,
/// at most hourly; Standard 50 jobs, at most every minute; Premium (P10) 50
/// and (P20) 1000 jobs, at most every minute. The classic API's plan names
/// are `Free`, `Standard` and `Premium` (`JobCollectionPlan` in
/// Microsoft.WindowsAzure.Management.Scheduler); `P10Premium`/`P20Premium`
/// are the later ARM SKU names.
const MYJC_SETTINGS: CollectionSettings = CollectionSettings {
    plan: "Standard",
    state: "Started",
    etag: "9134ee7f-ba2b-4298-b3c1-540c4ee2d0cc",
    max_job_count: 50,
    max_job_occurrence: None,
    max_recurrence: ("Minute", 1),
};
const FAULTY_SETTINGS: CollectionSettings = CollectionSettings {
    plan: "Free",
    state: "Stopped",
    etag: "2d7f0c4e-5a1b-4c3d-9e8f-7a6b5c4d3e2f",
    max_job_count: 5,
    max_job_occurrence: Some(10),
    max_recurrence: ("Hour", 1),
};
const BIG_SETTINGS: CollectionSettings = CollectionSettings {
    plan: "Premium",
    state: "Started",
    etag: "c0ffee00-1d2e-4f30-8a41-b52c63d74e85",
    max_job_count: 1000,
    max_job_occurrence: Some(10000),
    max_recurrence: ("Minute", 1),
};
const WAITING_SETTINGS: CollectionSettings = CollectionSettings {
    plan: "Premium",
    state: "Started",
    etag: "7e57ab1e-6c5d-4e4f-a3b2-c1d0e9f8a7b6",
    max_job_count: 50,
    max_job_occurrence: Some(500),
    max_recurrence: ("Minute", 1),
};

const HOSTILE_SETTINGS: CollectionSettings = CollectionSettings {
    plan: "Free",
    state: "Started",
    etag: "0badc0de-0000-4bad-8bad-c0de0badc0de",
    max_job_count: 5,
    max_job_occurrence: Some(10),
    max_recurrence: ("Hour", 1),
};

const INTL_SETTINGS: CollectionSettings = CollectionSettings {
    plan: "Free",
    state: "Started",
    etag: "1a2b3c4d-0000-4e5f-8a9b-0c1d2e3f4a5b",
    max_job_count: 5,
    max_job_occurrence: Some(10),
    max_recurrence: ("Hour", 1),
};

static COLLECTIONS: OnceLock<Vec<CollectionFixture>> = OnceLock::new();

/// Every fixture collection (all belong to the demo subscription), in the
/// order the cloud service lists them.
pub fn collections() -> &'static [CollectionFixture] {
    COLLECTIONS.get_or_init(|| {
        vec![
            CollectionFixture {
                name: "myjc",
                cloud_service: DEMO_CLOUD_SERVICE,
                jobs: MYJC,
                settings: MYJC_SETTINGS,
            },
            CollectionFixture {
                name: "faulty",
                cloud_service: DEMO_CLOUD_SERVICE,
                jobs: FAULTY,
                settings: FAULTY_SETTINGS,
            },
            CollectionFixture {
                name: "big",
                cloud_service: DEMO_CLOUD_SERVICE,
                jobs: generated::big_jobs(),
                settings: BIG_SETTINGS,
            },
            CollectionFixture {
                name: "waiting",
                cloud_service: DEMO_CLOUD_SERVICE,
                jobs: generated::waiting_jobs(),
                settings: WAITING_SETTINGS,
            },
            CollectionFixture {
                name: "intl",
                cloud_service: DEMO_CLOUD_SERVICE,
                jobs: INTL,
                settings: INTL_SETTINGS,
            },
            CollectionFixture {
                name: "hostile",
                cloud_service: DEMO_CLOUD_SERVICE,
                jobs: HOSTILE,
                settings: HOSTILE_SETTINGS,
            },
        ]
    })
}

/// A cloud service of the demo subscription without any job collection, as
/// real subscriptions have them (a web role's, one holding another provider's
/// resource): the list of cloud services shows them beside the scheduler's.
#[derive(Debug)]
pub struct OtherCloudService {
    /// `Name`.
    pub name: &'static str,
    /// `GeoRegion`.
    pub geo_region: &'static str,
    /// `Label` and `Description`.
    pub description: &'static str,
    /// The `<Resource>` elements inside `<Resources>` (none the scheduler's).
    pub resources_xml: &'static str,
}

/// The demo subscription's cloud services besides [`DEMO_CLOUD_SERVICE`], in
/// the order the subscription lists them (after the demo one).
pub const OTHER_CLOUD_SERVICES: &[OtherCloudService] = &[
    OtherCloudService {
        name: "contoso-web",
        geo_region: "North Europe",
        description: "Contoso web site",
        resources_xml: "",
    },
    OtherCloudService {
        name: "contoso-cache",
        geo_region: "West Europe",
        description: "Contoso cache",
        resources_xml: "<Resource><ResourceProviderNamespace>cacheservice</ResourceProviderNamespace><Type>Caching</Type><Name>contosocache</Name><SchemaVersion>1.0</SchemaVersion><ETag>7d2a90c1-3f4e-4b6a-9c1d-2e5f8a7b6c40</ETag><State>Started</State><SubState i:nil=\"true\"/><OperationStatus><Result>Succeeded</Result></OperationStatus></Resource>",
    },
];

/// Another cloud service of the demo subscription, by name (compared
/// case-insensitively).
pub fn other_cloud_service(name: &str) -> Option<&'static OtherCloudService> {
    OTHER_CLOUD_SERVICES
        .iter()
        .find(|c| c.name.eq_ignore_ascii_case(name))
}

/// Whether the demo subscription has this cloud service (names compare
/// case-insensitively, as Azure resource names do).
pub fn has_cloud_service(name: &str) -> bool {
    name.eq_ignore_ascii_case(DEMO_CLOUD_SERVICE) || other_cloud_service(name).is_some()
}

/// The collection `name` in `cloud_service`, compared case-insensitively.
pub fn collection(cloud_service: &str, name: &str) -> Option<&'static CollectionFixture> {
    collections().iter().find(|c| {
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
    fn every_json_body_is_served_like_the_service() {
        let names: Vec<&str> = collections().iter().map(|c| c.name).collect();
        assert_eq!(
            names,
            ["myjc", "faulty", "big", "waiting", "intl", "hostile"]
        );
        for c in collections() {
            assert!(c.jobs.len() <= c.settings.max_job_count as usize);
            for j in c.jobs.iter().filter(|j| j.json) {
                for reads in [0, 1, 5] {
                    let body = String::from_utf8(j.body_after(reads)).unwrap();
                    let v: Value = serde_json::from_str(&body).unwrap();
                    no_nulls(&v, j.name);
                    assert!(!body.replace("\\/", "").contains('/'), "{}", j.name);
                }
            }
        }
        let w = collection(DEMO_CLOUD_SERVICE, "waiting").unwrap();
        assert_eq!(w.jobs.len(), 2);
        assert!(w.jobs.iter().all(|j| j.changes.is_some()));
    }

    #[test]
    fn lookups_are_case_insensitive() {
        let c = collection("cs-westus-scheduler", "MYJC").unwrap();
        assert!(c.job("JOB1").is_some());
        assert!(c.job(GUID_JOB).is_some());
        assert!(collection(DEMO_CLOUD_SERVICE, "nope").is_none());
    }
}
