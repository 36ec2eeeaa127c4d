//! `beslut lsp`: an in-process client speaks the protocol to the server
//! over an in-memory connection, as an editor would over stdio.

use std::time::Duration;

use beslut::compose::template::Templates;
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{Value, json};

use crate::common::*;

const TIMEOUT: Duration = Duration::from_secs(60);

struct Client {
    connection: Connection,
    server: Option<std::thread::JoinHandle<()>>,
    next_id: i32,
}

impl Client {
    fn start() -> Self {
        let (server, connection) = Connection::memory();
        let handle = std::thread::spawn(move || {
            let templates = Templates::new(Some(&repo().join("templates")));
            beslut::lsp::serve(&server, project_config(), templates).expect("server runs");
        });
        let mut client = Client {
            connection,
            server: Some(handle),
            next_id: 0,
        };
        let capabilities = client.request("initialize", json!({ "capabilities": {} }));
        assert!(
            capabilities["capabilities"]["hoverProvider"]
                .as_bool()
                .unwrap()
        );
        client.notify("initialized", json!({}));
        client
    }

    fn notify(&self, method: &str, params: Value) {
        let message = Message::Notification(Notification::new(method.into(), params));
        self.connection.sender.send(message).unwrap();
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        let message = Message::Request(Request::new(id.clone(), method.into(), params));
        self.connection.sender.send(message).unwrap();
        loop {
            match self.connection.receiver.recv_timeout(TIMEOUT).unwrap() {
                Message::Response(Response {
                    id: got,
                    response_result,
                }) if got == id => {
                    return response_result.unwrap_or_else(|e| panic!("{}", e.message));
                }
                _ => {}
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&self, uri: &str) -> Vec<Value> {
        loop {
            if let Message::Notification(n) =
                self.connection.receiver.recv_timeout(TIMEOUT).unwrap()
                && n.method == "textDocument/publishDiagnostics"
                && n.params["uri"] == uri
            {
                return n.params["diagnostics"].as_array().unwrap().clone();
            }
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        self.server.take().unwrap().join().unwrap();
    }
}

const URI: &str = "file:///nowhere/cases/avtal%20%C3%A5.yaml";

fn example_case() -> String {
    std::fs::read_to_string(repo().join("cases/avtalsforlangning-solrosgruppen.yaml")).unwrap()
}

fn with_slips(case: &str) -> String {
    case.replace(
        "    {{ contract.supplier }} följer avtalet väl.\n",
        "    {{ contract.supplier }} följer avtalet väl. Solrosgrupen har lämnat\n    sin rapport enligt LOU (1976:580) och medstämmandelagen.\n",
    )
}

/// (code, start line, start character, end character) of each diagnostic.
fn placed(diagnostics: &[Value]) -> Vec<(String, u64, u64, u64)> {
    diagnostics
        .iter()
        .map(|d| {
            let r = &d["range"];
            (
                d["code"].as_str().unwrap_or("").to_owned(),
                r["start"]["line"].as_u64().unwrap(),
                r["start"]["character"].as_u64().unwrap(),
                r["end"]["character"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn open(client: &Client, text: &str) -> Vec<Value> {
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": URI, "languageId": "yaml", "version": 1, "text": text } }),
    );
    client.diagnostics(URI)
}

#[test]
fn diagnostics_follow_the_text_as_it_is_edited() {
    let client = Client::start();
    let text = with_slips(&example_case());
    let line = text
        .lines()
        .position(|l| l.contains("sin rapport"))
        .unwrap() as u64;
    // Columns in UTF-16 units (here as many as characters).
    let found = placed(&open(&client, &text));
    assert_eq!(
        found,
        [
            ("N301".into(), line - 1, 48, 60),
            ("N302".into(), line, 23, 37),
            ("N302".into(), line, 42, 59),
        ],
        "{found:?}"
    );
    // The clean case: nothing left.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": URI, "version": 2 },
            "contentChanges": [{ "text": example_case() }],
        }),
    );
    assert_eq!(client.diagnostics(URI), Vec::<Value>::new());
    // A case that does not parse: one diagnostic at its place.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": URI, "version": 3 },
            "contentChanges": [{ "text": example_case().replace("date: 2026-03-02", "date: 2026-13-02") }],
        }),
    );
    let broken = client.diagnostics(URI);
    assert_eq!(broken.len(), 1, "{broken:?}");
    assert_eq!(broken[0]["range"]["start"]["line"], 4);
}

#[test]
fn hover_explains_the_finding_and_its_rule() {
    let mut client = Client::start();
    let text = with_slips(&example_case());
    let diagnostics = open(&client, &text);
    let n302 = diagnostics.iter().find(|d| d["code"] == "N302").unwrap();
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": n302["range"]["start"] }),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("N302 law-reference-mismatch"), "{shown}");
    assert!(shown.contains("Rätt:"), "{shown}");
    let nothing = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(nothing, Value::Null);
}

#[test]
fn code_actions_applied_give_a_case_that_lints_clean() {
    let mut client = Client::start();
    let mut text = with_slips(&example_case());
    let diagnostics = open(&client, &text);
    let mut edits: Vec<(u64, u64, u64, String)> = Vec::new();
    for d in &diagnostics {
        let actions = client.request(
            "textDocument/codeAction",
            json!({
                "textDocument": { "uri": URI },
                "range": d["range"],
                "context": { "diagnostics": [d] },
            }),
        );
        let action = &actions.as_array().unwrap()[0];
        assert_eq!(action["kind"], "quickfix");
        let edit = &action["edit"]["changes"][URI][0];
        let start = &edit["range"]["start"];
        edits.push((
            start["line"].as_u64().unwrap(),
            start["character"].as_u64().unwrap(),
            edit["range"]["end"]["character"].as_u64().unwrap(),
            edit["newText"].as_str().unwrap().to_owned(),
        ));
    }
    assert_eq!(edits.len(), 3);
    // Applied from the end, as an editor applies one edit after another.
    edits.sort_by_key(|e| std::cmp::Reverse((e.0, e.1)));
    for (line, from, to, new) in edits {
        let line_start: usize = text
            .split_inclusive('\n')
            .take(line as usize)
            .map(str::len)
            .sum();
        let line_text = &text[line_start..];
        let byte = |units: u64| {
            line_text
                .char_indices()
                .scan(0u64, |seen, (i, c)| {
                    let at = *seen;
                    *seen += c.len_utf16() as u64;
                    Some((at, i))
                })
                .find(|(at, _)| *at == units)
                .map(|(_, i)| i)
                .unwrap()
        };
        let (from, to) = (line_start + byte(from), line_start + byte(to));
        text.replace_range(from..to, &new);
    }
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": URI, "version": 2 },
            "contentChanges": [{ "text": text }],
        }),
    );
    assert_eq!(client.diagnostics(URI), Vec::<Value>::new());
}

