//! JSON text serialized as the value it holds, each piece handed to the serializer as it
//! is read, without building a `serde_json::Value` first: the portable export writes every
//! medication's stored parse this way, in whichever format it writes.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, Serialize, SerializeMap, SerializeSeq, Serializer};

/// JSON text that serializes as the value it holds: the same calls, in the same order, as
/// serializing `serde_json::from_str::<Value>(text)` makes. [`Json::new`] checks the
/// text first.
pub struct Json<'t>(&'t str);

impl<'t> Json<'t> {
    /// The text, if it is JSON (one value, nested no deeper than serde_json reads) and no
    /// object in it repeats a key (a `Value` keeps one entry of a repeated key, which
    /// this would write twice).
    pub fn new(text: &'t str) -> Option<Self> {
        let mut de = serde_json::Deserializer::from_str(text);
        Check.deserialize(&mut de).ok()?;
        de.end().ok()?;
        Some(Json(text))
    }
}

/// Reads a value, and fails on an object that repeats a key.
struct Check;

impl<'de> DeserializeSeed<'de> for Check {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Check {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
        while a.next_element_seed(Check)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
        let mut keys: Vec<Cow<'de, str>> = Vec::new();
        while let Some(key) = a.next_key_seed(Key)? {
            if keys.contains(&key) {
                return Err(de::Error::custom("a repeated key"));
            }
            keys.push(key);
            a.next_value_seed(Check)?;
        }
        Ok(())
    }
}

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut de = serde_json::Deserializer::from_str(self.0);
        match de.deserialize_any(Forward(s)) {
            Ok(written) => written,
            // Not reached for text `Json::new` accepted.
            Err(e) => Err(ser::Error::custom(e)),
        }
    }
}

/// Hands each value read to the serializer. The serializer's own result (its error
/// included, unchanged) is the visitor's value, so that an error of the output (a closed
/// pipe) keeps its kind.
struct Forward<S>(S);

type Written<S> = Result<<S as Serializer>::Ok, <S as Serializer>::Error>;

