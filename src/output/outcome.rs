//! What a history entry's message says, without the boilerplate that every row repeats
//! (SPEC §5): the service writes `Http Action - Response from host 'h': 'OK' Response Headers:
//! … Body: {…}` for every success and `Http Action - Request to host 'h' failed: The remote
//! server returned an error: (500) Internal Server Error.` for a failure, so a column of whole
//! messages reads `Http Action - …` on every row. The HTTP status goes to a column of its own
//! and the message keeps the part that tells one row from another.

/// A history message taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The HTTP status, `200 OK`, `500 Internal Server Error`, when the message names one.
    pub http: Option<String>,
    /// The rest worth reading: a response's body, what failed and why, or the message as
    /// sent without its `… Action - ` prefix.
    pub detail: String,
}

/// Takes a history message apart. A message in no known shape is kept whole (without the
/// action prefix): nothing is ever lost to a guess.
pub fn summarise(message: &str) -> Outcome {
    let text = strip_action_prefix(message.trim());
    if let Some(outcome) = response(text) {
        return outcome;
    }
    if let Some((what, why)) = failure(text) {
        return match status_in_parentheses(why) {
            // `… failed: The remote server returned an error: (500) Internal Server Error.`:
            // what failed, and the status apart.
            Some(http) => Outcome {
                http: Some(http),
                detail: what.to_string(),
            },
            // What failed is the same on every row of a job; why is what differs.
            None => Outcome {
                http: None,
                detail: why.trim().to_string(),
            },
        };
    }
    Outcome {
        http: None,
        detail: sent(text).unwrap_or_else(|| text.to_string()),
    }
}

/// `Request to host 'h' failed: why` or `Failed to send … 'name': why`: what failed, and why.
/// Only the service's own words are split, never a quoted message that holds `failed: `.
fn failure(text: &str) -> Option<(&str, &str)> {
    let at = if let Some(rest) = text.strip_prefix("Request to host '") {
        rest.find("' failed: ")? + "Request to host '".len() + "' failed".len()
    } else if text.starts_with("Failed ") {
        match text.find("': ") {
            Some(quote) => quote + 1,
            None => text.find(": ")?,
        }
    } else {
        return None;
    };
    Some((&text[..at], &text[at + 2..]))
}

/// `The message 'm' was successfully sent to the queue 'q' …` → `sent 'm' to the queue 'q' …`:
/// the message, which differs from row to row, first.
fn sent(text: &str) -> Option<String> {
    let rest = text.strip_prefix("The message ")?;
    if let Some(to) = rest.strip_prefix("was successfully sent ") {
        return Some(format!("sent {to}"));
    }
    let quoted = rest.strip_prefix('\'')?;
    let (message, to) = quoted.rsplit_once("' was successfully sent ")?;
    Some(format!("sent '{message}' {to}"))
}

/// `Http Action - x` → `x`; the prefix is one word (`StorageQueue`, `ServiceBusTopic`) and
/// ` Action - `.
fn strip_action_prefix(text: &str) -> &str {
    match text.split_once(" Action - ") {
        Some((kind, rest)) if !kind.is_empty() && kind.chars().all(|c| c.is_alphanumeric()) => rest,
        _ => text,
    }
}

/// `Response from host 'h': 'OK' Response Headers: … Body: b` → `200 OK` and `b`.
fn response(text: &str) -> Option<Outcome> {
    let rest = text.strip_prefix("Response from host '")?;
    let (_, rest) = rest.split_once("': '")?;
    let (reason, rest) = rest.split_once('\'')?;
    let body = rest.split_once("Body:").map_or("", |(_, body)| body.trim());
    Some(Outcome {
        http: Some(with_code(reason)),
        detail: body.to_string(),
    })
}

/// `(500) Internal Server Error.` in why a request failed: the status as `500 Internal Server
/// Error`.
fn status_in_parentheses(why: &str) -> Option<String> {
    let at = why.find('(')?;
    let (code, reason) = why[at + 1..].split_once(')')?;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let reason = reason.trim().trim_end_matches('.').trim();
    Some(if reason.is_empty() {
        code.to_string()
    } else {
        format!("{code} {reason}")
    })
}

