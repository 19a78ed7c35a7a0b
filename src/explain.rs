//! Turns an error response into a message that says what failed, in the user's terms, with
//! the service's code and message, the request id and a hint (SPEC §5, §6).

use crate::client::error_body::ServiceError;
use crate::client::StatusFailure;
use crate::error::{Error, Kind};

/// What the request was about.
pub enum Target<'a> {
    /// One job (`job get`, `job wait`).
    Job {
        /// Collection name.
        collection: &'a str,
        /// Job name.
        job: &'a str,
    },
    /// A collection's jobs (`job list`).
    Jobs {
        /// Collection name.
        collection: &'a str,
    },
    /// A job's history (`job history`).
    History {
        /// Collection name.
        collection: &'a str,
        /// Job name.
        job: &'a str,
    },
    /// A job collection (`collection get`).
    Collection {
        /// Collection name.
        collection: &'a str,
    },
    /// The cloud service (`collection list`).
    CloudService,
}

impl Target<'_> {
    /// What was being read, for "the service failed reading …".
    fn describe(&self) -> String {
        match self {
            Target::Job { collection, job } => format!("job '{job}' in collection '{collection}'"),
            Target::Jobs { collection } => format!("the jobs of collection '{collection}'"),
            Target::History { collection, job } => {
                format!("the history of job '{job}' in collection '{collection}'")
            }
            Target::Collection { collection } => format!("job collection '{collection}'"),
            Target::CloudService => "the cloud service".to_string(),
        }
    }

    /// The collection and job named by the target.
    fn names(&self) -> (Option<&str>, Option<&str>) {
        match self {
            Target::Job { collection, job } | Target::History { collection, job } => {
                (Some(collection), Some(job))
            }
            Target::Jobs { collection } | Target::Collection { collection } => {
                (Some(collection), None)
            }
            Target::CloudService => (None, None),
        }
    }
}

/// The settings a message may name.
pub struct Context<'a> {
    /// Subscription id.
    pub subscription: &'a str,
    /// Cloud service.
    pub cloud_service: &'a str,
    /// SHA-1 thumbprint of the client certificate.
    pub thumbprint: &'a str,
}

/// Explains an error status.
pub fn explain(failure: StatusFailure, target: &Target, context: &Context) -> Error {
    let StatusFailure {
        status,
        request_id,
        service,
    } = failure;
    let cause = match &service {
        ServiceError::Envelope { code, message, .. } if message.is_empty() => code.clone(),
        ServiceError::Envelope { code, message, .. } => format!("{code}: {message}"),
        ServiceError::Excerpt(text) if text.is_empty() => {
            format!("HTTP {status} {}", reason(status))
        }
        ServiceError::Excerpt(text) => format!("HTTP {status} {}: {text}", reason(status)),
    };
    let error = match status {
        404 => not_found(&service, target, context, &cause),
        401 | 403 => denied(&service, context, &cause),
        _ => {
            let mut error = Error::new(
                Kind::Service,
                format!("the service failed reading {} ({cause})", target.describe()),
            );
            if service.code() == Some("MissingOrIncorrectVersionHeader") {
                error = error.hint("set x_ms_version in the profile to a version the service accepts, such as 2013-06-01");
            } else if status >= 500 || status == 429 || status == 408 {
                error = error.hint("the service may be busy; try again later, or raise --retries");
            }
            error
        }
    };
    error.request_id(request_id)
}

