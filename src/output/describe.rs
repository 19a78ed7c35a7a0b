//! Jobs in words, for tables: the action, the recurrence, the retry policy and times.

use std::time::{Duration, SystemTime};

use serde_json::Number;

use crate::model::{Action, MonthlyOccurrence, Recurrence, RetryPolicy, Schedule};

/// An action in one line: `GET https://…`, `storage queue acct/queue`, ….
pub fn action(action: &Action) -> String {
    let kind = action.kind.as_deref().unwrap_or("");
    let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "?".to_string());
    match kind.to_ascii_lowercase().as_str() {
        "http" | "https" => {
            let request = action.request.as_ref();
            let method = request
                .and_then(|r| r.method.as_deref())
                .unwrap_or("GET")
                .to_ascii_uppercase();
            let uri = request
                .and_then(|r| r.uri.clone())
                .unwrap_or_else(|| "?".into());
            let auth = request
                .and_then(|r| r.authentication.as_ref())
                .and_then(|a| a.kind.as_deref())
                .map(|kind| match kind.to_ascii_lowercase().as_str() {
                    "clientcertificate" => " (client certificate)".to_string(),
                    "basic" => " (basic auth)".to_string(),
                    "activedirectoryoauth" => " (Azure AD OAuth)".to_string(),
                    other => format!(" ({other} auth)"),
                })
                .unwrap_or_default();
            format!("{method} {uri}{auth}")
        }
        "storagequeue" => {
            let q = action.queue_message.as_ref();
            format!(
                "storage queue {}/{}",
                q.map(|q| or_dash(&q.storage_account))
                    .unwrap_or_else(|| "?".into()),
                q.map(|q| or_dash(&q.queue_name))
                    .unwrap_or_else(|| "?".into())
            )
        }
        "servicebusqueue" => {
            let m = action.service_bus_queue_message.as_ref();
            format!(
                "service bus queue {}/{}",
                m.map(|m| or_dash(&m.namespace))
                    .unwrap_or_else(|| "?".into()),
                m.map(|m| or_dash(&m.queue_name))
                    .unwrap_or_else(|| "?".into())
            )
        }
        "servicebustopic" => {
            let m = action.service_bus_topic_message.as_ref();
            format!(
                "service bus topic {}/{}",
                m.map(|m| or_dash(&m.namespace))
                    .unwrap_or_else(|| "?".into()),
                m.map(|m| or_dash(&m.topic_path))
                    .unwrap_or_else(|| "?".into())
            )
        }
        "" => "-".to_string(),
        _ => kind.to_string(),
    }
}

/// A retry policy in words: `none`, `fixed, every 1 minute, 4 times`.
pub fn retry_policy(policy: Option<&RetryPolicy>) -> String {
    let Some(policy) = policy else {
        return "-".to_string();
    };
    let kind = policy.retry_type.as_deref().unwrap_or("fixed");
    if kind.eq_ignore_ascii_case("none") {
        return "none".to_string();
    }
    let mut out = kind.to_ascii_lowercase();
    if let Some(interval) = &policy.retry_interval {
        match parse_interval(interval) {
            Some(d) => out.push_str(&format!(", every {}", duration_words(d))),
            None => out.push_str(&format!(", every {interval}")),
        }
    }
    if let Some(count) = &policy.retry_count {
        out.push_str(&format!(", {}", times(count)));
    }
    out
}

