//! The kinds of record a binder keeps besides medications, declared once: their table,
//! short-id prefix and fields. The store, the command line and the exports all read
//! these declarations, so a field is added in one place.

/// What a field holds, which decides how it is parsed, stored and offered as a flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    Text,
    /// A calendar date (YYYY-MM-DD or the relative forms in `dates`).
    Date,
    /// A local date and time (an appointment).
    DateTime,
    /// One of a fixed set of words.
    Choice(&'static [&'static str]),
    /// A yes/no mark, stored as 0/1.
    Flag,
    /// A provider of the care team, by id or name; free text when not in the team.
    Provider,
}

#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Column name and JSON key (snake_case); the flag is the same in kebab-case.
    pub name: &'static str,
    pub help: &'static str,
    pub ty: FieldType,
    /// Given as a positional argument at `add` (and as a flag at `edit`).
    pub positional: bool,
    pub required: bool,
    pub default: Option<&'static str>,
    /// Set only by dedicated commands (done, resolve, answer), not at `add`.
    pub managed: bool,
    /// Shown as a column by `list`.
    pub listed: bool,
}

const fn f(name: &'static str, help: &'static str, ty: FieldType) -> Field {
    Field {
        name,
        help,
        ty,
        positional: false,
        required: false,
        default: None,
        managed: false,
        listed: false,
    }
}

impl Field {
    const fn pos(mut self) -> Self {
        self.positional = true;
        self.required = true;
        self.listed = true;
        self
    }
    const fn req(mut self) -> Self {
        self.required = true;
        self
    }
    const fn list(mut self) -> Self {
        self.listed = true;
        self
    }
    const fn def(mut self, v: &'static str) -> Self {
        self.default = Some(v);
        self
    }
    const fn managed(mut self) -> Self {
        self.managed = true;
        self
    }

    pub fn flag(&self) -> String {
        self.name.replace('_', "-")
    }
}

#[derive(Debug)]
pub struct Kind {
    /// The command and the word in messages: `condition`.
    pub name: &'static str,
    pub plural: &'static str,
    pub table: &'static str,
    /// Short ids are the prefix and a number: `c3`.
    pub prefix: &'static str,
    pub about: &'static str,
    pub fields: &'static [Field],
    /// Fields a name is matched against (case-insensitive).
    pub name_fields: &'static [&'static str],
    pub examples: &'static str,
}