fn not_found(service: &ServiceError, target: &Target, context: &Context, cause: &str) -> Error {
    let front_end = matches!(service, ServiceError::Envelope { xml: true, .. });
    let message = match service {
        ServiceError::Envelope { message, .. } => message.to_ascii_lowercase(),
        ServiceError::Excerpt(text) => text.to_ascii_lowercase(),
    };
    let cloud_service_missing = || {
        Error::new(
            Kind::NotFound,
            format!(
                "cloud service '{}' was not found in subscription '{}' ({cause})",
                context.cloud_service, context.subscription
            ),
        )
        .hint("check --cloud-service or --region (the scheduler's cloud services are named like CS-WestUS-scheduler)")
    };
    // The front end answers for the cloud service in XML; the scheduler never speaks XML.
    let (collection, job) = target.names();
    let (Some(collection), false) = (collection, front_end) else {
        return cloud_service_missing();
    };
    match job {
        Some(job) if !message.contains("collection") => Error::new(
            Kind::NotFound,
            format!("job '{job}' was not found in collection '{collection}' ({cause})"),
        )
        .hint(format!(
            "`schedctl job list {collection}` lists the collection's jobs"
        )),
        _ => Error::new(
            Kind::NotFound,
            format!(
                "job collection '{collection}' was not found in cloud service '{}' ({cause})",
                context.cloud_service
            ),
        )
        .hint("`schedctl collection list` lists the cloud service's job collections"),
    }
}

fn denied(service: &ServiceError, context: &Context, cause: &str) -> Error {
    let thumbprint_hint = format!(
        "the certificate in use has thumbprint {}; it must be uploaded to subscription '{}' as a management certificate",
        context.thumbprint, context.subscription
    );
    match service.code() {
        Some("ForbiddenError") | Some("SubscriptionDisabled") => Error::new(
            Kind::Auth,
            format!(
                "access to subscription '{}' was refused ({cause})",
                context.subscription
            ),
        )
        .hint("check the subscription id")
        .hint(thumbprint_hint),
        _ => Error::new(
            Kind::Auth,
            format!("the service did not accept the management certificate ({cause})"),
        )
        .hint(thumbprint_hint),
    }
}

/// The reason phrase of common statuses.
fn reason(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTEXT: Context = Context {
        subscription: "sub",
        cloud_service: "CS-WestUS-scheduler",
        thumbprint: "ABCD",
    };
    const TARGET: Target = Target::Job {
        collection: "myjc",
        job: "job9",
    };

    fn failure(status: u16, body: &str) -> StatusFailure {
        StatusFailure {
            status,
            request_id: Some("0f3e8d2c6b1a49e7a5d4c3b2a1908f7e".into()),
            service: crate::client::error_body::parse(body.as_bytes()),
        }
    }

    #[test]
    fn a_missing_job_names_the_job_and_collection() {
        let e = explain(
            failure(
                404,
                r#"{"error":{"code":"ResourceNotFound","message":"The specified job does not exist."}}"#,
            ),
            &TARGET,
            &CONTEXT,
        );
        assert_eq!(e.exit_code(), 3);
        assert_eq!(
            e.message,
            "job 'job9' was not found in collection 'myjc' (ResourceNotFound: The specified job does not exist.)"
        );
        assert_eq!(
            e.request_id.as_deref(),
            Some("0f3e8d2c6b1a49e7a5d4c3b2a1908f7e")
        );
    }

    #[test]
    fn front_end_404_is_about_the_cloud_service() {
        let e = explain(
            failure(404, "<Error><Code>ResourceNotFound</Code><Message>The service name is unknown.</Message></Error>"),
            &TARGET,
            &CONTEXT,
        );
        assert!(
            e.message
                .starts_with("cloud service 'CS-WestUS-scheduler' was not found"),
            "{}",
            e.message
        );
    }

    #[test]
    fn refusals_name_the_thumbprint() {
        let e = explain(
            failure(
                403,
                "<Error><Code>AuthenticationFailed</Code><Message>nope</Message></Error>",
            ),
            &TARGET,
            &CONTEXT,
        );
        assert_eq!(e.exit_code(), 4);
        assert!(e.hints.iter().any(|h| h.contains("thumbprint ABCD")));
    }

    #[test]
    fn other_bodies_fall_back_to_the_status_line_and_an_excerpt() {
        let e = explain(
            failure(502, "<html><title>Bad gateway</title></html>"),
            &TARGET,
            &CONTEXT,
        );
        assert_eq!(e.exit_code(), 5);
        assert_eq!(
            e.message,
            "the service failed reading job 'job9' in collection 'myjc' (HTTP 502 Bad Gateway: Bad gateway)"
        );
    }
}