/// Parses a .NET TimeSpan (`[d.]hh:mm:ss[.fff]`) or an ISO-8601 duration (`PT1M`, `P1DT2H`).
/// Anything else, negative or too long for a `Duration` is `None`, for the caller to show as
/// sent: the value comes from the service and must never panic (SPEC §7).
pub fn parse_interval(text: &str) -> Option<Duration> {
    let text = text.trim();
    if let Some(iso) = text.strip_prefix('P').or_else(|| text.strip_prefix('p')) {
        let mut total = Duration::ZERO;
        let mut number = String::new();
        let mut in_time = false;
        for c in iso.chars() {
            match c.to_ascii_uppercase() {
                'T' => in_time = true,
                d if d.is_ascii_digit() || d == '.' => number.push(d),
                unit => {
                    let n: f64 = number.parse().ok()?;
                    number.clear();
                    let size = match (unit, in_time) {
                        ('W', false) => 604_800.0,
                        ('D', false) => 86_400.0,
                        ('H', true) => 3_600.0,
                        ('M', true) => 60.0,
                        ('S', true) => 1.0,
                        _ => return None,
                    };
                    total = total.checked_add(Duration::try_from_secs_f64(n * size).ok()?)?;
                }
            }
        }
        return number.is_empty().then_some(total);
    }
    let (days, clock) = match text.split_once('.') {
        Some((d, rest)) if rest.contains(':') && !d.contains(':') => (d.parse::<u64>().ok()?, rest),
        _ => (0, text),
    };
    let parts: Vec<&str> = clock.split(':').collect();
    let [h, m, s] = parts.as_slice() else {
        return None;
    };
    // Only digits and one '.': f64 would also take "-1", "inf" and "NaN".
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let seconds = Duration::try_from_secs_f64(s.parse().ok()?).ok()?;
    let whole = days
        .checked_mul(86_400)?
        .checked_add(h.parse::<u64>().ok()?.checked_mul(3_600)?)?
        .checked_add(m.parse::<u64>().ok()?.checked_mul(60)?)?;
    Duration::from_secs(whole).checked_add(seconds)
}

/// `1 minute`, `90 seconds` → `1 minute 30 seconds`, `2 hours`.
fn duration_words(d: Duration) -> String {
    let mut secs = d.as_secs();
    if secs == 0 {
        return format!("{} ms", d.as_millis());
    }
    let mut parts = Vec::new();
    for (unit, size) in [
        ("day", 86_400),
        ("hour", 3_600),
        ("minute", 60),
        ("second", 1),
    ] {
        if secs >= size {
            parts.push(plural(secs / size, unit));
            secs %= size;
        }
    }
    parts.join(" ")
}

fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// `once`, `3 times`; any other number as sent (`-1 times`).
fn times(n: &Number) -> String {
    match n.as_u64() {
        Some(1) => "once".to_string(),
        _ => format!("{n} times"),
    }
}

