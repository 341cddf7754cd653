//! Requests to providers: asking one provider to send a report to another, or for a copy
//! of the patient's own records. Each request is tracked by a follow-up task until it is
//! closed; closing it writes the communication log. Pure data access, every change logged.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use serde_json::Value;

use super::RecordError;
use super::generic::{self, Record, Values};
use super::kinds;
use super::log::{self, Entry};

/// The short-id prefix of requests: `rq1`.
pub const PREFIX: &str = "rq";

/// What a request asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestKind {
    /// One provider sends a report to another.
    Send,
    /// A provider sends the patient a copy of their own records.
    Records,
}

impl RequestKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RequestKind::Send => "send",
            RequestKind::Records => "records",
        }
    }

    fn parse(s: &str) -> Self {
        if s == "records" {
            RequestKind::Records
        } else {
            RequestKind::Send
        }
    }
}

/// A request as `phr request list --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Request {
    pub id: String,
    pub uuid: String,
    pub kind: RequestKind,
    /// The provider asked to send (name as written when the request was made).
    pub from: String,
    pub from_uuid: Option<String>,
    /// The provider who should receive it (`send` only).
    pub to: Option<String>,
    pub to_uuid: Option<String>,
    pub what: String,
    /// Wanted by this date (YYYY-MM-DD).
    pub by: Option<String>,
    /// The preferred form of the records (`records` only).
    pub prefer: Option<String>,
    /// The follow-up task's short id, while it exists.
    pub task: Option<String>,
    pub task_uuid: Option<String>,
    pub status: String,
    pub done_at: Option<String>,
    pub note: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl Request {
    pub fn is_open(&self) -> bool {
        self.status == "open"
    }

    /// Whether the request names this provider, as sender or receiver.
    pub fn involves(&self, provider: &Record) -> bool {
        let uuid = generic::text(provider, "uuid");
        let name = generic::text(provider, "name");
        let side = |u: Option<&str>, n: Option<&str>| match u {
            Some(u) => !uuid.is_empty() && u == uuid,
            None => n.is_some_and(|n| !name.is_empty() && n.eq_ignore_ascii_case(name)),
        };
        side(self.from_uuid.as_deref(), Some(&self.from))
            || (self.to.is_some() && side(self.to_uuid.as_deref(), self.to.as_deref()))
    }
}

/// The follow-up task's words: "awaiting the echo report from Dr Haddad → Dr Lee".
pub fn task_text(kind: RequestKind, what: &str, from: &str, to: Option<&str>) -> String {
    match (kind, to) {
        (RequestKind::Send, Some(to)) => format!("awaiting {what} from {from} → {to}"),
        _ => format!("awaiting a copy of my records ({what}) from {from}"),
    }
}

/// What a new request holds; providers are records of the care team.
pub struct NewRequest<'a> {
    pub kind: RequestKind,
    pub from: &'a Record,
    pub to: Option<&'a Record>,
    pub what: &'a str,
    pub by: Option<&'a str>,
    pub prefer: Option<&'a str>,
}

const COLUMNS: &str = "r.id, r.uuid, r.kind, r.from_name, r.from_uuid, r.to_name, r.to_uuid, \
     r.what, r.by_date, r.prefer, t.id, r.task_uuid, r.status, r.done_at, r.note, \
     r.created_at, r.updated_at";

