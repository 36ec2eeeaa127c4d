//! `beslut lsp`: a language server over stdio for case files (`.yaml`) and
//! text papers (`.md`, `.txt`). It lints each open file as it is edited
//! (the same rules, the same findings as `beslut lint`), explains a finding
//! on hover, completes a case file's keys and enum values from the case
//! schema, and offers the certain fixes of `beslut lint --fix` as code
//! actions.
//!
//! The server is synchronous: one message at a time, each file linted in a
//! few milliseconds, so there is nothing to cancel.

mod convert;
pub mod schema;
mod svenska;

use std::collections::HashMap;
use std::path::PathBuf;

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{CodeActionRequest, Completion, HoverRequest, Request as _};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, CompletionItem, CompletionItemKind, CompletionOptions,
    CompletionParams, CompletionResponse, Documentation, Hover, HoverContents, HoverParams,
    HoverProviderCapability, MarkupContent, MarkupKind, PublishDiagnosticsParams,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextEdit, Uri,
    WorkspaceEdit,
};

use crate::check::{Linted, lint_buffer};
use crate::compose::template::Templates;
use crate::lint::registry;
use crate::project::Config;
use convert::{LineIndex, path_of};

/// Why the server stopped other than by the client's `exit`.
#[derive(Debug, thiserror::Error)]
pub enum LspError {
    #[error("protokollfel: {0}")]
    Protocol(#[from] lsp_server::ProtocolError),
    #[error("kan inte svara klienten: {0}")]
    Send(String),
}

/// Serves on stdin and stdout until the client says `exit`.
pub fn serve_stdio(config: Config, templates: Templates) -> Result<(), LspError> {
    let (connection, threads) = Connection::stdio();
    serve(&connection, config, templates)?;
    drop(connection);
    threads.join().map_err(|e| LspError::Send(e.to_string()))?;
    Ok(())
}

/// Serves one client over `connection` (stdio, or in memory in the tests).
pub fn serve(
    connection: &Connection,
    config: Config,
    templates: Templates,
) -> Result<(), LspError> {
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![":".into(), " ".into()]),
            ..Default::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..Default::default()
    };
    let capabilities = serde_json::to_value(capabilities).expect("capabilities serialise");
    connection.initialize(capabilities)?;
    let schema = schema::case_schema(&templates);
    let mut server = Server {
        connection,
        config,
        templates,
        schema,
        documents: HashMap::new(),
    };
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    return Ok(());
                }
                server.request(request)?;
            }
            Message::Notification(notification) => server.notification(notification)?,
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// An open file: its text as the editor holds it, and what the lint found.
struct Document {
    path: PathBuf,
    text: String,
    linted: Option<Linted>,
}

struct Server<'a> {
    connection: &'a Connection,
    config: Config,
    templates: Templates,
    schema: serde_json::Value,
    documents: HashMap<String, Document>,
}