#[test]
fn completion_offers_keys_and_values_from_the_schema() {
    let mut client = Client::start();
    let text = "template: avtalsforlangning\nmbl:\n  kind: \nbo";
    open(&client, text);
    let labels = |result: Value| -> Vec<String> {
        result
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["label"].as_str().unwrap().to_owned())
            .collect()
    };
    let values = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 2, "character": 8 } }),
    );
    assert_eq!(
        labels(values),
        ["information", "forhandling", "ej_aktuellt", "ej_angivet"]
    );
    let keys = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": URI }, "position": { "line": 3, "character": 2 } }),
    );
    assert_eq!(labels(keys), ["board"]);
}

#[test]
fn text_papers_are_linted_and_word_files_left_alone() {
    let mut client = Client::start();
    let uri = "file:///nowhere/papper.md";
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "markdown", "version": 1,
            "text": "## Ärende\nInformation enligt medstämmandelagen har lämnats.\n" } }),
    );
    assert_eq!(
        placed(&client.diagnostics(uri)),
        [("S403".into(), 0, 0, 0), ("N302".into(), 1, 19, 36)]
    );
    // Not a file the server lints: no diagnostics, and requests still answered.
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": "file:///nowhere/x.docx", "languageId": "plaintext", "version": 1, "text": "x" } }),
    );
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": "file:///nowhere/x.docx" },
            "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 1 } },
            "context": { "diagnostics": [] },
        }),
    );
    assert_eq!(actions, json!([]));
}
