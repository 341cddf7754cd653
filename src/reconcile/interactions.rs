//! The curated high-severity interaction table (`data/interactions.tsv`, phr's own
//! format, each row cited in `data/INTERACTIONS-SOURCES.md`), compiled in and parsed once.

use std::sync::OnceLock;

const TABLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/interactions.tsv"
));

/// One high-severity pair of ingredient groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    pub id: String,
    pub label_a: String,
    pub ingredients_a: Vec<String>,
    pub label_b: String,
    pub ingredients_b: Vec<String>,
    /// One sentence in phr's words on why the pair matters.
    pub summary: String,
    pub source: String,
}

impl Interaction {
    /// Whether two different ingredients form this pair (in either order).
    pub fn matches(&self, x: &str, y: &str) -> bool {
        if x == y {
            return false;
        }
        let a = |s: &str| self.ingredients_a.iter().any(|i| i == s);
        let b = |s: &str| self.ingredients_b.iter().any(|i| i == s);
        (a(x) && b(y)) || (a(y) && b(x))
    }
}

fn parse(table: &str) -> Vec<Interaction> {
    let split = |s: &str| -> Vec<String> {
        s.split(',')
            .map(|x| x.trim().to_lowercase())
            .filter(|x| !x.is_empty())
            .collect()
    };
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("id\t") && !l.trim().is_empty())
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c.len() >= 7).then(|| Interaction {
                id: c[0].to_string(),
                label_a: c[1].to_string(),
                ingredients_a: split(c[2]),
                label_b: c[3].to_string(),
                ingredients_b: split(c[4]),
                summary: c[5].to_string(),
                source: c[6].to_string(),
            })
        })
        .collect()
}

/// The table, parsed on first use.
pub fn interaction_table() -> &'static [Interaction] {
    static T: OnceLock<Vec<Interaction>> = OnceLock::new();
    T.get_or_init(|| parse(TABLE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete_and_cited() {
        let t = interaction_table();
        assert_eq!(t.len(), 19);
        assert!(
            t.iter()
                .all(|r| !r.source.is_empty() && !r.summary.is_empty())
        );
        assert!(t.iter().all(|r| !r.id.starts_with("nonint")));
        let lower = TABLE.to_lowercase();
        for bad in ["stop taking", "do not take", "discontinue"] {
            assert!(!lower.contains(bad), "table must not give orders: {bad}");
        }
    }

    #[test]
    fn pairs_match_both_ways_but_never_self() {
        let t = interaction_table();
        let qt = t.iter().find(|r| r.id == "onc-08").unwrap();
        assert!(qt.matches("citalopram", "ondansetron"));
        assert!(!qt.matches("citalopram", "citalopram"));
        let w = t.iter().find(|r| r.id == "ext-01").unwrap();
        assert!(w.matches("ibuprofen", "warfarin"));
        assert!(!t.iter().any(|r| r.matches("aspirin", "apixaban")));
        assert!(!t.iter().any(|r| r.matches("lisinopril", "aspirin")));
    }
}