fn select() -> String {
    format!("SELECT {COLUMNS} FROM requests r LEFT JOIN tasks t ON t.uuid = r.task_uuid")
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Request> {
    Ok(Request {
        id: format!("{PREFIX}{}", r.get::<_, i64>(0)?),
        uuid: r.get(1)?,
        kind: RequestKind::parse(&r.get::<_, String>(2)?),
        from: r.get(3)?,
        from_uuid: r.get(4)?,
        to: r.get(5)?,
        to_uuid: r.get(6)?,
        what: r.get(7)?,
        by: r.get(8)?,
        prefer: r.get(9)?,
        task: r
            .get::<_, Option<i64>>(10)?
            .map(|n| format!("{}{n}", kinds::TASK.prefix)),
        task_uuid: r.get(11)?,
        status: r.get(12)?,
        done_at: r.get(13)?,
        note: r.get(14)?,
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
    })
}

fn get(conn: &Connection, rowid: i64) -> Result<Option<Request>, RecordError> {
    Ok(conn
        .query_row(&format!("{} WHERE r.id = ?1", select()), [rowid], from_row)
        .optional()?)
}

fn as_value(r: &Request) -> Value {
    serde_json::to_value(r).unwrap_or(Value::Null)
}

/// Records a request and its follow-up task (both logged). Returns both.
pub fn create(
    conn: &Connection,
    new: &NewRequest<'_>,
    now: &str,
) -> Result<(Request, Record), RecordError> {
    let from = generic::text(new.from, "name");
    let to = new.to.map(|t| generic::text(t, "name"));
    let mut v = Values::new();
    v.insert(
        "text",
        Value::String(task_text(new.kind, new.what, from, to)),
    );
    if let Some(by) = new.by {
        v.insert("due", Value::String(by.to_owned()));
    }
    v.insert("for", Value::String(from.to_owned()));
    v.insert(
        "for_uuid",
        new.from.get("uuid").cloned().unwrap_or(Value::Null),
    );
    let task = generic::insert(conn, &kinds::TASK, &v, now, Some("phr request"))?;
    let uuid = crate::binder::new_uuid();
    let opt = |s: &str| Some(s.to_owned()).filter(|s| !s.is_empty());
    conn.execute(
        "INSERT INTO requests(uuid, kind, from_name, from_uuid, to_name, to_uuid, what, by_date,
                              prefer, task_uuid, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'open', ?11, ?11)",
        params![
            uuid,
            new.kind.as_str(),
            from,
            opt(generic::text(new.from, "uuid")),
            to,
            new.to.and_then(|t| opt(generic::text(t, "uuid"))),
            new.what,
            new.by,
            new.prefer,
            opt(generic::text(&task, "uuid")),
            now,
        ],
    )?;
    let req = get(conn, conn.last_insert_rowid())?
        .ok_or_else(|| RecordError::Invalid("the new request vanished".into()))?;
    let summary = match new.kind {
        RequestKind::Send => format!(
            "asked {from} to send {} to {}",
            req.what,
            to.unwrap_or_default()
        ),
        RequestKind::Records => format!("asked {from} for a copy of the records ({})", req.what),
    };
    log::append(
        conn,
        &Entry {
            at: now,
            action: "add",
            kind: "request",
            record_uuid: Some(&req.uuid),
            record_id: Some(&req.id),
            summary: &summary,
            old: None,
            new: Some(&as_value(&req)),
            source: None,
        },
    )?;
    Ok((req, task))
}

