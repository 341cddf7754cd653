
use builtin;
use str;

set edit:completion:arg-completer[phr] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'phr'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'phr'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new binder: binder.age and identity.age in a 0700 directory'
            cand demo 'A tour on a throwaway binder filled with sample data'
            cand unlock 'Start a session so later commands skip the passphrase: eval "$(phr unlock)"'
            cand lock 'End the session started by `phr unlock`'
            cand passwd 'Change the passphrase that protects identity.age (the binder is untouched)'
            cand share 'Share the binder with a caregiver''s age or SSH key, list or remove them'
            cand med 'Medications: add, list, show, edit, stop, history, verify, parse'
            cand request 'Ask providers to send reports, or for a copy of your records; tracked until done'
            cand log 'The change log: every change, when, and from which source'
            cand reconcile 'Compare a new medication list with the saved one; accept changes one by one or with --apply'
            cand export 'Print or write a printout, the calendar, the whole binder, or a FHIR summary'
            cand import 'Import a phr export (JSON, TOML, YAML) or a FHIR R4 Bundle'
            cand backup 'The encrypted backups kept before each save'
            cand config 'Show the settings in force and where each comes from'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages, one per command, into DIR'
            cand profile 'The patient: name, date of birth, insurance, advance directive'
            cand provider 'The care team: doctors, pharmacies, hospitals, therapists'
            cand contact 'Caregivers, family and emergency contacts; one is the primary liaison'
            cand condition 'Conditions and diagnoses, active or resolved'
            cand allergy 'Allergies and intolerances (or, explicitly, none known)'
            cand procedure 'Procedures and surgeries'
            cand immunization 'Vaccines given'
            cand encounter 'Hospital stays, ER and urgent-care visits, office visits'
            cand result 'Tests and results, so "when was this last done?" is one command'
            cand family 'Family history: who had what'
            cand device 'Implanted devices: pacemaker, insulin pump, joint replacement'
            cand appt 'Appointments: upcoming, done or cancelled'
            cand task 'Follow-up tasks: calls to make, forms to send'
            cand question 'Questions to ask at the next visit'
            cand note 'The communication log: calls, faxes, messages'
            cand agenda 'What is coming up: appointments in the next 30 days, due tasks, open questions, open requests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;init'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;demo'= {
            cand --keep 'Keep the demo binder in DIR (it must not exist yet) instead of a temp directory'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;unlock'= {
            cand --for 'How long the session lasts: 90s, 15m, 2h, 1h30m (at most 24h) [default: 15m, or `session` in config.toml]'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;lock'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;passwd'= {
            cand --new-passphrase-file 'Read the new passphrase from the first line of FILE'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;share'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a caregiver''s age recipient (age1…) or SSH public key (ssh-ed25519 …)'
            cand list 'List who can open the binder'
            cand remove 'Stop encrypting to someone (by name or recipient)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;share;add'= {
            cand --name 'Who this is, e.g. "Ana (daughter)"'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;share;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;share;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;share;help'= {
            cand add 'Add a caregiver''s age recipient (age1…) or SSH public key (ssh-ed25519 …)'
            cand list 'List who can open the binder'
            cand remove 'Stop encrypting to someone (by name or recipient)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;share;help;add'= {
        }
        &'phr;share;help;list'= {
        }
        &'phr;share;help;remove'= {
        }
        &'phr;share;help;help'= {
        }
        &'phr;med'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a medication as written on the label or prescription'
            cand list 'List the active medications (--all adds stopped ones)'
            cand show 'Show one medication'
            cand edit 'Change a medication (the change log keeps before and after)'
            cand stop 'Stop a medication, with the date and the reason'
            cand history 'Every change to one medication, with its date and reason'
            cand verify 'Mark the whole list reviewed today; lists and printouts show the date'
            cand parse 'Show what phr understands of a medication line (needs no binder)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;med;add'= {
            cand --prescriber 'Who prescribed it (a provider id or name)'
            cand --pharmacy 'Which pharmacy fills it (a provider id or name)'
            cand --reason 'What it is for'
            cand --kind 'Prescription, over-the-counter or supplement [default: what the drug usually is]'
            cand --start 'When it was started (YYYY-MM-DD, today, "2 weeks ago", …)'
            cand --instructions 'Special instructions, e.g. "with food"'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --prn 'Taken only as needed'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;med;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --all 'Include stopped medications'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;med;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;med;edit'= {
            cand --text 'The medication line as now written'
            cand --prescriber 'Who prescribed it'
            cand --pharmacy 'Which pharmacy fills it'
            cand --reason 'What it is for'
            cand --kind 'Prescription, over-the-counter or supplement'
            cand --start 'When it was started'
            cand --instructions 'Special instructions'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;med;stop'= {
            cand --reason 'Why it was stopped'
            cand --date 'When it was stopped [default: today]'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;med;history'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;med;verify'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;med;parse'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;med;help'= {
            cand add 'Add a medication as written on the label or prescription'
            cand list 'List the active medications (--all adds stopped ones)'
            cand show 'Show one medication'
            cand edit 'Change a medication (the change log keeps before and after)'
            cand stop 'Stop a medication, with the date and the reason'
            cand history 'Every change to one medication, with its date and reason'
            cand verify 'Mark the whole list reviewed today; lists and printouts show the date'
            cand parse 'Show what phr understands of a medication line (needs no binder)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;med;help;add'= {
        }
        &'phr;med;help;list'= {
        }
        &'phr;med;help;show'= {
        }
        &'phr;med;help;edit'= {
        }
        &'phr;med;help;stop'= {
        }
        &'phr;med;help;history'= {
        }
        &'phr;med;help;verify'= {
        }
        &'phr;med;help;parse'= {
        }
        &'phr;med;help;help'= {
        }
        &'phr;request'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand send 'Ask one provider to send a report to another; prints the letter / fax cover sheet'
            cand records 'Ask a provider for a copy of the patient''s own records (HIPAA right of access)'
            cand list 'The open requests (--all adds closed ones)'
            cand done 'Close a request once the report has arrived: its task is done and the communication log notes it'
            cand print 'Print a request''s letter again (dated today)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;request;send'= {
            cand --from 'The provider who has the report (id or name in the care team)'
            cand --to 'The provider who should receive it (needs a fax, email or portal)'
            cand --what 'What to send, e.g. "the echo report of 10 November"'
            cand --by 'Wanted by this date; the task is overdue after it'
            cand --format 'The letter''s format'
            cand -o 'Write the letter to FILE (mode 0600) instead of printing it'
            cand --output 'Write the letter to FILE (mode 0600) instead of printing it'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --force 'Replace FILE if it exists'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;request;records'= {
            cand --from 'The provider who holds the records (id or name in the care team)'
            cand --what 'Which records [default: the complete medical record]'
            cand --by 'Wanted by this date; the task is overdue after it'
            cand --prefer 'The form you would like them in'
            cand --format 'The letter''s format'
            cand -o 'Write the letter to FILE (mode 0600) instead of printing it'
            cand --output 'Write the letter to FILE (mode 0600) instead of printing it'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --force 'Replace FILE if it exists'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'phr;request;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --all 'Include closed requests'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;request;done'= {
            cand --note 'What was confirmed, for the communication log'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;request;print'= {
            cand --format 'The letter''s format'
            cand -o 'Write the letter to FILE (mode 0600) instead of printing it'
            cand --output 'Write the letter to FILE (mode 0600) instead of printing it'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --force 'Replace FILE if it exists'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;request;help'= {
            cand send 'Ask one provider to send a report to another; prints the letter / fax cover sheet'
            cand records 'Ask a provider for a copy of the patient''s own records (HIPAA right of access)'
            cand list 'The open requests (--all adds closed ones)'
            cand done 'Close a request once the report has arrived: its task is done and the communication log notes it'
            cand print 'Print a request''s letter again (dated today)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;request;help;send'= {
        }
        &'phr;request;help;records'= {
        }
        &'phr;request;help;list'= {
        }
        &'phr;request;help;done'= {
        }
        &'phr;request;help;print'= {
        }
        &'phr;request;help;help'= {
        }
        &'phr;log'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;reconcile'= {
            cand --format 'The list''s format [default: from the extension or content]; `markdown` or `table` instead choose how the report prints'
            cand --source 'Where the list came from, recorded with every accepted change'
            cand --date 'The list''s date, for stop dates and follow-up tasks [default: the list''s own date, or today]'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --apply 'Accept every difference from the new list without asking'
            cand --no-questions 'Do not turn unresolved items and warnings into questions for the next visit'
            cand --discharge 'This is a hospital discharge list: also add follow-up tasks (a call within 2–3 days, a primary-care visit within 7)'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;export'= {
            cand --for 'Only what concerns this provider (summary, questions, sbar)'
            cand --format 'Format of a printout [default: text, or `export_format` in config.toml]'
            cand -o 'Write to FILE (mode 0600) instead of stdout'
            cand --output 'Write to FILE (mode 0600) instead of stdout'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --force 'Replace FILE if it exists'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'phr;import'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --dry-run 'Show what would change and change nothing'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;backup'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the backups, newest first'
            cand restore 'Put a backup back in place of binder.age (the current file is kept as a backup)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;backup;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;backup;restore'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;backup;help'= {
            cand list 'List the backups, newest first'
            cand restore 'Put a backup back in place of binder.age (the current file is kept as a backup)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;backup;help;list'= {
        }
        &'phr;backup;help;restore'= {
        }
        &'phr;backup;help;help'= {
        }
        &'phr;config'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Show each setting, its value and its source (flag, environment, config file, default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;config;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;config;help'= {
            cand show 'Show each setting, its value and its source (flag, environment, config file, default)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;config;help;show'= {
        }
        &'phr;config;help;help'= {
        }
        &'phr;completions'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;man'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;profile'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Show the profile'
            cand set 'Set profile fields (an empty value clears one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;profile;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;profile;set'= {
            cand --name 'Full name'
            cand --born 'Date of birth (YYYY-MM-DD)'
            cand --sex 'Sex, as providers record it'
            cand --blood-type 'Blood type, e.g. O+'
            cand --languages 'Languages spoken, e.g. "Portuguese, English"'
            cand --insurance-carrier 'Insurance carrier'
            cand --insurance-member-id 'Insurance member id'
            cand --insurance-group 'Insurance group number'
            cand --pharmacy 'Preferred pharmacy'
            cand --advance-directive 'Where the advance directive is kept'
            cand --organ-donor 'Organ donor: yes, no or unknown'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;profile;help'= {
            cand show 'Show the profile'
            cand set 'Set profile fields (an empty value clears one)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;profile;help;show'= {
        }
        &'phr;profile;help;set'= {
        }
        &'phr;profile;help;help'= {
        }
        &'phr;provider'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a provider'
            cand list 'List providers'
            cand show 'Show one provider'
            cand edit 'Change fields of a provider'
            cand remove 'Remove a provider (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;provider;add'= {
            cand --role 'Role in the care team'
            cand --specialty 'Specialty, e.g. cardiology'
            cand --org 'Practice, clinic or hospital'
            cand --phone 'Phone number'
            cand --fax 'Fax number'
            cand --email 'Email address'
            cand --address 'Postal address'
            cand --portal 'Patient portal address'
            cand --notes 'Anything else worth knowing'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;provider;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;provider;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;provider;edit'= {
            cand --name 'Name, e.g. "Dr Amal Haddad"'
            cand --role 'Role in the care team'
            cand --specialty 'Specialty, e.g. cardiology'
            cand --org 'Practice, clinic or hospital'
            cand --phone 'Phone number'
            cand --fax 'Fax number'
            cand --email 'Email address'
            cand --address 'Postal address'
            cand --portal 'Patient portal address'
            cand --notes 'Anything else worth knowing'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;provider;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;provider;help'= {
            cand add 'Add a provider'
            cand list 'List providers'
            cand show 'Show one provider'
            cand edit 'Change fields of a provider'
            cand remove 'Remove a provider (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;provider;help;add'= {
        }
        &'phr;provider;help;list'= {
        }
        &'phr;provider;help;show'= {
        }
        &'phr;provider;help;edit'= {
        }
        &'phr;provider;help;remove'= {
        }
        &'phr;provider;help;help'= {
        }
        &'phr;contact'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a contact'
            cand list 'List contacts'
            cand show 'Show one contact'
            cand edit 'Change fields of a contact'
            cand remove 'Remove a contact (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;contact;add'= {
            cand --relationship 'Relationship, e.g. daughter, neighbour'
            cand --phone 'Phone number'
            cand --email 'Email address'
            cand --authority 'Legal authority, e.g. "health care power of attorney"'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --liaison 'The primary liaison: the one person providers call (moves the mark)'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;contact;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;contact;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;contact;edit'= {
            cand --name 'Name'
            cand --relationship 'Relationship, e.g. daughter, neighbour'
            cand --phone 'Phone number'
            cand --email 'Email address'
            cand --authority 'Legal authority, e.g. "health care power of attorney"'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --liaison 'The primary liaison: the one person providers call (moves the mark)'
            cand --no-liaison 'Clear the mark: The primary liaison: the one person providers call (moves the mark)'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;contact;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;contact;help'= {
            cand add 'Add a contact'
            cand list 'List contacts'
            cand show 'Show one contact'
            cand edit 'Change fields of a contact'
            cand remove 'Remove a contact (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;contact;help;add'= {
        }
        &'phr;contact;help;list'= {
        }
        &'phr;contact;help;show'= {
        }
        &'phr;contact;help;edit'= {
        }
        &'phr;contact;help;remove'= {
        }
        &'phr;contact;help;help'= {
        }
        &'phr;condition'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a condition'
            cand list 'List conditions'
            cand show 'Show one condition'
            cand edit 'Change fields of a condition'
            cand remove 'Remove a condition (the change log keeps it)'
            cand resolve 'Mark a condition resolved'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;condition;add'= {
            cand --onset 'When it began'
            cand --status 'Active or resolved [default: active]'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;condition;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;condition;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;condition;edit'= {
            cand --name 'The condition, e.g. "type 2 diabetes"'
            cand --onset 'When it began'
            cand --status 'Active or resolved [default: active]'
            cand --resolved 'When it resolved'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;condition;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;condition;resolve'= {
            cand --date 'When it resolved [default: today]'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;condition;help'= {
            cand add 'Add a condition'
            cand list 'List conditions'
            cand show 'Show one condition'
            cand edit 'Change fields of a condition'
            cand remove 'Remove a condition (the change log keeps it)'
            cand resolve 'Mark a condition resolved'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;condition;help;add'= {
        }
        &'phr;condition;help;list'= {
        }
        &'phr;condition;help;show'= {
        }
        &'phr;condition;help;edit'= {
        }
        &'phr;condition;help;remove'= {
        }
        &'phr;condition;help;resolve'= {
        }
        &'phr;condition;help;help'= {
        }
        &'phr;allergy'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a allergy'
            cand list 'List allergies'
            cand show 'Show one allergy'
            cand edit 'Change fields of a allergy'
            cand remove 'Remove a allergy (the change log keeps it)'
            cand none 'Record explicitly that there are no known allergies'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;allergy;add'= {
            cand --reaction 'What happens, e.g. hives'
            cand --severity 'How bad'
            cand --kind 'Drug, food, environment or other'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;allergy;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;allergy;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;allergy;edit'= {
            cand --substance 'What causes it, e.g. penicillin, peanuts'
            cand --reaction 'What happens, e.g. hives'
            cand --severity 'How bad'
            cand --kind 'Drug, food, environment or other'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;allergy;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;allergy;none'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;allergy;help'= {
            cand add 'Add a allergy'
            cand list 'List allergies'
            cand show 'Show one allergy'
            cand edit 'Change fields of a allergy'
            cand remove 'Remove a allergy (the change log keeps it)'
            cand none 'Record explicitly that there are no known allergies'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;allergy;help;add'= {
        }
        &'phr;allergy;help;list'= {
        }
        &'phr;allergy;help;show'= {
        }
        &'phr;allergy;help;edit'= {
        }
        &'phr;allergy;help;remove'= {
        }
        &'phr;allergy;help;none'= {
        }
        &'phr;allergy;help;help'= {
        }
        &'phr;procedure'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a procedure'
            cand list 'List procedures'
            cand show 'Show one procedure'
            cand edit 'Change fields of a procedure'
            cand remove 'Remove a procedure (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;procedure;add'= {
            cand --date 'When'
            cand --provider 'Who did it (a provider id or name)'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;procedure;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;procedure;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;procedure;edit'= {
            cand --name 'The procedure, e.g. "cataract surgery, left eye"'
            cand --date 'When'
            cand --provider 'Who did it (a provider id or name)'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;procedure;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;procedure;help'= {
            cand add 'Add a procedure'
            cand list 'List procedures'
            cand show 'Show one procedure'
            cand edit 'Change fields of a procedure'
            cand remove 'Remove a procedure (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;procedure;help;add'= {
        }
        &'phr;procedure;help;list'= {
        }
        &'phr;procedure;help;show'= {
        }
        &'phr;procedure;help;edit'= {
        }
        &'phr;procedure;help;remove'= {
        }
        &'phr;procedure;help;help'= {
        }
        &'phr;immunization'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a immunization'
            cand list 'List immunizations'
            cand show 'Show one immunization'
            cand edit 'Change fields of a immunization'
            cand remove 'Remove a immunization (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;immunization;add'= {
            cand --date 'When given'
            cand --dose 'Dose number or amount'
            cand --lot 'Lot number'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;immunization;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;immunization;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;immunization;edit'= {
            cand --name 'The vaccine, e.g. "influenza 2026-27"'
            cand --date 'When given'
            cand --dose 'Dose number or amount'
            cand --lot 'Lot number'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;immunization;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;immunization;help'= {
            cand add 'Add a immunization'
            cand list 'List immunizations'
            cand show 'Show one immunization'
            cand edit 'Change fields of a immunization'
            cand remove 'Remove a immunization (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;immunization;help;add'= {
        }
        &'phr;immunization;help;list'= {
        }
        &'phr;immunization;help;show'= {
        }
        &'phr;immunization;help;edit'= {
        }
        &'phr;immunization;help;remove'= {
        }
        &'phr;immunization;help;help'= {
        }
        &'phr;encounter'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a encounter'
            cand list 'List encounters'
            cand show 'Show one encounter'
            cand edit 'Change fields of a encounter'
            cand remove 'Remove a encounter (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;encounter;add'= {
            cand --kind 'What kind of visit'
            cand --date 'Admitted or seen on'
            cand --discharged 'Discharged on'
            cand --reason 'Why'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;encounter;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;encounter;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;encounter;edit'= {
            cand --name 'Where, e.g. "St. Mary''s Hospital"'
            cand --kind 'What kind of visit'
            cand --date 'Admitted or seen on'
            cand --discharged 'Discharged on'
            cand --reason 'Why'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;encounter;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;encounter;help'= {
            cand add 'Add a encounter'
            cand list 'List encounters'
            cand show 'Show one encounter'
            cand edit 'Change fields of a encounter'
            cand remove 'Remove a encounter (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;encounter;help;add'= {
        }
        &'phr;encounter;help;list'= {
        }
        &'phr;encounter;help;show'= {
        }
        &'phr;encounter;help;edit'= {
        }
        &'phr;encounter;help;remove'= {
        }
        &'phr;encounter;help;help'= {
        }
        &'phr;result'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a result'
            cand list 'List results'
            cand show 'Show one result'
            cand edit 'Change fields of a result'
            cand remove 'Remove a result (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;result;add'= {
            cand --value 'The result'
            cand --unit 'Unit, e.g. %'
            cand --range 'Reference range'
            cand --date 'When it was done'
            cand --ordered-by 'Who ordered it (a provider id or name)'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;result;list'= {
            cand --test 'Only this test, newest first, with when it was last done'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;result;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;result;edit'= {
            cand --test 'The test, e.g. HbA1c'
            cand --value 'The result'
            cand --unit 'Unit, e.g. %'
            cand --range 'Reference range'
            cand --date 'When it was done'
            cand --ordered-by 'Who ordered it (a provider id or name)'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;result;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;result;help'= {
            cand add 'Add a result'
            cand list 'List results'
            cand show 'Show one result'
            cand edit 'Change fields of a result'
            cand remove 'Remove a result (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;result;help;add'= {
        }
        &'phr;result;help;list'= {
        }
        &'phr;result;help;show'= {
        }
        &'phr;result;help;edit'= {
        }
        &'phr;result;help;remove'= {
        }
        &'phr;result;help;help'= {
        }
        &'phr;family'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a family'
            cand list 'List family history entries'
            cand show 'Show one family'
            cand edit 'Change fields of a family'
            cand remove 'Remove a family (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;family;add'= {
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;family;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;family;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;family;edit'= {
            cand --relation 'Who, e.g. mother'
            cand --condition 'What, e.g. "breast cancer at 52"'
            cand --notes 'Notes'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;family;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;family;help'= {
            cand add 'Add a family'
            cand list 'List family history entries'
            cand show 'Show one family'
            cand edit 'Change fields of a family'
            cand remove 'Remove a family (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;family;help;add'= {
        }
        &'phr;family;help;list'= {
        }
        &'phr;family;help;show'= {
        }
        &'phr;family;help;edit'= {
        }
        &'phr;family;help;remove'= {
        }
        &'phr;family;help;help'= {
        }
        &'phr;device'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a device'
            cand list 'List devices'
            cand show 'Show one device'
            cand edit 'Change fields of a device'
            cand remove 'Remove a device (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;device;add'= {
            cand --date 'When implanted'
            cand --model 'Make and model'
            cand --notes 'Notes, e.g. "MRI conditional"'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;device;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;device;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;device;edit'= {
            cand --name 'The device, e.g. pacemaker'
            cand --date 'When implanted'
            cand --model 'Make and model'
            cand --notes 'Notes, e.g. "MRI conditional"'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;device;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;device;help'= {
            cand add 'Add a device'
            cand list 'List devices'
            cand show 'Show one device'
            cand edit 'Change fields of a device'
            cand remove 'Remove a device (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;device;help;add'= {
        }
        &'phr;device;help;list'= {
        }
        &'phr;device;help;show'= {
        }
        &'phr;device;help;edit'= {
        }
        &'phr;device;help;remove'= {
        }
        &'phr;device;help;help'= {
        }
        &'phr;appt'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a appt'
            cand list 'List appointments'
            cand show 'Show one appt'
            cand edit 'Change fields of a appt'
            cand remove 'Remove a appt (the change log keeps it)'
            cand done 'Mark an appointment as attended'
            cand cancel 'Cancel an appointment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;appt;add'= {
            cand --with 'With whom (a provider id or name)'
            cand --reason 'What for'
            cand --location 'Where'
            cand --notes 'Notes from the visit'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;appt;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --all 'Include done, cancelled and past ones'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;appt;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;appt;edit'= {
            cand --when 'When: "2026-12-01 14:30", "next monday 2pm"'
            cand --with 'With whom (a provider id or name)'
            cand --reason 'What for'
            cand --location 'Where'
            cand --status 'Scheduled, done or cancelled [default: scheduled]'
            cand --notes 'Notes from the visit'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;appt;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;appt;done'= {
            cand --notes 'What came of it'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;appt;cancel'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;appt;help'= {
            cand add 'Add a appt'
            cand list 'List appointments'
            cand show 'Show one appt'
            cand edit 'Change fields of a appt'
            cand remove 'Remove a appt (the change log keeps it)'
            cand done 'Mark an appointment as attended'
            cand cancel 'Cancel an appointment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;appt;help;add'= {
        }
        &'phr;appt;help;list'= {
        }
        &'phr;appt;help;show'= {
        }
        &'phr;appt;help;edit'= {
        }
        &'phr;appt;help;remove'= {
        }
        &'phr;appt;help;done'= {
        }
        &'phr;appt;help;cancel'= {
        }
        &'phr;appt;help;help'= {
        }
        &'phr;task'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a task'
            cand list 'List tasks'
            cand show 'Show one task'
            cand edit 'Change fields of a task'
            cand remove 'Remove a task (the change log keeps it)'
            cand done 'Mark a task done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;task;add'= {
            cand --due 'When it is due'
            cand --for 'For which provider (id or name)'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;task;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --all 'Include done, cancelled and past ones'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;task;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;task;edit'= {
            cand --text 'What to do'
            cand --due 'When it is due'
            cand --for 'For which provider (id or name)'
            cand --status 'Open or done [default: open]'
            cand --done-at 'When it was done'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;task;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;task;done'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;task;help'= {
            cand add 'Add a task'
            cand list 'List tasks'
            cand show 'Show one task'
            cand edit 'Change fields of a task'
            cand remove 'Remove a task (the change log keeps it)'
            cand done 'Mark a task done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;task;help;add'= {
        }
        &'phr;task;help;list'= {
        }
        &'phr;task;help;show'= {
        }
        &'phr;task;help;edit'= {
        }
        &'phr;task;help;remove'= {
        }
        &'phr;task;help;done'= {
        }
        &'phr;task;help;help'= {
        }
        &'phr;question'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a question'
            cand list 'List questions'
            cand show 'Show one question'
            cand edit 'Change fields of a question'
            cand remove 'Remove a question (the change log keeps it)'
            cand answer 'Record the answer to a question'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;question;add'= {
            cand --for 'For which provider or appointment (p1, ap2 or a name)'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;question;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --all 'Include done, cancelled and past ones'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;question;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;question;edit'= {
            cand --text 'The question'
            cand --for 'For which provider or appointment (p1, ap2 or a name)'
            cand --status 'Open or answered [default: open]'
            cand --answer 'The answer'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;question;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;question;answer'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;question;help'= {
            cand add 'Add a question'
            cand list 'List questions'
            cand show 'Show one question'
            cand edit 'Change fields of a question'
            cand remove 'Remove a question (the change log keeps it)'
            cand answer 'Record the answer to a question'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;question;help;add'= {
        }
        &'phr;question;help;list'= {
        }
        &'phr;question;help;show'= {
        }
        &'phr;question;help;edit'= {
        }
        &'phr;question;help;remove'= {
        }
        &'phr;question;help;answer'= {
        }
        &'phr;question;help;help'= {
        }
        &'phr;note'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a note'
            cand list 'List notes'
            cand show 'Show one note'
            cand edit 'Change fields of a note'
            cand remove 'Remove a note (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;note;add'= {
            cand --with 'With whom (a provider id or name)'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;note;list'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;note;show'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;note;edit'= {
            cand --text 'What was said or agreed'
            cand --with 'With whom (a provider id or name)'
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;note;remove'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;note;help'= {
            cand add 'Add a note'
            cand list 'List notes'
            cand show 'Show one note'
            cand edit 'Change fields of a note'
            cand remove 'Remove a note (the change log keeps it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;note;help;add'= {
        }
        &'phr;note;help;list'= {
        }
        &'phr;note;help;show'= {
        }
        &'phr;note;help;edit'= {
        }
        &'phr;note;help;remove'= {
        }
        &'phr;note;help;help'= {
        }
        &'phr;agenda'= {
            cand --binder 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]'
            cand --identity 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key'
            cand --passphrase-file 'Read the passphrase from the first line of FILE'
            cand --json 'Print JSON for scripts instead of tables'
            cand --no-input 'Never prompt; fail and name the missing flag instead'
            cand -q 'Silence status messages (errors and warnings still print)'
            cand --quiet 'Silence status messages (errors and warnings still print)'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'phr;help'= {
            cand init 'Create a new binder: binder.age and identity.age in a 0700 directory'
            cand demo 'A tour on a throwaway binder filled with sample data'
            cand unlock 'Start a session so later commands skip the passphrase: eval "$(phr unlock)"'
            cand lock 'End the session started by `phr unlock`'
            cand passwd 'Change the passphrase that protects identity.age (the binder is untouched)'
            cand share 'Share the binder with a caregiver''s age or SSH key, list or remove them'
            cand med 'Medications: add, list, show, edit, stop, history, verify, parse'
            cand request 'Ask providers to send reports, or for a copy of your records; tracked until done'
            cand log 'The change log: every change, when, and from which source'
            cand reconcile 'Compare a new medication list with the saved one; accept changes one by one or with --apply'
            cand export 'Print or write a printout, the calendar, the whole binder, or a FHIR summary'
            cand import 'Import a phr export (JSON, TOML, YAML) or a FHIR R4 Bundle'
            cand backup 'The encrypted backups kept before each save'
            cand config 'Show the settings in force and where each comes from'
            cand completions 'Print a shell completion script'
            cand man 'Write man pages, one per command, into DIR'
            cand profile 'The patient: name, date of birth, insurance, advance directive'
            cand provider 'The care team: doctors, pharmacies, hospitals, therapists'
            cand contact 'Caregivers, family and emergency contacts; one is the primary liaison'
            cand condition 'Conditions and diagnoses, active or resolved'
            cand allergy 'Allergies and intolerances (or, explicitly, none known)'
            cand procedure 'Procedures and surgeries'
            cand immunization 'Vaccines given'
            cand encounter 'Hospital stays, ER and urgent-care visits, office visits'
            cand result 'Tests and results, so "when was this last done?" is one command'
            cand family 'Family history: who had what'
            cand device 'Implanted devices: pacemaker, insulin pump, joint replacement'
            cand appt 'Appointments: upcoming, done or cancelled'
            cand task 'Follow-up tasks: calls to make, forms to send'
            cand question 'Questions to ask at the next visit'
            cand note 'The communication log: calls, faxes, messages'
            cand agenda 'What is coming up: appointments in the next 30 days, due tasks, open questions, open requests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'phr;help;init'= {
        }
        &'phr;help;demo'= {
        }
        &'phr;help;unlock'= {
        }
        &'phr;help;lock'= {
        }
        &'phr;help;passwd'= {
        }
        &'phr;help;share'= {
            cand add 'Add a caregiver''s age recipient (age1…) or SSH public key (ssh-ed25519 …)'
            cand list 'List who can open the binder'
            cand remove 'Stop encrypting to someone (by name or recipient)'
        }
        &'phr;help;share;add'= {
        }
        &'phr;help;share;list'= {
        }
        &'phr;help;share;remove'= {
        }
        &'phr;help;med'= {
            cand add 'Add a medication as written on the label or prescription'
            cand list 'List the active medications (--all adds stopped ones)'
            cand show 'Show one medication'
            cand edit 'Change a medication (the change log keeps before and after)'
            cand stop 'Stop a medication, with the date and the reason'
            cand history 'Every change to one medication, with its date and reason'
            cand verify 'Mark the whole list reviewed today; lists and printouts show the date'
            cand parse 'Show what phr understands of a medication line (needs no binder)'
        }
        &'phr;help;med;add'= {
        }
        &'phr;help;med;list'= {
        }
        &'phr;help;med;show'= {
        }
        &'phr;help;med;edit'= {
        }
        &'phr;help;med;stop'= {
        }
        &'phr;help;med;history'= {
        }
        &'phr;help;med;verify'= {
        }
        &'phr;help;med;parse'= {
        }
        &'phr;help;request'= {
            cand send 'Ask one provider to send a report to another; prints the letter / fax cover sheet'
            cand records 'Ask a provider for a copy of the patient''s own records (HIPAA right of access)'
            cand list 'The open requests (--all adds closed ones)'
            cand done 'Close a request once the report has arrived: its task is done and the communication log notes it'
            cand print 'Print a request''s letter again (dated today)'
        }
        &'phr;help;request;send'= {
        }
        &'phr;help;request;records'= {
        }
        &'phr;help;request;list'= {
        }
        &'phr;help;request;done'= {
        }
        &'phr;help;request;print'= {
        }
        &'phr;help;log'= {
        }
        &'phr;help;reconcile'= {
        }
        &'phr;help;export'= {
        }
        &'phr;help;import'= {
        }
        &'phr;help;backup'= {
            cand list 'List the backups, newest first'
            cand restore 'Put a backup back in place of binder.age (the current file is kept as a backup)'
        }
        &'phr;help;backup;list'= {
        }
        &'phr;help;backup;restore'= {
        }
        &'phr;help;config'= {
            cand show 'Show each setting, its value and its source (flag, environment, config file, default)'
        }
        &'phr;help;config;show'= {
        }
        &'phr;help;completions'= {
        }
        &'phr;help;man'= {
        }
        &'phr;help;profile'= {
            cand show 'Show the profile'
            cand set 'Set profile fields (an empty value clears one)'
        }
        &'phr;help;profile;show'= {
        }
        &'phr;help;profile;set'= {
        }
        &'phr;help;provider'= {
            cand add 'Add a provider'
            cand list 'List providers'
            cand show 'Show one provider'
            cand edit 'Change fields of a provider'
            cand remove 'Remove a provider (the change log keeps it)'
        }
        &'phr;help;provider;add'= {
        }
        &'phr;help;provider;list'= {
        }
        &'phr;help;provider;show'= {
        }
        &'phr;help;provider;edit'= {
        }
        &'phr;help;provider;remove'= {
        }
        &'phr;help;contact'= {
            cand add 'Add a contact'
            cand list 'List contacts'
            cand show 'Show one contact'
            cand edit 'Change fields of a contact'
            cand remove 'Remove a contact (the change log keeps it)'
        }
        &'phr;help;contact;add'= {
        }
        &'phr;help;contact;list'= {
        }
        &'phr;help;contact;show'= {
        }
        &'phr;help;contact;edit'= {
        }
        &'phr;help;contact;remove'= {
        }
        &'phr;help;condition'= {
            cand add 'Add a condition'
            cand list 'List conditions'
            cand show 'Show one condition'
            cand edit 'Change fields of a condition'
            cand remove 'Remove a condition (the change log keeps it)'
            cand resolve 'Mark a condition resolved'
        }
        &'phr;help;condition;add'= {
        }
        &'phr;help;condition;list'= {
        }
        &'phr;help;condition;show'= {
        }
        &'phr;help;condition;edit'= {
        }
        &'phr;help;condition;remove'= {
        }
        &'phr;help;condition;resolve'= {
        }
        &'phr;help;allergy'= {
            cand add 'Add a allergy'
            cand list 'List allergies'
            cand show 'Show one allergy'
            cand edit 'Change fields of a allergy'
            cand remove 'Remove a allergy (the change log keeps it)'
            cand none 'Record explicitly that there are no known allergies'
        }
        &'phr;help;allergy;add'= {
        }
        &'phr;help;allergy;list'= {
        }
        &'phr;help;allergy;show'= {
        }
        &'phr;help;allergy;edit'= {
        }
        &'phr;help;allergy;remove'= {
        }
        &'phr;help;allergy;none'= {
        }
        &'phr;help;procedure'= {
            cand add 'Add a procedure'
            cand list 'List procedures'
            cand show 'Show one procedure'
            cand edit 'Change fields of a procedure'
            cand remove 'Remove a procedure (the change log keeps it)'
        }
        &'phr;help;procedure;add'= {
        }
        &'phr;help;procedure;list'= {
        }
        &'phr;help;procedure;show'= {
        }
        &'phr;help;procedure;edit'= {
        }
        &'phr;help;procedure;remove'= {
        }
        &'phr;help;immunization'= {
            cand add 'Add a immunization'
            cand list 'List immunizations'
            cand show 'Show one immunization'
            cand edit 'Change fields of a immunization'
            cand remove 'Remove a immunization (the change log keeps it)'
        }
        &'phr;help;immunization;add'= {
        }
        &'phr;help;immunization;list'= {
        }
        &'phr;help;immunization;show'= {
        }
        &'phr;help;immunization;edit'= {
        }
        &'phr;help;immunization;remove'= {
        }
        &'phr;help;encounter'= {
            cand add 'Add a encounter'
            cand list 'List encounters'
            cand show 'Show one encounter'
            cand edit 'Change fields of a encounter'
            cand remove 'Remove a encounter (the change log keeps it)'
        }
        &'phr;help;encounter;add'= {
        }
        &'phr;help;encounter;list'= {
        }
        &'phr;help;encounter;show'= {
        }
        &'phr;help;encounter;edit'= {
        }
        &'phr;help;encounter;remove'= {
        }
        &'phr;help;result'= {
            cand add 'Add a result'
            cand list 'List results'
            cand show 'Show one result'
            cand edit 'Change fields of a result'
            cand remove 'Remove a result (the change log keeps it)'
        }
        &'phr;help;result;add'= {
        }
        &'phr;help;result;list'= {
        }
        &'phr;help;result;show'= {
        }
        &'phr;help;result;edit'= {
        }
        &'phr;help;result;remove'= {
        }
        &'phr;help;family'= {
            cand add 'Add a family'
            cand list 'List family history entries'
            cand show 'Show one family'
            cand edit 'Change fields of a family'
            cand remove 'Remove a family (the change log keeps it)'
        }
        &'phr;help;family;add'= {
        }
        &'phr;help;family;list'= {
        }
        &'phr;help;family;show'= {
        }
        &'phr;help;family;edit'= {
        }
        &'phr;help;family;remove'= {
        }
        &'phr;help;device'= {
            cand add 'Add a device'
            cand list 'List devices'
            cand show 'Show one device'
            cand edit 'Change fields of a device'
            cand remove 'Remove a device (the change log keeps it)'
        }
        &'phr;help;device;add'= {
        }
        &'phr;help;device;list'= {
        }
        &'phr;help;device;show'= {
        }
        &'phr;help;device;edit'= {
        }
        &'phr;help;device;remove'= {
        }
        &'phr;help;appt'= {
            cand add 'Add a appt'
            cand list 'List appointments'
            cand show 'Show one appt'
            cand edit 'Change fields of a appt'
            cand remove 'Remove a appt (the change log keeps it)'
            cand done 'Mark an appointment as attended'
            cand cancel 'Cancel an appointment'
        }
        &'phr;help;appt;add'= {
        }
        &'phr;help;appt;list'= {
        }
        &'phr;help;appt;show'= {
        }
        &'phr;help;appt;edit'= {
        }
        &'phr;help;appt;remove'= {
        }
        &'phr;help;appt;done'= {
        }
        &'phr;help;appt;cancel'= {
        }
        &'phr;help;task'= {
            cand add 'Add a task'
            cand list 'List tasks'
            cand show 'Show one task'
            cand edit 'Change fields of a task'
            cand remove 'Remove a task (the change log keeps it)'
            cand done 'Mark a task done'
        }
        &'phr;help;task;add'= {
        }
        &'phr;help;task;list'= {
        }
        &'phr;help;task;show'= {
        }
        &'phr;help;task;edit'= {
        }
        &'phr;help;task;remove'= {
        }
        &'phr;help;task;done'= {
        }
        &'phr;help;question'= {
            cand add 'Add a question'
            cand list 'List questions'
            cand show 'Show one question'
            cand edit 'Change fields of a question'
            cand remove 'Remove a question (the change log keeps it)'
            cand answer 'Record the answer to a question'
        }
        &'phr;help;question;add'= {
        }
        &'phr;help;question;list'= {
        }
        &'phr;help;question;show'= {
        }
        &'phr;help;question;edit'= {
        }
        &'phr;help;question;remove'= {
        }
        &'phr;help;question;answer'= {
        }
        &'phr;help;note'= {
            cand add 'Add a note'
            cand list 'List notes'
            cand show 'Show one note'
            cand edit 'Change fields of a note'
            cand remove 'Remove a note (the change log keeps it)'
        }
        &'phr;help;note;add'= {
        }
        &'phr;help;note;list'= {
        }
        &'phr;help;note;show'= {
        }
        &'phr;help;note;edit'= {
        }
        &'phr;help;note;remove'= {
        }
        &'phr;help;agenda'= {
        }
        &'phr;help;help'= {
        }
    ]
    $completions[$command]
}