impl<'de, S: Serializer> Visitor<'de> for Forward<S> {
    type Value = Written<S>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Written<S>, E> {
        Ok(self.0.serialize_bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Written<S>, E> {
        Ok(self.0.serialize_i64(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Written<S>, E> {
        Ok(self.0.serialize_u64(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Written<S>, E> {
        Ok(self.0.serialize_f64(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Written<S>, E> {
        Ok(self.0.serialize_str(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Written<S>, E> {
        Ok(self.0.serialize_unit())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Written<S>, A::Error> {
        let mut seq = match self.0.serialize_seq(None) {
            Ok(seq) => seq,
            Err(e) => return skip_seq(a, e),
        };
        while let Some(written) = a.next_element_seed(Element(&mut seq))? {
            if let Err(e) = written {
                return skip_seq(a, e);
            }
        }
        Ok(seq.end())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Written<S>, A::Error> {
        let mut map = match self.0.serialize_map(None) {
            Ok(map) => map,
            Err(e) => return skip_map(a, e),
        };
        while let Some(key) = a.next_key_seed(Key)? {
            if let Err(e) = map.serialize_key(&*key) {
                a.next_value::<de::IgnoredAny>()?;
                return skip_map(a, e);
            }
            if let Err(e) = a.next_value_seed(Entry(&mut map))? {
                return skip_map(a, e);
            }
        }
        Ok(map.end())
    }
}

/// After the serializer failed: reads to the array's end (the reader checks it), and
/// gives the serializer's error.
fn skip_seq<'de, A: SeqAccess<'de>, T, E>(mut a: A, e: E) -> Result<Result<T, E>, A::Error> {
    while a.next_element::<de::IgnoredAny>()?.is_some() {}
    Ok(Err(e))
}

/// After the serializer failed: reads to the object's end, and gives the serializer's
/// error.
fn skip_map<'de, A: MapAccess<'de>, T, E>(mut a: A, e: E) -> Result<Result<T, E>, A::Error> {
    while a.next_key::<de::IgnoredAny>()?.is_some() {
        a.next_value::<de::IgnoredAny>()?;
    }
    Ok(Err(e))
}

/// A map key, borrowed from the text when it has no escape.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}

/// Reads one element of an array into a sequence being serialized.
struct Element<'a, Q>(&'a mut Q);

impl<'de, Q: SerializeSeq> DeserializeSeed<'de> for Element<'_, Q> {
    type Value = Result<(), Q::Error>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let pull = Pull(RefCell::new(Some(d)), RefCell::new(None));
        let written = self.0.serialize_element(&pull);
        pull.finish(written)
    }
}

/// Reads one value of an object into a map being serialized.
struct Entry<'a, M>(&'a mut M);

impl<'de, M: SerializeMap> DeserializeSeed<'de> for Entry<'_, M> {
    type Value = Result<(), M::Error>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let pull = Pull(RefCell::new(Some(d)), RefCell::new(None));
        let written = self.0.serialize_value(&pull);
        pull.finish(written)
    }
}

/// A value still to be read, serialized by reading it: the reader's error is kept aside
/// and given back as the reader's.
struct Pull<'de, D: Deserializer<'de>>(RefCell<Option<D>>, RefCell<Option<D::Error>>);

impl<'de, D: Deserializer<'de>> Pull<'de, D> {
    fn finish<E>(self, written: Result<(), E>) -> Result<Result<(), E>, D::Error> {
        if let Some(e) = self.1.into_inner() {
            return Err(e);
        }
        // A serializer that failed before it asked for the value: it is read past.
        if let Some(d) = self.0.into_inner() {
            d.deserialize_ignored_any(de::IgnoredAny)?;
        }
        Ok(written)
    }
}

impl<'de, D: Deserializer<'de>> Serialize for Pull<'de, D> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Some(d) = self.0.borrow_mut().take() else {
            return Err(ser::Error::custom("a value was serialized twice"));
        };
        match d.deserialize_any(Forward(s)) {
            Ok(written) => written,
            Err(e) => {
                *self.1.borrow_mut() = Some(e);
                Err(ser::Error::custom("the JSON text could not be read"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (prop::num::f64::NORMAL | prop::num::f64::ZERO).prop_map(Value::from),
            "[a-z\"\\\\\n\u{e9}\u{1F600} ]{0,6}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec(("[a-z\"\\\\]{0,4}", inner), 0..5)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// The text serializes as its value does, in JSON (pretty and compact) and YAML.
        #[test]
        fn serializes_as_the_value_it_holds(v in value(), pretty in any::<bool>()) {
            let text = if pretty {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                serde_json::to_string(&v).unwrap()
            };
            let read: Value = serde_json::from_str(&text).unwrap();
            let json = Json::new(&text).unwrap();
            prop_assert_eq!(
                serde_json::to_string_pretty(&json).unwrap(),
                serde_json::to_string_pretty(&read).unwrap()
            );
            prop_assert_eq!(serde_json::to_value(&json).unwrap(), read.clone());
            prop_assert_eq!(
                crate::yaml::to_string(&json).unwrap(),
                crate::yaml::to_string(&read).unwrap()
            );
        }
    }

    #[test]
    fn text_that_is_not_json_is_refused() {
        for t in [
            "",
            "{",
            "[1,]",
            "{\"a\":1} x",
            "nul",
            "\"\\x\"",
            r#"[{"a":1,"b":{"c":2,"c":3}}]"#,
        ] {
            assert!(Json::new(t).is_none(), "{t:?}");
        }
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(Json::new(&deep).is_none());
    }

    /// An error of the output comes back as the output's, not as text.
    #[test]
    fn an_output_error_keeps_its_kind() {
        /// Takes so many bytes (the first field), then fails.
        struct Closed(usize, usize);
        impl std::io::Write for Closed {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                if self.1 + b.len() > self.0 {
                    return Err(std::io::ErrorKind::BrokenPipe.into());
                }
                self.1 += b.len();
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let json = Json::new(r#"{"a": [1, {"b": "c", "d": [2, 3]}], "e": {"f": 4}}"#).unwrap();
        let whole = serde_json::to_string(&json).unwrap();
        // Failing at every point of the output: in a key, a value, an array or an object.
        for room in 0..whole.len() {
            let e = serde_json::to_writer(Closed(room, 0), &json).unwrap_err();
            assert_eq!(
                e.io_error_kind(),
                Some(std::io::ErrorKind::BrokenPipe),
                "{room}: {e:?}"
            );
        }
    }
}