/// A .NET `HttpStatusCode` name as the service writes it (`OK`, `Accepted`, `NoContent`) with
/// its number in front; a name it does not know, as sent.
fn with_code(reason: &str) -> String {
    let code = match reason {
        "OK" => 200,
        "Created" => 201,
        "Accepted" => 202,
        "NonAuthoritativeInformation" => 203,
        "NoContent" => 204,
        "ResetContent" => 205,
        "PartialContent" => 206,
        _ => return reason.to_string(),
    };
    format!("{code} {reason}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(http: Option<&str>, detail: &str) -> Outcome {
        Outcome {
            http: http.map(str::to_string),
            detail: detail.to_string(),
        }
    }

    #[test]
    fn a_response_gives_its_status_and_body() {
        let message = "Http Action - Response from host 'contoso-orders.cloudapp.net': 'OK' Response Headers: Cache-Control: private\r\n Date: Tue, 31 Mar 2015 09:10:41 GMT\r\n Server: Microsoft-IIS/8.0\r\n X-AspNet-Version: 4.0.30319\r\n X-Powered-By: ASP.NET\r\n Body: {\"reconciled\":43}";
        assert_eq!(
            summarise(message),
            outcome(Some("200 OK"), "{\"reconciled\":43}")
        );
        assert_eq!(
            summarise("Http Action - Response from host 'h': 'Accepted' Response Headers: X: y"),
            outcome(Some("202 Accepted"), "")
        );
        assert_eq!(
            summarise("Http Action - Response from host 'h': 'Teapot' Body: tea"),
            outcome(Some("Teapot"), "tea")
        );
    }

    #[test]
    fn a_failure_gives_its_status_and_what_failed() {
        assert_eq!(
            summarise("Http Action - Request to host 'contoso-orders.cloudapp.net' failed: The remote server returned an error: (500) Internal Server Error."),
            outcome(
                Some("500 Internal Server Error"),
                "Request to host 'contoso-orders.cloudapp.net' failed"
            )
        );
        assert_eq!(
            summarise("StorageQueue Action - Failed to send the message to the queue 'q' in the storage account 'a': The remote server returned an error: (403) Forbidden."),
            outcome(
                Some("403 Forbidden"),
                "Failed to send the message to the queue 'q' in the storage account 'a'"
            )
        );
    }

    #[test]
    fn a_failure_without_an_http_status_gives_why() {
        assert_eq!(
            summarise("ServiceBusTopic Action - Failed to send the message to the topic 't' in the namespace 'ns': 40103: Invalid authorization token signature."),
            outcome(None, "40103: Invalid authorization token signature.")
        );
        assert_eq!(
            summarise("Http Action - Request to host 'h' failed: The operation has timed out"),
            outcome(None, "The operation has timed out")
        );
    }

    #[test]
    fn a_message_sent_comes_first() {
        assert_eq!(
            summarise("StorageQueue Action - The message 'job1 failed: see (500) x' was successfully sent to the queue 'q' in the storage account 'a'"),
            outcome(None, "sent 'job1 failed: see (500) x' to the queue 'q' in the storage account 'a'")
        );
        assert_eq!(
            summarise("ServiceBusQueue Action - The message was successfully sent to the queue 'q' in the namespace 'ns'"),
            outcome(None, "sent to the queue 'q' in the namespace 'ns'")
        );
    }

    #[test]
    fn other_messages_lose_only_their_action_prefix() {
        let postponed =
            "Job execution was postponed because the job collection quota was exceeded.";
        assert_eq!(summarise(postponed), outcome(None, postponed));
        assert_eq!(summarise(""), outcome(None, ""));
        assert_eq!(
            summarise("Weird (500) thing failed: x"),
            outcome(None, "Weird (500) thing failed: x")
        );
        assert_eq!(
            summarise("Http Action - Request to host 'h' failed: (12) x"),
            outcome(None, "(12) x")
        );
        assert_eq!(summarise("A b Action - c"), outcome(None, "A b Action - c"));
    }
}
