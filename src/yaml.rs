//! The one place that names `serde_yaml` (unmaintained): swapping the YAML library
//! must touch only this file.

use serde::de::DeserializeOwned;

/// A YAML document could not be read. Carries only a position and a category, never the
/// document's text, so it is safe to show next to health data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what}{}", position.map(|(l, c)| format!(" at line {l}, column {c}")).unwrap_or_default())]
pub struct YamlError {
    /// 1-based (line, column), when the library knows it.
    pub position: Option<(usize, usize)>,
    /// What kind of problem, in words that never quote the input.
    pub what: String,
}

/// Deserializes one YAML document. Alias expansion and nesting depth are bounded by the
/// library (it refuses "billion laughs" documents with an error instead of expanding them).
pub fn from_str<T: DeserializeOwned>(s: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(s).map_err(|e| {
        let position = e.location().map(|l| (l.line(), l.column()));
        let msg = e.to_string();
        let what = if msg.contains("recursion limit") {
            "the document is nested too deeply"
        } else if msg.contains("repetition limit") || msg.contains("alias") {
            "the document expands too many aliases"
        } else if msg.contains("invalid type") || msg.contains("expected") {
            "a value has the wrong type"
        } else {
            "not valid YAML"
        };
        YamlError {
            position,
            what: what.to_string(),
        }
    })
}

/// Serializes a value as YAML.
pub fn to_string<T: serde::Serialize>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|_| YamlError {
        position: None,
        what: "could not write YAML".to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_reports_position_without_content() {
        let v: serde_json::Value = from_str("a: 1\nb: [2, 3]\n").unwrap();
        assert_eq!(v["b"][1], 3);
        let e = from_str::<serde_json::Value>("a: 1\nsecret: [unclosed\n").unwrap_err();
        assert!(e.position.is_some());
        assert!(!e.to_string().contains("secret"));
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut doc = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for c in 'b'..='k' {
            doc.push_str(&format!(
                "{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = c;
        }
        assert!(from_str::<serde_json::Value>(&doc).is_err());
    }
}