impl Kind {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

use FieldType::*;

pub const ROLES: &[&str] = &[
    "pcp",
    "specialist",
    "pharmacy",
    "hospital",
    "dentist",
    "therapist",
    "other",
];

pub static PROVIDER: Kind = Kind {
    name: "provider",
    plural: "providers",
    table: "providers",
    prefix: "p",
    about: "The care team: doctors, pharmacies, hospitals, therapists",
    fields: &[
        f("name", "Name, e.g. \"Dr Amal Haddad\"", Text).pos(),
        f("role", "Role in the care team", Choice(ROLES))
            .req()
            .list(),
        f("specialty", "Specialty, e.g. cardiology", Text).list(),
        f("org", "Practice, clinic or hospital", Text),
        f("phone", "Phone number", Text).list(),
        f("fax", "Fax number", Text),
        f("email", "Email address", Text),
        f("address", "Postal address", Text),
        f("portal", "Patient portal address", Text),
        f("notes", "Anything else worth knowing", Text),
    ],
    name_fields: &["name"],
    examples: "phr provider add \"Dr Amal Haddad\" --role specialist --specialty cardiology --phone 555-0101 --fax 555-0102",
};

pub static CONTACT: Kind = Kind {
    name: "contact",
    plural: "contacts",
    table: "contacts",
    prefix: "ct",
    about: "Caregivers, family and emergency contacts; one is the primary liaison",
    fields: &[
        f("name", "Name", Text).pos(),
        f(
            "relationship",
            "Relationship, e.g. daughter, neighbour",
            Text,
        )
        .req()
        .list(),
        f("phone", "Phone number", Text).list(),
        f("email", "Email address", Text),
        f(
            "liaison",
            "The primary liaison: the one person providers call (moves the mark)",
            Flag,
        )
        .list(),
        f(
            "authority",
            "Legal authority, e.g. \"health care power of attorney\"",
            Text,
        )
        .list(),
    ],
    name_fields: &["name"],
    examples: "phr contact add \"Ana Souza\" --relationship daughter --phone 555-0199 --liaison --authority \"health care proxy\"",
};

pub static CONDITION: Kind = Kind {
    name: "condition",
    plural: "conditions",
    table: "conditions",
    prefix: "c",
    about: "Conditions and diagnoses, active or resolved",
    fields: &[
        f("name", "The condition, e.g. \"type 2 diabetes\"", Text).pos(),
        f("onset", "When it began", Date).list(),
        f(
            "status",
            "Active or resolved",
            Choice(&["active", "resolved"]),
        )
        .def("active")
        .list(),
        f("resolved", "When it resolved", Date).managed().list(),
        f("notes", "Notes", Text),
    ],
    name_fields: &["name"],
    examples: "phr condition add \"type 2 diabetes\" --onset 2019-03-01",
};

pub static ALLERGY: Kind = Kind {
    name: "allergy",
    plural: "allergies",
    table: "allergies",
    prefix: "a",
    about: "Allergies and intolerances (or, explicitly, none known)",
    fields: &[
        f(
            "substance",
            "What causes it, e.g. penicillin, peanuts",
            Text,
        )
        .pos(),
        f("reaction", "What happens, e.g. hives", Text).list(),
        f(
            "severity",
            "How bad",
            Choice(&["mild", "moderate", "severe"]),
        )
        .list(),
        f(
            "kind",
            "Drug, food, environment or other",
            Choice(&["drug", "food", "environment", "other"]),
        )
        .list(),
        f("notes", "Notes", Text),
    ],
    name_fields: &["substance"],
    examples: "phr allergy add penicillin --reaction hives --severity moderate --kind drug\nphr allergy none",
};

pub static PROCEDURE: Kind = Kind {
    name: "procedure",
    plural: "procedures",
    table: "procedures",
    prefix: "pr",
    about: "Procedures and surgeries",
    fields: &[
        f(
            "name",
            "The procedure, e.g. \"cataract surgery, left eye\"",
            Text,
        )
        .pos(),
        f("date", "When", Date).list(),
        f("provider", "Who did it (a provider id or name)", Provider).list(),
        f("notes", "Notes", Text),
    ],
    name_fields: &["name"],
    examples: "phr procedure add \"knee replacement, right\" --date 2021-06-15 --provider \"Dr Ortiz\"",
};

pub static IMMUNIZATION: Kind = Kind {
    name: "immunization",
    plural: "immunizations",
    table: "immunizations",
    prefix: "im",
    about: "Vaccines given",
    fields: &[
        f("name", "The vaccine, e.g. \"influenza 2026-27\"", Text).pos(),
        f("date", "When given", Date).list(),
        f("dose", "Dose number or amount", Text).list(),
        f("lot", "Lot number", Text),
        f("notes", "Notes", Text),
    ],
    name_fields: &["name"],
    examples: "phr immunization add \"influenza\" --date 2026-10-02",
};

pub static ENCOUNTER: Kind = Kind {
    name: "encounter",
    plural: "encounters",
    table: "encounters",
    prefix: "en",
    about: "Hospital stays, ER and urgent-care visits, office visits",
    fields: &[
        f("name", "Where, e.g. \"St. Mary's Hospital\"", Text).pos(),
        f(
            "kind",
            "What kind of visit",
            Choice(&["hospital", "er", "urgent-care", "office"]),
        )
        .req()
        .list(),
        f("date", "Admitted or seen on", Date).list(),
        f("discharged", "Discharged on", Date).list(),
        f("reason", "Why", Text).list(),
        f("notes", "Notes", Text),
    ],
    name_fields: &["name"],
    examples: "phr encounter add \"St. Mary's Hospital\" --kind hospital --date 2026-11-17 --discharged 2026-11-20 --reason pneumonia",
};

pub static RESULT: Kind = Kind {
    name: "result",
    plural: "results",
    table: "results",
    prefix: "r",
    about: "Tests and results, so \"when was this last done?\" is one command",
    fields: &[
        f("test", "The test, e.g. HbA1c", Text).pos(),
        f("value", "The result", Text).list(),
        f("unit", "Unit, e.g. %", Text).list(),
        f("range", "Reference range", Text),
        f("date", "When it was done", Date).list(),
        f(
            "ordered_by",
            "Who ordered it (a provider id or name)",
            Provider,
        )
        .list(),
        f("notes", "Notes", Text),
    ],
    name_fields: &["test"],
    examples: "phr result add HbA1c --value 7.2 --unit % --date 2026-10-01 --ordered-by \"Dr Lee\"\nphr result list --test hba1c",
};

pub static FAMILY: Kind = Kind {
    name: "family",
    plural: "family history entries",
    table: "family_history",
    prefix: "fh",
    about: "Family history: who had what",
    fields: &[
        f("relation", "Who, e.g. mother", Text).pos(),
        f("condition", "What, e.g. \"breast cancer at 52\"", Text).pos(),
        f("notes", "Notes", Text),
    ],
    name_fields: &["relation", "condition"],
    examples: "phr family add mother \"breast cancer at 52\"",
};

pub static DEVICE: Kind = Kind {
    name: "device",
    plural: "devices",
    table: "devices",
    prefix: "dv",
    about: "Implanted devices: pacemaker, insulin pump, joint replacement",
    fields: &[
        f("name", "The device, e.g. pacemaker", Text).pos(),
        f("date", "When implanted", Date).list(),
        f("model", "Make and model", Text).list(),
        f("notes", "Notes, e.g. \"MRI conditional\"", Text).list(),
    ],
    name_fields: &["name"],
    examples: "phr device add pacemaker --date 2024-02-10 --model \"Medtronic Azure\" --notes \"MRI conditional\"",
};

pub static APPOINTMENT: Kind = Kind {
    name: "appt",
    plural: "appointments",
    table: "appointments",
    prefix: "ap",
    about: "Appointments: upcoming, done or cancelled",
    fields: &[
        f(
            "when",
            "When: \"2026-12-01 14:30\", \"next monday 2pm\"",
            DateTime,
        )
        .pos(),
        f("with", "With whom (a provider id or name)", Provider)
            .req()
            .list(),
        f("reason", "What for", Text).list(),
        f("location", "Where", Text).list(),
        f(
            "status",
            "Scheduled, done or cancelled",
            Choice(&["scheduled", "done", "cancelled"]),
        )
        .def("scheduled")
        .managed()
        .list(),
        f("notes", "Notes from the visit", Text),
    ],
    name_fields: &["with", "reason"],
    examples: "phr appt add \"2026-12-01 14:30\" --with \"Dr Haddad\" --reason \"echo follow-up\"\nphr appt done ap1 --notes \"echo normal\"",
};

pub static TASK: Kind = Kind {
    name: "task",
    plural: "tasks",
    table: "tasks",
    prefix: "t",
    about: "Follow-up tasks: calls to make, forms to send",
    fields: &[
        f("text", "What to do", Text).pos(),
        f("due", "When it is due", Date).list(),
        f("for", "For which provider (id or name)", Provider).list(),
        f("status", "Open or done", Choice(&["open", "done"]))
            .def("open")
            .managed()
            .list(),
        f("done_at", "When it was done", Date).managed(),
    ],
    name_fields: &["text"],
    examples: "phr task add \"call cardiology about the echo\" --due \"in 3 days\"",
};

pub static QUESTION: Kind = Kind {
    name: "question",
    plural: "questions",
    table: "questions",
    prefix: "q",
    about: "Questions to ask at the next visit",
    fields: &[
        f("text", "The question", Text).pos(),
        f(
            "for",
            "For which provider or appointment (p1, ap2 or a name)",
            Text,
        )
        .list(),
        f("status", "Open or answered", Choice(&["open", "answered"]))
            .def("open")
            .managed()
            .list(),
        f("answer", "The answer", Text).managed().list(),
    ],
    name_fields: &["text"],
    examples: "phr question add \"Can I stop the aspirin before the dental work?\" --for \"Dr Lee\"\nphr question answer q1 \"Yes, 5 days before\"",
};

pub static NOTE: Kind = Kind {
    name: "note",
    plural: "notes",
    table: "notes",
    prefix: "n",
    about: "The communication log: calls, faxes, messages",
    fields: &[
        f("text", "What was said or agreed", Text).pos(),
        f("with", "With whom (a provider id or name)", Provider).list(),
    ],
    name_fields: &["text"],
    examples: "phr note add \"called cardiology; they will fax the echo to Dr Lee\" --with \"Dr Haddad\"",
};

/// Every declared kind, in the order commands and exports list them.
pub static ALL: &[&Kind] = &[
    &PROVIDER,
    &CONTACT,
    &CONDITION,
    &ALLERGY,
    &PROCEDURE,
    &IMMUNIZATION,
    &ENCOUNTER,
    &RESULT,
    &FAMILY,
    &DEVICE,
    &APPOINTMENT,
    &TASK,
    &QUESTION,
    &NOTE,
];

pub fn by_name(name: &str) -> Option<&'static Kind> {
    ALL.iter().copied().find(|k| k.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_tables_are_unique_and_ids_unambiguous() {
        let mut prefixes: Vec<&str> = ALL.iter().map(|k| k.prefix).collect();
        prefixes.push("m");
        let n = prefixes.len();
        prefixes.sort();
        prefixes.dedup();
        assert_eq!(prefixes.len(), n);
        for k in ALL {
            assert!(k.fields.iter().any(|f| f.positional), "{}", k.name);
            for nf in k.name_fields {
                assert!(k.field(nf).is_some(), "{}.{nf}", k.name);
            }
            for f in k.fields {
                assert!(
                    !["id", "uuid", "created_at", "updated_at"].contains(&f.name),
                    "{} reuses a reserved column",
                    k.name
                );
            }
        }
    }
}