/// Requests in id order; `open_only` leaves out the closed ones.
pub fn list(conn: &Connection, open_only: bool) -> Result<Vec<Request>, RecordError> {
    let sql = if open_only {
        format!("{} WHERE r.status = 'open' ORDER BY r.id", select())
    } else {
        format!("{} ORDER BY r.id", select())
    };
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// Finds a request by short id (`rq2`) or UUID.
pub fn resolve(conn: &Connection, name: &str) -> Result<Request, RecordError> {
    let name = name.trim();
    if let Some(n) = super::parse_short_id_str(name, PREFIX)
        && let Some(r) = get(conn, n)?
    {
        return Ok(r);
    }
    let by_uuid = conn
        .query_row(&format!("{} WHERE r.uuid = ?1", select()), [name], from_row)
        .optional()?;
    by_uuid.ok_or_else(|| RecordError::NotFound {
        kind: "request",
        name: name.to_owned(),
    })
}

/// What closing a request changed.
pub struct Closed {
    pub request: Request,
    pub task: Option<Record>,
    pub note: Record,
}

/// Closes an open request: marks it done on `today`, closes its task, and writes the
/// communication log (a `note` with the sending provider). Everything is logged.
pub fn close(
    conn: &Connection,
    req: &Request,
    today: &str,
    note: Option<&str>,
    now: &str,
) -> Result<Closed, RecordError> {
    if !req.is_open() {
        return Err(RecordError::Invalid(format!(
            "request {} is already done",
            req.id
        )));
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    conn.execute(
        "UPDATE requests SET status = 'done', done_at = ?1, note = ?2, updated_at = ?3 WHERE uuid = ?4",
        params![today, note, now, req.uuid],
    )?;
    let after = resolve(conn, &req.uuid)?;
    let pick =
        |r: &Request| serde_json::json!({"status": r.status, "done_at": r.done_at, "note": r.note});
    log::append(
        conn,
        &Entry {
            at: now,
            action: "done",
            kind: "request",
            record_uuid: Some(&req.uuid),
            record_id: Some(&req.id),
            summary: &format!("done request {}: {}", req.id, received_text(req)),
            old: Some(&pick(req)),
            new: Some(&pick(&after)),
            source: None,
        },
    )?;
    let mut task = None;
    if let Some(tu) = req.task_uuid.as_deref()
        && let Ok(t) = generic::resolve(conn, &kinds::TASK, tu)
        && generic::text(&t, "status") != "done"
    {
        let mut v = Values::new();
        v.insert("status", Value::String("done".into()));
        v.insert("done_at", Value::String(today.to_owned()));
        task = Some(generic::update(
            conn,
            &kinds::TASK,
            &t,
            &v,
            now,
            "done",
            Some("phr request done"),
        )?);
    }
    let mut text = format!("{} (request {})", received_text(req), req.id);
    if let Some(n) = note {
        text.push_str(&format!(": {n}"));
    }
    let mut v = Values::new();
    v.insert("text", Value::String(text));
    v.insert("with", Value::String(req.from.clone()));
    if let Some(u) = &req.from_uuid {
        v.insert("with_uuid", Value::String(u.clone()));
    }
    let note_rec = generic::insert(conn, &kinds::NOTE, &v, now, Some("phr request done"))?;
    Ok(Closed {
        request: after,
        task,
        note: note_rec,
    })
}

/// "received: the echo report from Dr Haddad → Dr Lee".
fn received_text(req: &Request) -> String {
    match (req.kind, &req.to) {
        (RequestKind::Send, Some(to)) => {
            format!("received: {} from {} → {to}", req.what, req.from)
        }
        _ => format!(
            "received: copy of my records ({}) from {}",
            req.what, req.from
        ),
    }
}

/// The open requests that involve `provider` (a care-team record), as sender or as
/// receiver, oldest first. For printouts made for one provider (`export summary --for`,
/// `sbar`): "still waiting for the echo report from Dr Haddad".
pub fn outstanding_for(conn: &Connection, provider: &Record) -> Result<Vec<Request>, RecordError> {
    Ok(outstanding_among(&list(conn, true)?, provider))
}

/// The same over requests already loaded.
pub fn outstanding_among(requests: &[Request], provider: &Record) -> Vec<Request> {
    requests
        .iter()
        .filter(|r| r.is_open() && r.involves(provider))
        .cloned()
        .collect()
}

/// The open request a task tracks, if any, keyed by the task's UUID.
pub fn open_by_task(conn: &Connection) -> Result<Vec<(String, Request)>, RecordError> {
    Ok(list(conn, true)?
        .into_iter()
        .filter_map(|r| r.task_uuid.clone().map(|t| (t, r)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::records::test_db as db;

    fn provider(c: &Connection, name: &str) -> Record {
        let v: Values = [
            ("name", Value::String(name.into())),
            ("role", Value::String("specialist".into())),
        ]
        .into_iter()
        .collect();
        generic::insert(c, &kinds::PROVIDER, &v, "t", None).unwrap()
    }

    #[test]
    fn create_list_close_and_outstanding() {
        let c = db();
        let haddad = provider(&c, "Dr Haddad");
        let lee = provider(&c, "Dr Lee");
        let other = provider(&c, "Dr Ortiz");
        let (r, task) = create(
            &c,
            &NewRequest {
                kind: RequestKind::Send,
                from: &haddad,
                to: Some(&lee),
                what: "the echo report",
                by: Some("2026-12-01"),
                prefer: None,
            },
            "t1",
        )
        .unwrap();
        assert_eq!(r.id, "rq1");
        assert_eq!(r.task.as_deref(), Some("t1"));
        assert_eq!(
            generic::text(&task, "text"),
            "awaiting the echo report from Dr Haddad → Dr Lee"
        );
        assert_eq!(generic::text(&task, "due"), "2026-12-01");
        assert_eq!(outstanding_for(&c, &lee).unwrap().len(), 1);
        assert_eq!(outstanding_for(&c, &haddad).unwrap().len(), 1);
        assert!(outstanding_for(&c, &other).unwrap().is_empty());
        let snap = super::super::snapshot::Snapshot::load(&c).unwrap();
        assert_eq!(snap.outstanding_for(&lee), vec![r.clone()]);
        assert!(snap.outstanding_for(&other).is_empty());
        assert_eq!(resolve(&c, "RQ1").unwrap().uuid, r.uuid);
        assert!(resolve(&c, "rq9").is_err());

        let closed = close(&c, &r, "2026-11-30", Some("faxed Friday"), "t2").unwrap();
        assert_eq!(closed.request.status, "done");
        assert_eq!(closed.request.note.as_deref(), Some("faxed Friday"));
        assert_eq!(
            generic::text(closed.task.as_ref().unwrap(), "status"),
            "done"
        );
        assert_eq!(generic::text(&closed.note, "with"), "Dr Haddad");
        assert!(generic::text(&closed.note, "text").contains("faxed Friday"));
        assert!(list(&c, true).unwrap().is_empty());
        assert!(outstanding_for(&c, &lee).unwrap().is_empty());
        assert!(close(&c, &closed.request, "x", None, "t3").is_err());
        let log = log::list(&c, None).unwrap();
        assert!(
            log.iter()
                .any(|l| l.kind == "request" && l.action == "done")
        );
    }
}