impl Server<'_> {
    fn send(&self, message: Message) -> Result<(), LspError> {
        self.connection
            .sender
            .send(message)
            .map_err(|e| LspError::Send(e.to_string()))
    }

    fn notification(&mut self, notification: Notification) -> Result<(), LspError> {
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(params) = notification
                    .extract::<lsp_types::DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD)
                else {
                    return Ok(());
                };
                let document = params.text_document;
                self.update(document.uri, document.text)
            }
            DidChangeTextDocument::METHOD => {
                let Ok(params) = notification.extract::<lsp_types::DidChangeTextDocumentParams>(
                    DidChangeTextDocument::METHOD,
                ) else {
                    return Ok(());
                };
                // Full synchronisation: the last change is the whole text.
                match params.content_changes.into_iter().last() {
                    Some(change) => self.update(params.text_document.uri, change.text),
                    None => Ok(()),
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(params) = notification
                    .extract::<lsp_types::DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD)
                {
                    self.documents.remove(params.text_document.uri.as_str());
                    self.publish(params.text_document.uri, Vec::new())?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Lints a file's new text and publishes what was found.
    fn update(&mut self, uri: Uri, text: String) -> Result<(), LspError> {
        let Some(path) = path_of(&uri).filter(|p| is_served(p)) else {
            return Ok(());
        };
        let (linted, diagnostics) = match lint_buffer(&path, &text, &self.config, &self.templates) {
            Ok(linted) => {
                let lines = LineIndex::new(&linted.source);
                let diagnostics = linted
                    .diagnostics
                    .iter()
                    .map(|d| convert::diagnostic(&uri, &lines, d))
                    .collect();
                (Some(linted), diagnostics)
            }
            Err(e) => (None, convert::input_errors(&e)),
        };
        self.documents
            .insert(uri.as_str().to_owned(), Document { path, text, linted });
        self.publish(uri, diagnostics)
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>) -> Result<(), LspError> {
        let params = PublishDiagnosticsParams::new(uri, diagnostics, None);
        self.send(Message::Notification(Notification::new(
            PublishDiagnostics::METHOD.to_owned(),
            params,
        )))
    }

    fn request(&mut self, request: Request) -> Result<(), LspError> {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            HoverRequest::METHOD => parse(request).map(|p| to_json(self.hover(p))),
            Completion::METHOD => parse(request).map(|p| to_json(self.completion(p))),
            CodeActionRequest::METHOD => parse(request).map(|p| to_json(self.code_actions(p))),
            _ => Err((
                ErrorCode::MethodNotFound,
                format!("okänd begäran `{}`", request.method),
            )),
        };
        self.respond(id, result)
    }

    fn respond(
        &self,
        id: RequestId,
        result: Result<serde_json::Value, (ErrorCode, String)>,
    ) -> Result<(), LspError> {
        let response = match result {
            Ok(value) => Response::new_ok(id, value),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        };
        self.send(Message::Response(response))
    }

    /// On a finding: its message and its rule's documentation.
    fn hover(&self, params: HoverParams) -> Option<Hover> {
        let at = params.text_document_position_params;
        let linted = self
            .documents
            .get(at.text_document.uri.as_str())?
            .linted
            .as_ref()?;
        let lines = LineIndex::new(&linted.source);
        let offset = lines.offset(at.position);
        let found: Vec<String> = linted
            .diagnostics
            .iter()
            .filter(|d| d.span[0] <= offset && offset <= d.span[1])
            .filter_map(|d| {
                let meta = registry::find(d.code)?;
                let docs: Vec<&str> = meta
                    .docs
                    .lines()
                    .map(|l| l.strip_prefix(' ').unwrap_or(l))
                    .collect();
                Some(format!(
                    "**{} {}** ({})\n\n{}\n\n---\n\n{}",
                    meta.code,
                    meta.name,
                    d.severity.swedish(),
                    d.message,
                    docs.join("\n").trim()
                ))
            })
            .collect();
        (!found.is_empty()).then(|| Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: found.join("\n\n---\n\n"),
            }),
            range: None,
        })
    }

    /// Keys and enum values of a case file, from the case schema.
    fn completion(&self, params: CompletionParams) -> Option<CompletionResponse> {
        let at = params.text_document_position;
        let document = self.documents.get(at.text_document.uri.as_str())?;
        if !crate::paper::structure::is_case_file(&document.path) {
            return None;
        }
        let lines = LineIndex::new(&document.text);
        let offset = lines.offset(at.position);
        let line_start = document.text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let items = schema::complete(
            &self.schema,
            &document.text,
            at.position.line as usize,
            offset - line_start,
        )
        .into_iter()
        .map(|c| CompletionItem {
            kind: Some(if c.insert.ends_with(": ") {
                CompletionItemKind::PROPERTY
            } else {
                CompletionItemKind::ENUM_MEMBER
            }),
            documentation: c.detail.map(Documentation::String),
            insert_text: Some(c.insert),
            label: c.label,
            ..Default::default()
        })
        .collect();
        Some(CompletionResponse::Array(items))
    }

    /// The certain fixes of the findings in the range, one action each.
    fn code_actions(&self, params: CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = params.text_document.uri;
        let Some(linted) = self
            .documents
            .get(uri.as_str())
            .and_then(|d| d.linted.as_ref())
        else {
            return Vec::new();
        };
        let lines = LineIndex::new(&linted.source);
        let (start, end) = (
            lines.offset(params.range.start),
            lines.offset(params.range.end),
        );
        linted
            .diagnostics
            .iter()
            .filter(|d| d.span[0] <= end && start <= d.span[1])
            .filter_map(|d| {
                let fix = d.fix.as_ref()?;
                let edit = TextEdit::new(lines.range(fix.span), fix.replacement.clone());
                Some(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.title(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![convert::diagnostic(&uri, &lines, d)]),
                    edit: Some(WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
                        ..Default::default()
                    }),
                    is_preferred: Some(true),
                    ..Default::default()
                }))
            })
            .collect()
    }
}

/// Whether the server lints this file: a case or meeting file, or a text
/// paper. Word and PDF files are not edited as text.
fn is_served(path: &std::path::Path) -> bool {
    crate::paper::structure::is_case_file(path)
        || matches!(
            crate::reader::Format::of(path),
            Some(crate::reader::Format::Text | crate::reader::Format::Markdown)
        )
}

fn parse<P: serde::de::DeserializeOwned>(request: Request) -> Result<P, (ErrorCode, String)> {
    serde_json::from_value(request.params).map_err(|e| {
        (
            ErrorCode::InvalidParams,
            format!("ogiltiga parametrar: {e}"),
        )
    })
}

fn to_json(value: impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(value).expect("protocol types serialise")
}