/// A small integer, when the number is one.
fn int(n: &Number) -> Option<i64> {
    n.as_i64()
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// `first`, `last`, `2nd-to-last`, `17th`; a number that is no ordinal (0, 2.5, 10^30)
/// as `#n`.
fn ordinal(n: &Number) -> String {
    match int(n) {
        Some(-1) => "last".to_string(),
        Some(1) => "first".to_string(),
        Some(2) => "second".to_string(),
        Some(3) => "third".to_string(),
        Some(4) => "fourth".to_string(),
        Some(5) => "fifth".to_string(),
        Some(n) if n < -1 => match n.checked_neg() {
            Some(back) => format!("{}-to-last", ordinal_number(back)),
            None => format!("#{n}"),
        },
        Some(n) if n > 0 => ordinal_number(n),
        _ => format!("#{n}"),
    }
}

fn ordinal_number(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A recurrence in words: `every 30 minutes, 10 times, until 2026-01-01T00:00:00Z`,
/// `every week on Monday and Friday at 09:00`; `once` for a one-shot job.
pub fn recurrence(recurrence: Option<&Recurrence>) -> String {
    let Some(r) = recurrence else {
        return "once".to_string();
    };
    let unit = r
        .frequency
        .as_deref()
        .map(str::to_ascii_lowercase)
        .unwrap_or_else(|| "?".to_string());
    let mut out = match &r.interval {
        Some(n) if n.as_u64() != Some(1) => format!("every {n} {unit}s"),
        _ => format!("every {unit}"),
    };
    if let Some(schedule) = &r.schedule {
        for part in schedule_words(schedule) {
            out.push(' ');
            out.push_str(&part);
        }
    }
    if let Some(count) = &r.count {
        out.push_str(&format!(", {}", times(count)));
    }
    if let Some(end) = &r.end_time {
        out.push_str(&format!(", until {}", time(end)));
    }
    out
}

fn schedule_words(s: &Schedule) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(months) = s.months.as_ref().filter(|m| !m.is_empty()) {
        let names: Vec<String> = months
            .iter()
            .map(|m| {
                m.as_u64()
                    .and_then(|m| usize::try_from(m.checked_sub(1)?).ok())
                    .and_then(|i| MONTHS.get(i))
                    .map(|name| name.to_string())
                    .unwrap_or_else(|| format!("month {m}"))
            })
            .collect();
        parts.push(format!("in {}", and_list(&names)));
    }
    if let Some(days) = s.month_days.as_ref().filter(|d| !d.is_empty()) {
        let positive = |d: &Number| int(d).is_some_and(|d| d > 0);
        if days.iter().all(positive) {
            let numbers: Vec<String> = days.iter().map(Number::to_string).collect();
            let label = if days.len() == 1 { "day" } else { "days" };
            parts.push(format!("on {label} {}", and_list(&numbers)));
        } else {
            let items: Vec<String> = days
                .iter()
                .map(|d| match int(d) {
                    Some(n) if n > 0 => format!("day {d}"),
                    Some(n) if n < 0 => format!("the {} day", ordinal(d)),
                    _ => format!("day {d}"),
                })
                .collect();
            parts.push(format!("on {}", and_list(&items)));
        }
    }
    if let Some(occurrences) = s.monthly_occurrences.as_ref().filter(|o| !o.is_empty()) {
        let items: Vec<String> = occurrences.iter().map(occurrence_words).collect();
        parts.push(format!("on {}", and_list(&items)));
    }
    if let Some(days) = s.week_days.as_ref().filter(|d| !d.is_empty()) {
        let names: Vec<String> = days.iter().map(|d| capitalise(d)).collect();
        parts.push(format!("on {}", and_list(&names)));
    }
    let hours = s.hours.as_ref().filter(|h| !h.is_empty());
    let minutes = s.minutes.as_ref().filter(|m| !m.is_empty());
    let clock = match (hours, minutes) {
        (Some(hours), Some(minutes)) => clock_times(hours, minutes),
        _ => None,
    };
    match (hours, minutes, clock) {
        (_, _, Some(clock)) => parts.push(format!("at {}", and_list(&clock))),
        (Some(hours), Some(minutes), None) => {
            let hours: Vec<String> = hours.iter().map(two_digits).collect();
            let minutes: Vec<String> = minutes.iter().map(Number::to_string).collect();
            parts.push(format!(
                "during hours {} at minutes {} past the hour",
                and_list(&hours),
                and_list(&minutes)
            ));
        }
        (Some(hours), None, None) => {
            let items: Vec<String> = hours.iter().map(two_digits).collect();
            let label = if hours.len() == 1 { "hour" } else { "hours" };
            parts.push(format!("during {label} {}", and_list(&items)));
        }
        (None, Some(minutes), None) => {
            let items: Vec<String> = minutes.iter().map(Number::to_string).collect();
            let label = if minutes.len() == 1 {
                "minute"
            } else {
                "minutes"
            };
            parts.push(format!("at {label} {} past the hour", and_list(&items)));
        }
        (None, None, None) => {}
    }
    parts
}

/// Most `hh:mm` times worth listing; past that (or with a value that is no clock number)
/// hours and minutes are worded apart, so that a hostile schedule of thousands of each cannot
/// multiply into millions of words.
const MAX_CLOCK_TIMES: usize = 48;

/// Every hour with every minute as `hh:mm`, sorted, when there are few and all are clock
/// numbers.
fn clock_times(hours: &[Number], minutes: &[Number]) -> Option<Vec<String>> {
    if hours.len().saturating_mul(minutes.len()) > MAX_CLOCK_TIMES {
        return None;
    }
    let within = |n: &Number, end: i64| int(n).filter(|n| (0..end).contains(n));
    let hours: Vec<i64> = hours.iter().map(|h| within(h, 24)).collect::<Option<_>>()?;
    let minutes: Vec<i64> = minutes
        .iter()
        .map(|m| within(m, 60))
        .collect::<Option<_>>()?;
    let mut clock: Vec<(i64, i64)> = hours
        .iter()
        .flat_map(|h| minutes.iter().map(move |m| (*h, *m)))
        .collect();
    clock.sort_unstable();
    clock.dedup();
    Some(
        clock
            .iter()
            .map(|(h, m)| format!("{h:02}:{m:02}"))
            .collect(),
    )
}

/// `09` for a small whole number, anything else as sent.
fn two_digits(n: &Number) -> String {
    match int(n) {
        Some(n) if (0..10).contains(&n) => format!("{n:02}"),
        _ => n.to_string(),
    }
}

fn occurrence_words(o: &MonthlyOccurrence) -> String {
    let day = o
        .day
        .as_deref()
        .map(capitalise)
        .unwrap_or_else(|| "?".to_string());
    match &o.occurrence {
        Some(n) => format!("the {} {day}", ordinal(n)),
        None => format!("every {day}"),
    }
}

/// A service time in UTC to the second (`2015-03-31T08:10:39Z`); unparseable text as sent.
pub fn time(text: &str) -> String {
    match parse_time(text) {
        Some(t) => humantime::format_rfc3339_seconds(t).to_string(),
        None => text.to_string(),
    }
}

/// A service time (UTC, 0 to 7 fractional digits), if it is one that a `SystemTime` holds.
fn parse_time(text: &str) -> Option<SystemTime> {
    humantime::parse_rfc3339_weak(text.trim_end_matches('Z')).ok()
}

/// How far a time is from now, in one unit: the count, and the unit as a letter and a word.
/// Each unit is used from twice the next smaller one (`119s`, `2m`; `47h`, `2d`; `729d`,
/// `2y`), like kubectl's AGE: a count never reads as one of a bigger unit.
fn span(secs: u64) -> (u64, &'static str, &'static str) {
    let (minutes, hours, days) = (secs / 60, secs / 3_600, secs / 86_400);
    if secs < 120 {
        (secs, "s", "second")
    } else if minutes < 120 {
        (minutes, "m", "minute")
    } else if hours < 48 {
        (hours, "h", "hour")
    } else if days < 730 {
        (days, "d", "day")
    } else {
        (days / 365, "y", "year")
    }
}

/// Seconds from `now` to `then`, and whether `then` is ahead.
fn distance(then: SystemTime, now: SystemTime) -> (u64, bool) {
    match then.duration_since(now) {
        Ok(ahead) => (ahead.as_secs(), true),
        Err(past) => (past.duration().as_secs(), false),
    }
}

/// A time relative to `now`, compact like kubectl's AGE: `in 4m`, `3h ago`, `11y ago`,
/// `now`; unparseable text as sent.
pub fn relative(text: &str, now: SystemTime) -> String {
    let Some(then) = parse_time(text) else {
        return text.to_string();
    };
    let (secs, ahead) = distance(then, now);
    if secs == 0 {
        return "now".to_string();
    }
    let (n, unit, _) = span(secs);
    if ahead {
        format!("in {n}{unit}")
    } else {
        format!("{n}{unit} ago")
    }
}

/// A time in UTC followed by how far it is from `now` in words, as the single-job view shows
/// it (SPEC §5): `2015-03-31T09:40:39Z (11 years ago)`, `… (in 4 minutes)`; unparseable text
/// as sent.
pub fn time_from(text: &str, now: SystemTime) -> String {
    let Some(then) = parse_time(text) else {
        return text.to_string();
    };
    let (secs, ahead) = distance(then, now);
    let words = match span(secs) {
        (0, _, _) => "now".to_string(),
        (n, _, unit) if ahead => format!("in {}", plural(n, unit)),
        (n, _, unit) => format!("{} ago", plural(n, unit)),
    };
    format!("{} ({words})", humantime::format_rfc3339_seconds(then))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{HttpRequest, QueueMessage};

    fn recur(json: &str) -> String {
        let r: Recurrence = serde_json::from_str(json).unwrap();
        recurrence(Some(&r))
    }

    #[test]
    fn simple_recurrences() {
        assert_eq!(
            recur(
                r#"{"frequency":"minute","interval":30,"count":10,"endTime":"2026-01-01T00:00:00Z"}"#
            ),
            "every 30 minutes, 10 times, until 2026-01-01T00:00:00Z"
        );
        assert_eq!(recur(r#"{"frequency":"hour","interval":1}"#), "every hour");
        assert_eq!(recur(r#"{"frequency":"day"}"#), "every day");
        assert_eq!(
            recur(r#"{"frequency":"month","interval":2,"count":1}"#),
            "every 2 months, once"
        );
        assert_eq!(recurrence(None), "once");
    }

    #[test]
    fn schedules_in_words() {
        assert_eq!(
            recur(
                r#"{"frequency":"week","schedule":{"weekDays":["monday","friday"],"hours":[9],"minutes":[0]}}"#
            ),
            "every week on Monday and Friday at 09:00"
        );
        assert_eq!(
            recur(r#"{"frequency":"day","schedule":{"hours":[17,9],"minutes":[30,0]}}"#),
            "every day at 09:00, 09:30, 17:00 and 17:30"
        );
        assert_eq!(
            recur(
                r#"{"frequency":"month","schedule":{"monthlyOccurrences":[{"day":"monday","occurrence":1},{"day":"friday","occurrence":-1}]}}"#
            ),
            "every month on the first Monday and the last Friday"
        );
        assert_eq!(
            recur(r#"{"frequency":"year","schedule":{"months":[1,7],"monthDays":[1,-1]}}"#),
            "every year in January and July on day 1 and the last day"
        );
        assert_eq!(
            recur(r#"{"frequency":"month","schedule":{"monthDays":[1,15]}}"#),
            "every month on days 1 and 15"
        );
        assert_eq!(
            recur(r#"{"frequency":"hour","schedule":{"minutes":[15,45]}}"#),
            "every hour at minutes 15 and 45 past the hour"
        );
        assert_eq!(
            recur(
                r#"{"frequency":"week","schedule":{"weekDays":["monday","wednesday","friday"],"hours":[9]}}"#
            ),
            "every week on Monday, Wednesday and Friday during hour 09"
        );
        assert_eq!(
            recur(r#"{"frequency":"month","schedule":{"monthlyOccurrences":[{"day":"sunday"}]}}"#),
            "every month on every Sunday"
        );
    }

    #[test]
    fn retry_intervals_in_both_notations() {
        assert_eq!(parse_interval("00:01:00"), Some(Duration::from_secs(60)));
        assert_eq!(parse_interval("PT1M"), Some(Duration::from_secs(60)));
        assert_eq!(parse_interval("PT1H30M"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_interval("P1DT2H"), Some(Duration::from_secs(93_600)));
        assert_eq!(
            parse_interval("1.02:00:00"),
            Some(Duration::from_secs(93_600))
        );
        assert_eq!(
            parse_interval("00:00:30.5"),
            Some(Duration::from_millis(30_500))
        );
        assert_eq!(parse_interval("PT"), Some(Duration::ZERO));
        assert_eq!(parse_interval("soon"), None);
        assert_eq!(parse_interval("PT5"), None);
        let policy = RetryPolicy {
            retry_type: Some("Fixed".into()),
            retry_interval: Some("PT90S".into()),
            retry_count: Some(4.into()),
        };
        assert_eq!(
            retry_policy(Some(&policy)),
            "fixed, every 1 minute 30 seconds, 4 times"
        );
        assert_eq!(retry_policy(None), "-");
    }

    #[test]
    fn odd_intervals_are_shown_as_sent_never_a_panic() {
        for odd in [
            "00:00:-1",
            "P99999999999999999999W",
            "99999999999999999.00:00:00",
            "00:99999999999999999999:00",
            "18446744073709551615:00:00",
            "00:00:NaN",
            "00:00:inf",
            "PT1e400S",
            "PT-1S",
        ] {
            assert_eq!(parse_interval(odd), None, "{odd}");
            let policy = RetryPolicy {
                retry_type: Some("fixed".into()),
                retry_interval: Some(odd.into()),
                retry_count: Some(serde_json::from_str("1e30").unwrap()),
            };
            assert_eq!(
                retry_policy(Some(&policy)),
                format!("fixed, every {odd}, 1e+30 times")
            );
        }
        // Long, but a Duration: worded.
        assert_eq!(
            parse_interval("PT99999999999H"),
            Some(Duration::from_secs(99_999_999_999 * 3_600))
        );
    }

    #[test]
    fn odd_recurrences_are_worded_without_a_panic() {
        assert_eq!(
            recur(r#"{"frequency":"minute","interval":-5,"count":99999999999999999999999}"#),
            "every -5 minutes, 99999999999999999999999 times"
        );
        assert_eq!(
            recur(
                r#"{"frequency":"month","schedule":{"monthlyOccurrences":[{"day":"monday","occurrence":-9223372036854775808},{"day":"friday","occurrence":0},{"day":"x","occurrence":1e3}],"monthDays":[0,-9223372036854775808,1e40],"months":[0,13,-1,1e99]}}"#
            ),
            "every month in month 0, month 13, month -1 and month 1e+99 on day 0, the #-9223372036854775808 day and day 1e+40 on the #-9223372036854775808 Monday, the #0 Friday and the #1e+3 X"
        );
        assert_eq!(
            recur(r#"{"frequency":"day","schedule":{"hours":[25,9],"minutes":[0]}}"#),
            "every day during hours 25 and 09 at minutes 0 past the hour"
        );
        // Thousands of hours and minutes are not multiplied out.
        let many: Vec<String> = (0..5000).map(|n| n.to_string()).collect();
        let json = format!(
            r#"{{"frequency":"day","schedule":{{"hours":[{0}],"minutes":[{0}]}}}}"#,
            many.join(",")
        );
        assert!(recur(&json).len() < 100_000);
    }

    #[test]
    fn actions_in_one_line() {
        let http = Action {
            kind: Some("Https".into()),
            request: Some(HttpRequest {
                uri: Some("https://example.com/ping".into()),
                method: Some("Get".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(action(&http), "GET https://example.com/ping");
        let queue = Action {
            kind: Some("storageQueue".into()),
            queue_message: Some(QueueMessage {
                storage_account: Some("acct".into()),
                queue_name: Some("q".into()),
            }),
            ..Default::default()
        };
        assert_eq!(action(&queue), "storage queue acct/q");
    }

    fn at(text: &str) -> SystemTime {
        parse_time(text).unwrap()
    }

    #[test]
    fn relative_times_are_compact_in_one_unit() {
        let now = at("2026-01-01T00:00:00Z");
        let cases = [
            ("2026-01-01T00:00:00Z", "now"),
            ("2026-01-01T00:00:00.4Z", "now"),
            ("2025-12-31T23:59:59Z", "1s ago"),
            ("2025-12-31T23:58:01Z", "119s ago"),
            ("2025-12-31T23:58:00Z", "2m ago"),
            ("2026-01-01T00:04:00Z", "in 4m"),
            ("2026-01-01T00:04:59.9Z", "in 4m"),
            ("2025-12-31T22:00:01Z", "119m ago"),
            ("2025-12-31T21:00:00Z", "3h ago"),
            ("2026-01-02T23:59:59Z", "in 47h"),
            ("2026-01-03T00:00:00Z", "in 2d"),
            ("2024-01-03T00:00:00Z", "729d ago"),
            ("2024-01-02T00:00:00Z", "2y ago"),
            ("2024-01-01T00:00:00Z", "2y ago"),
            ("2015-03-31T09:40:39.9122716Z", "10y ago"),
            ("2027-01-01T00:00:00Z", "in 365d"),
            ("yesterday", "yesterday"),
            ("99999-01-01T00:00:00Z", "99999-01-01T00:00:00Z"),
        ];
        for (time, shown) in cases {
            assert_eq!(relative(time, now), shown, "{time}");
        }
        // The far past reads the same a few seconds either way: what integration tests pin.
        let later = now + Duration::from_secs(5);
        assert_eq!(relative("2015-03-31T09:40:39Z", later), "10y ago");
    }

    #[test]
    fn the_single_job_view_adds_the_distance_in_words() {
        let now = at("2026-11-30T04:00:00Z");
        assert_eq!(
            time_from("2015-03-31T09:40:39.9122716Z", now),
            "2015-03-31T09:40:39Z (11 years ago)"
        );
        assert_eq!(
            time_from("2026-11-30T04:04:00Z", now),
            "2026-11-30T04:04:00Z (in 4 minutes)"
        );
        assert_eq!(
            time_from("2026-11-30T03:59:59Z", now),
            "2026-11-30T03:59:59Z (1 second ago)"
        );
        assert_eq!(
            time_from("2026-11-30T04:00:00Z", now),
            "2026-11-30T04:00:00Z (now)"
        );
        assert_eq!(
            time_from("2027-01-01T00:00:00Z", now),
            "2027-01-01T00:00:00Z (in 31 days)"
        );
        assert_eq!(time_from("soon", now), "soon");
    }

    #[test]
    fn times_are_shown_to_the_second_in_utc() {
        assert_eq!(time("2015-03-31T08:10:39.9122716Z"), "2015-03-31T08:10:39Z");
        assert_eq!(time("2015-03-31T08:10:39.912271Z"), "2015-03-31T08:10:39Z");
        assert_eq!(time("2015-03-31T08:10:39Z"), "2015-03-31T08:10:39Z");
        assert_eq!(time("yesterday"), "yesterday");
    }
}
