//! The one place phr touches serde_yaml, so the dependency can be swapped in one file.

pub use serde_yaml::Error;

pub fn from_str<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, Error> {
    serde_yaml::from_str(s)
}

pub fn to_string<T: serde::Serialize + ?Sized>(v: &T) -> Result<String, Error> {
    serde_yaml::to_string(v)
}
