//! Fuzzes the portable export's own writers against the libraries they stand in for: for
//! any JSON document, what `yaml::block` writes is serde_yaml's text, what
//! `export::toml_block` writes is the toml crate's, and what `export::transcode` hands on
//! is what a `serde_json::Value` of the text serializes as, and what `phr::json` writes
//! is serde_json's pretty text; where `phr::json::reindent` takes any text (JSON or not),
//! it writes what `phr::json` writes of the text streamed by `export::transcode`; a
//! `phr::json::tree` of any text holds what its `serde_json::Value` holds and writes as
//! YAML what the text streamed writes; none of them panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use phr::export::toml_block::{self, Item};
use phr::export::transcode::Json;
use phr::json::Tree;
use serde_json::{Map, Value};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for depth in [0, 3] {
        let mut reindented = String::new();
        if phr::json::reindent(text, depth, &mut reindented) {
            let json = Json::new(text).expect("reindent took only plain JSON");
            let mut out = Vec::new();
            phr::json::to_vec_pretty_at(&mut out, depth, &json).expect("writes");
            assert_eq!(reindented.as_bytes(), out);
        } else {
            assert!(reindented.is_empty(), "a refused text left output");
        }
    }

    let tree = phr::json::tree(text);
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        assert!(tree.is_none(), "a tree of text that is not JSON");
        return;
    };
    if let Some(tree) = &tree {
        assert_eq!(*tree, Tree::from(&value));
    }

    let mut out = Vec::new();
    if phr::yaml::block::write(&value, &mut out).is_ok() {
        let want = phr::yaml::to_string(&value).expect("the library writes any JSON value");
        assert_eq!(String::from_utf8(out).expect("UTF-8"), want);
    } else {
        assert!(out.is_empty(), "a refused document left output");
    }

    let mut out = Vec::new();
    phr::json::to_vec_pretty_at(&mut out, 0, &value).expect("writes any JSON value");
    assert_eq!(out, serde_json::to_vec_pretty(&value).expect("writes"));

    if let Some(json) = Json::new(text) {
        assert_eq!(
            serde_json::to_string_pretty(&json).expect("writes"),
            serde_json::to_string_pretty(&value).expect("writes")
        );
        let mut out = Vec::new();
        phr::json::to_vec_pretty_at(&mut out, 0, &json).expect("writes");
        assert_eq!(out, serde_json::to_vec_pretty(&value).expect("writes"));
        assert_eq!(
            phr::yaml::to_string(&json).ok(),
            phr::yaml::to_string(&value).ok()
        );
        if let Some(tree) = &tree {
            assert_eq!(
                phr::yaml::to_string(tree).ok(),
                phr::yaml::to_string(&json).ok()
            );
        }
    }

    if let Value::Object(m) = &value {
        let trees: Vec<Tree<'_>> = m.values().map(Tree::from).collect();
        let items: Vec<(&str, Item<'_>)> = m
            .keys()
            .zip(&trees)
            .map(|(k, t)| (k.as_str(), Item::Json(t)))
            .collect();
        let mut out = String::new();
        if toml_block::row(&mut out, "rows", &items).is_ok() {
            let mut doc = Map::new();
            doc.insert("rows".into(), Value::Array(vec![value.clone()]));
            assert_eq!(Some(out), toml::to_string_pretty(&doc).ok());
        } else {
            assert!(out.is_empty(), "a refused row left output");
        }
    }
});
