# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_phr_global_optspecs
    string join \n binder= identity= passphrase-file= json no-input q/quiet h/help V/version
end

function __fish_phr_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_phr_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_phr_using_subcommand
    set -l cmd (__fish_phr_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c phr -n "__fish_phr_needs_command" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_needs_command" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_needs_command" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_needs_command" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_needs_command" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_needs_command" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_needs_command" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_needs_command" -s V -l version -d 'Print version'
complete -c phr -n "__fish_phr_needs_command" -f -a "init" -d 'Create a new binder: binder.age and identity.age in a 0700 directory'
complete -c phr -n "__fish_phr_needs_command" -f -a "demo" -d 'A tour on a throwaway binder filled with sample data'
complete -c phr -n "__fish_phr_needs_command" -f -a "unlock" -d 'Start a session so later commands skip the passphrase: eval "$(phr unlock)"'
complete -c phr -n "__fish_phr_needs_command" -f -a "lock" -d 'End the session started by `phr unlock`'
complete -c phr -n "__fish_phr_needs_command" -f -a "passwd" -d 'Change the passphrase that protects identity.age (the binder is untouched)'
complete -c phr -n "__fish_phr_needs_command" -f -a "share" -d 'Share the binder with a caregiver\'s age or SSH key, list or remove them'
complete -c phr -n "__fish_phr_needs_command" -f -a "med" -d 'Medications: add, list, show, edit, stop, history, verify, parse'
complete -c phr -n "__fish_phr_needs_command" -f -a "request" -d 'Ask providers to send reports, or for a copy of your records; tracked until done'
complete -c phr -n "__fish_phr_needs_command" -f -a "log" -d 'The change log: every change, when, and from which source'
complete -c phr -n "__fish_phr_needs_command" -f -a "reconcile" -d 'Compare a new medication list with the saved one; accept changes one by one or with --apply'
complete -c phr -n "__fish_phr_needs_command" -f -a "export" -d 'Print or write a printout, the calendar, the whole binder, or a FHIR summary'
complete -c phr -n "__fish_phr_needs_command" -f -a "import" -d 'Import a phr export (JSON, TOML, YAML) or a FHIR R4 Bundle'
complete -c phr -n "__fish_phr_needs_command" -f -a "backup" -d 'The encrypted backups kept before each save'
complete -c phr -n "__fish_phr_needs_command" -f -a "config" -d 'Show the settings in force and where each comes from'
complete -c phr -n "__fish_phr_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c phr -n "__fish_phr_needs_command" -f -a "man" -d 'Write man pages, one per command, into DIR'
complete -c phr -n "__fish_phr_needs_command" -f -a "profile" -d 'The patient: name, date of birth, insurance, advance directive'
complete -c phr -n "__fish_phr_needs_command" -f -a "provider" -d 'The care team: doctors, pharmacies, hospitals, therapists'
complete -c phr -n "__fish_phr_needs_command" -f -a "contact" -d 'Caregivers, family and emergency contacts; one is the primary liaison'
complete -c phr -n "__fish_phr_needs_command" -f -a "condition" -d 'Conditions and diagnoses, active or resolved'
complete -c phr -n "__fish_phr_needs_command" -f -a "allergy" -d 'Allergies and intolerances (or, explicitly, none known)'
complete -c phr -n "__fish_phr_needs_command" -f -a "procedure" -d 'Procedures and surgeries'
complete -c phr -n "__fish_phr_needs_command" -f -a "immunization" -d 'Vaccines given'
complete -c phr -n "__fish_phr_needs_command" -f -a "encounter" -d 'Hospital stays, ER and urgent-care visits, office visits'
complete -c phr -n "__fish_phr_needs_command" -f -a "result" -d 'Tests and results, so "when was this last done?" is one command'
complete -c phr -n "__fish_phr_needs_command" -f -a "family" -d 'Family history: who had what'
complete -c phr -n "__fish_phr_needs_command" -f -a "device" -d 'Implanted devices: pacemaker, insulin pump, joint replacement'
complete -c phr -n "__fish_phr_needs_command" -f -a "appt" -d 'Appointments: upcoming, done or cancelled'
complete -c phr -n "__fish_phr_needs_command" -f -a "task" -d 'Follow-up tasks: calls to make, forms to send'
complete -c phr -n "__fish_phr_needs_command" -f -a "question" -d 'Questions to ask at the next visit'
complete -c phr -n "__fish_phr_needs_command" -f -a "note" -d 'The communication log: calls, faxes, messages'
complete -c phr -n "__fish_phr_needs_command" -f -a "agenda" -d 'What is coming up: appointments in the next 30 days, due tasks, open questions, open requests'
complete -c phr -n "__fish_phr_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand init" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand init" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand init" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand init" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand init" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand init" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand init" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand demo" -l keep -d 'Keep the demo binder in DIR (it must not exist yet) instead of a temp directory' -r -F
complete -c phr -n "__fish_phr_using_subcommand demo" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand demo" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand demo" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand demo" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand demo" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand demo" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand demo" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand unlock" -l for -d 'How long the session lasts: 90s, 15m, 2h, 1h30m (at most 24h) [default: 15m, or `session` in config.toml]' -r
complete -c phr -n "__fish_phr_using_subcommand unlock" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand unlock" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand unlock" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand unlock" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand unlock" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand unlock" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand unlock" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand lock" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand lock" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand lock" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand lock" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand lock" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand lock" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand lock" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand passwd" -l new-passphrase-file -d 'Read the new passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand passwd" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand passwd" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand passwd" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand passwd" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand passwd" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand passwd" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand passwd" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Add a caregiver\'s age recipient (age1…) or SSH public key (ssh-ed25519 …)'
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List who can open the binder'
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Stop encrypting to someone (by name or recipient)'
complete -c phr -n "__fish_phr_using_subcommand share; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from add" -l name -d 'Who this is, e.g. "Ana (daughter)"' -r
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a caregiver\'s age recipient (age1…) or SSH public key (ssh-ed25519 …)'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "list" -d 'List who can open the binder'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Stop encrypting to someone (by name or recipient)'
complete -c phr -n "__fish_phr_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "add" -d 'Add a medication as written on the label or prescription'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "list" -d 'List the active medications (--all adds stopped ones)'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "show" -d 'Show one medication'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "edit" -d 'Change a medication (the change log keeps before and after)'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "stop" -d 'Stop a medication, with the date and the reason'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "history" -d 'Every change to one medication, with its date and reason'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "verify" -d 'Mark the whole list reviewed today; lists and printouts show the date'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "parse" -d 'Show what phr understands of a medication line (needs no binder)'
complete -c phr -n "__fish_phr_using_subcommand med; and not __fish_seen_subcommand_from add list show edit stop history verify parse help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l prescriber -d 'Who prescribed it (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l pharmacy -d 'Which pharmacy fills it (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l reason -d 'What it is for' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l kind -d 'Prescription, over-the-counter or supplement [default: what the drug usually is]' -r -f -a "rx\t''
otc\t''
supplement\t''"
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l start -d 'When it was started (YYYY-MM-DD, today, "2 weeks ago", …)' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l instructions -d 'Special instructions, e.g. "with food"' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l prn -d 'Taken only as needed'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from list" -l all -d 'Include stopped medications'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l text -d 'The medication line as now written' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l prescriber -d 'Who prescribed it' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l pharmacy -d 'Which pharmacy fills it' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l reason -d 'What it is for' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l kind -d 'Prescription, over-the-counter or supplement' -r -f -a "rx\t''
otc\t''
supplement\t''"
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l start -d 'When it was started' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l instructions -d 'Special instructions' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -l reason -d 'Why it was stopped' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -l date -d 'When it was stopped [default: today]' -r
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from history" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from history" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from history" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from history" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from verify" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from verify" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from verify" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from parse" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from parse" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from parse" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from parse" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from parse" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from parse" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from parse" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a medication as written on the label or prescription'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the active medications (--all adds stopped ones)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one medication'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a medication (the change log keeps before and after)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a medication, with the date and the reason'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every change to one medication, with its date and reason'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Mark the whole list reviewed today; lists and printouts show the date'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "parse" -d 'Show what phr understands of a medication line (needs no binder)'
complete -c phr -n "__fish_phr_using_subcommand med; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -f -a "send" -d 'Ask one provider to send a report to another; prints the letter / fax cover sheet'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -f -a "records" -d 'Ask a provider for a copy of the patient\'s own records (HIPAA right of access)'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -f -a "list" -d 'The open requests (--all adds closed ones)'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -f -a "done" -d 'Close a request once the report has arrived: its task is done and the communication log notes it'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -f -a "print" -d 'Print a request\'s letter again (dated today)'
complete -c phr -n "__fish_phr_using_subcommand request; and not __fish_seen_subcommand_from send records list done print help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l from -d 'The provider who has the report (id or name in the care team)' -r
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l to -d 'The provider who should receive it (needs a fax, email or portal)' -r
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l what -d 'What to send, e.g. "the echo report of 10 November"' -r
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l by -d 'Wanted by this date; the task is overdue after it' -r
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l format -d 'The letter\'s format' -r -f -a "text\t''
markdown\t''
html\t''"
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -s o -l output -d 'Write the letter to FILE (mode 0600) instead of printing it' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l force -d 'Replace FILE if it exists'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l from -d 'The provider who holds the records (id or name in the care team)' -r
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l what -d 'Which records [default: the complete medical record]' -r
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l by -d 'Wanted by this date; the task is overdue after it' -r
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l prefer -d 'The form you would like them in' -r -f -a "electronic\t'An electronic copy (PDF by secure email)'
fhir\t'A FHIR download (patient access API)'
ccda\t'A C-CDA document'
portal\t'Through the patient portal'
paper\t'A paper copy by mail'"
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l format -d 'The letter\'s format' -r -f -a "text\t''
markdown\t''
html\t''"
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -s o -l output -d 'Write the letter to FILE (mode 0600) instead of printing it' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l force -d 'Replace FILE if it exists'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from records" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from list" -l all -d 'Include closed requests'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from done" -l note -d 'What was confirmed, for the communication log' -r
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from done" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from done" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from done" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from done" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -l format -d 'The letter\'s format' -r -f -a "text\t''
markdown\t''
html\t''"
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -s o -l output -d 'Write the letter to FILE (mode 0600) instead of printing it' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -l force -d 'Replace FILE if it exists'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from print" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "send" -d 'Ask one provider to send a report to another; prints the letter / fax cover sheet'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "records" -d 'Ask a provider for a copy of the patient\'s own records (HIPAA right of access)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "list" -d 'The open requests (--all adds closed ones)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "done" -d 'Close a request once the report has arrived: its task is done and the communication log notes it'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "print" -d 'Print a request\'s letter again (dated today)'
complete -c phr -n "__fish_phr_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand log" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand log" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand log" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand log" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand log" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand log" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand log" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l format -d 'The list\'s format [default: from the extension or content]; `markdown` or `table` instead choose how the report prints' -r -f -a "text\t''
toml\t''
yaml\t''
json\t''
csv\t''
fhir\t''
markdown\t''
table\t''"
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l source -d 'Where the list came from, recorded with every accepted change' -r
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l date -d 'The list\'s date, for stop dates and follow-up tasks [default: the list\'s own date, or today]' -r
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l apply -d 'Accept every difference from the new list without asking'
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l no-questions -d 'Do not turn unresolved items and warnings into questions for the next visit'
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l discharge -d 'This is a hospital discharge list: also add follow-up tasks (a call within 2–3 days, a primary-care visit within 7)'
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand reconcile" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand reconcile" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand reconcile" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand export" -l for -d 'Only what concerns this provider (summary, questions, sbar)' -r
complete -c phr -n "__fish_phr_using_subcommand export" -l format -d 'Format of a printout [default: text, or `export_format` in config.toml]' -r -f -a "text\t''
markdown\t''
html\t''"
complete -c phr -n "__fish_phr_using_subcommand export" -s o -l output -d 'Write to FILE (mode 0600) instead of stdout' -r -F
complete -c phr -n "__fish_phr_using_subcommand export" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand export" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand export" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand export" -l force -d 'Replace FILE if it exists'
complete -c phr -n "__fish_phr_using_subcommand export" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand export" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand export" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c phr -n "__fish_phr_using_subcommand import" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand import" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand import" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand import" -l dry-run -d 'Show what would change and change nothing'
complete -c phr -n "__fish_phr_using_subcommand import" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand import" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand import" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand import" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -f -a "list" -d 'List the backups, newest first'
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -f -a "restore" -d 'Put a backup back in place of binder.age (the current file is kept as a backup)'
complete -c phr -n "__fish_phr_using_subcommand backup; and not __fish_seen_subcommand_from list restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from restore" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from restore" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from restore" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from restore" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from restore" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the backups, newest first'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Put a backup back in place of binder.age (the current file is kept as a backup)'
complete -c phr -n "__fish_phr_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Show each setting, its value and its source (flag, environment, config file, default)'
complete -c phr -n "__fish_phr_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show each setting, its value and its source (flag, environment, config file, default)'
complete -c phr -n "__fish_phr_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand completions" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand completions" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand completions" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand completions" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand completions" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand completions" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand completions" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand man" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand man" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand man" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand man" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand man" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand man" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand man" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show the profile'
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Set profile fields (an empty value clears one)'
complete -c phr -n "__fish_phr_using_subcommand profile; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l name -d 'Full name' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l born -d 'Date of birth (YYYY-MM-DD)' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l sex -d 'Sex, as providers record it' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l blood-type -d 'Blood type, e.g. O+' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l languages -d 'Languages spoken, e.g. "Portuguese, English"' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l insurance-carrier -d 'Insurance carrier' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l insurance-member-id -d 'Insurance member id' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l insurance-group -d 'Insurance group number' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l pharmacy -d 'Preferred pharmacy' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l advance-directive -d 'Where the advance directive is kept' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l organ-donor -d 'Organ donor: yes, no or unknown' -r
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the profile'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set profile fields (an empty value clears one)'
complete -c phr -n "__fish_phr_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a provider'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List providers'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one provider'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a provider'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a provider (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand provider; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l role -d 'Role in the care team' -r -f -a "pcp\t''
specialist\t''
pharmacy\t''
hospital\t''
dentist\t''
therapist\t''
other\t''"
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l specialty -d 'Specialty, e.g. cardiology' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l org -d 'Practice, clinic or hospital' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l phone -d 'Phone number' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l fax -d 'Fax number' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l email -d 'Email address' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l address -d 'Postal address' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l portal -d 'Patient portal address' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l notes -d 'Anything else worth knowing' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l name -d 'Name, e.g. "Dr Amal Haddad"' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l role -d 'Role in the care team' -r -f -a "pcp\t''
specialist\t''
pharmacy\t''
hospital\t''
dentist\t''
therapist\t''
other\t''"
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l specialty -d 'Specialty, e.g. cardiology' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l org -d 'Practice, clinic or hospital' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l phone -d 'Phone number' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l fax -d 'Fax number' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l email -d 'Email address' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l address -d 'Postal address' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l portal -d 'Patient portal address' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l notes -d 'Anything else worth knowing' -r
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a provider'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "list" -d 'List providers'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one provider'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a provider'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a provider (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand provider; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a contact'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List contacts'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one contact'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a contact'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a contact (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand contact; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l relationship -d 'Relationship, e.g. daughter, neighbour' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l phone -d 'Phone number' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l email -d 'Email address' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l authority -d 'Legal authority, e.g. "health care power of attorney"' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l liaison -d 'The primary liaison: the one person providers call (moves the mark)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l name -d 'Name' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l relationship -d 'Relationship, e.g. daughter, neighbour' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l phone -d 'Phone number' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l email -d 'Email address' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l authority -d 'Legal authority, e.g. "health care power of attorney"' -r
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l liaison -d 'The primary liaison: the one person providers call (moves the mark)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l no-liaison -d 'Clear the mark: The primary liaison: the one person providers call (moves the mark)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a contact'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contacts'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one contact'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a contact'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a contact (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -f -a "add" -d 'Add a condition'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -f -a "list" -d 'List conditions'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -f -a "show" -d 'Show one condition'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -f -a "edit" -d 'Change fields of a condition'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -f -a "remove" -d 'Remove a condition (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -f -a "resolve" -d 'Mark a condition resolved'
complete -c phr -n "__fish_phr_using_subcommand condition; and not __fish_seen_subcommand_from add list show edit remove resolve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -l onset -d 'When it began' -r
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -l status -d 'Active or resolved [default: active]' -r -f -a "active\t''
resolved\t''"
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l name -d 'The condition, e.g. "type 2 diabetes"' -r
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l onset -d 'When it began' -r
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l status -d 'Active or resolved [default: active]' -r -f -a "active\t''
resolved\t''"
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l resolved -d 'When it resolved' -r
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from resolve" -l date -d 'When it resolved [default: today]' -r
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from resolve" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from resolve" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from resolve" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from resolve" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from resolve" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a condition'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from help" -f -a "list" -d 'List conditions'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one condition'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a condition'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a condition (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Mark a condition resolved'
complete -c phr -n "__fish_phr_using_subcommand condition; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -f -a "add" -d 'Add a allergy'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -f -a "list" -d 'List allergies'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -f -a "show" -d 'Show one allergy'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -f -a "edit" -d 'Change fields of a allergy'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -f -a "remove" -d 'Remove a allergy (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -f -a "none" -d 'Record explicitly that there are no known allergies'
complete -c phr -n "__fish_phr_using_subcommand allergy; and not __fish_seen_subcommand_from add list show edit remove none help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l reaction -d 'What happens, e.g. hives' -r
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l severity -d 'How bad' -r -f -a "mild\t''
moderate\t''
severe\t''"
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l kind -d 'Drug, food, environment or other' -r -f -a "drug\t''
food\t''
environment\t''
other\t''"
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l substance -d 'What causes it, e.g. penicillin, peanuts' -r
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l reaction -d 'What happens, e.g. hives' -r
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l severity -d 'How bad' -r -f -a "mild\t''
moderate\t''
severe\t''"
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l kind -d 'Drug, food, environment or other' -r -f -a "drug\t''
food\t''
environment\t''
other\t''"
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from none" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from none" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from none" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from none" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from none" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from none" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from none" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a allergy'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from help" -f -a "list" -d 'List allergies'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one allergy'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a allergy'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a allergy (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from help" -f -a "none" -d 'Record explicitly that there are no known allergies'
complete -c phr -n "__fish_phr_using_subcommand allergy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a procedure'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List procedures'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one procedure'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a procedure'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a procedure (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -l date -d 'When' -r
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -l provider -d 'Who did it (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l name -d 'The procedure, e.g. "cataract surgery, left eye"' -r
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l date -d 'When' -r
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l provider -d 'Who did it (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a procedure'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from help" -f -a "list" -d 'List procedures'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one procedure'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a procedure'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a procedure (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand procedure; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a immunization'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List immunizations'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one immunization'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a immunization'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a immunization (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l date -d 'When given' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l dose -d 'Dose number or amount' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l lot -d 'Lot number' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l name -d 'The vaccine, e.g. "influenza 2026-27"' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l date -d 'When given' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l dose -d 'Dose number or amount' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l lot -d 'Lot number' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a immunization'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from help" -f -a "list" -d 'List immunizations'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one immunization'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a immunization'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a immunization (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand immunization; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a encounter'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List encounters'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one encounter'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a encounter'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a encounter (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l kind -d 'What kind of visit' -r -f -a "hospital\t''
er\t''
urgent-care\t''
office\t''"
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l date -d 'Admitted or seen on' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l discharged -d 'Discharged on' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l reason -d 'Why' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l name -d 'Where, e.g. "St. Mary\'s Hospital"' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l kind -d 'What kind of visit' -r -f -a "hospital\t''
er\t''
urgent-care\t''
office\t''"
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l date -d 'Admitted or seen on' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l discharged -d 'Discharged on' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l reason -d 'Why' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a encounter'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from help" -f -a "list" -d 'List encounters'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one encounter'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a encounter'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a encounter (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand encounter; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a result'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List results'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one result'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a result'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a result (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand result; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l value -d 'The result' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l unit -d 'Unit, e.g. %' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l range -d 'Reference range' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l date -d 'When it was done' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l ordered-by -d 'Who ordered it (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from list" -l test -d 'Only this test, newest first, with when it was last done' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l test -d 'The test, e.g. HbA1c' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l value -d 'The result' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l unit -d 'Unit, e.g. %' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l range -d 'Reference range' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l date -d 'When it was done' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l ordered-by -d 'Who ordered it (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a result'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from help" -f -a "list" -d 'List results'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one result'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a result'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a result (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand result; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a family'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List family history entries'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one family'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a family'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a family (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand family; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from add" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -l relation -d 'Who, e.g. mother' -r
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -l condition -d 'What, e.g. "breast cancer at 52"' -r
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -l notes -d 'Notes' -r
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a family'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from help" -f -a "list" -d 'List family history entries'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one family'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a family'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a family (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand family; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a device'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List devices'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one device'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a device'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a device (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand device; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -l date -d 'When implanted' -r
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -l model -d 'Make and model' -r
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -l notes -d 'Notes, e.g. "MRI conditional"' -r
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l name -d 'The device, e.g. pacemaker' -r
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l date -d 'When implanted' -r
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l model -d 'Make and model' -r
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l notes -d 'Notes, e.g. "MRI conditional"' -r
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a device'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "list" -d 'List devices'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one device'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a device'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a device (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -f -a "add" -d 'Add a appt'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -f -a "list" -d 'List appointments'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -f -a "show" -d 'Show one appt'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -f -a "edit" -d 'Change fields of a appt'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -f -a "remove" -d 'Remove a appt (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -f -a "done" -d 'Mark an appointment as attended'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -f -a "cancel" -d 'Cancel an appointment'
complete -c phr -n "__fish_phr_using_subcommand appt; and not __fish_seen_subcommand_from add list show edit remove done cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l with -d 'With whom (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l reason -d 'What for' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l location -d 'Where' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l notes -d 'Notes from the visit' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from list" -l all -d 'Include done, cancelled and past ones'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l when -d 'When: "2026-12-01 14:30", "next monday 2pm"' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l with -d 'With whom (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l reason -d 'What for' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l location -d 'Where' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l status -d 'Scheduled, done or cancelled [default: scheduled]' -r -f -a "scheduled\t''
done\t''
cancelled\t''"
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l notes -d 'Notes from the visit' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from done" -l notes -d 'What came of it' -r
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from done" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from done" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from done" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from done" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a appt'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "list" -d 'List appointments'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one appt'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a appt'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a appt (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark an appointment as attended'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an appointment'
complete -c phr -n "__fish_phr_using_subcommand appt; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -f -a "add" -d 'Add a task'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -f -a "list" -d 'List tasks'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -f -a "show" -d 'Show one task'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -f -a "edit" -d 'Change fields of a task'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -f -a "remove" -d 'Remove a task (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -f -a "done" -d 'Mark a task done'
complete -c phr -n "__fish_phr_using_subcommand task; and not __fish_seen_subcommand_from add list show edit remove done help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -l due -d 'When it is due' -r
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -l for -d 'For which provider (id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from list" -l all -d 'Include done, cancelled and past ones'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l text -d 'What to do' -r
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l due -d 'When it is due' -r
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l for -d 'For which provider (id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l status -d 'Open or done [default: open]' -r -f -a "open\t''
done\t''"
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l done-at -d 'When it was done' -r
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from done" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from done" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from done" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from done" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from done" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a task'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tasks'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one task'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a task'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a task (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a task done'
complete -c phr -n "__fish_phr_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -f -a "add" -d 'Add a question'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -f -a "list" -d 'List questions'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -f -a "show" -d 'Show one question'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -f -a "edit" -d 'Change fields of a question'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -f -a "remove" -d 'Remove a question (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -f -a "answer" -d 'Record the answer to a question'
complete -c phr -n "__fish_phr_using_subcommand question; and not __fish_seen_subcommand_from add list show edit remove answer help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from add" -l for -d 'For which provider or appointment (p1, ap2 or a name)' -r
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from list" -l all -d 'Include done, cancelled and past ones'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l text -d 'The question' -r
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l for -d 'For which provider or appointment (p1, ap2 or a name)' -r
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l status -d 'Open or answered [default: open]' -r -f -a "open\t''
answered\t''"
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l answer -d 'The answer' -r
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from answer" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from answer" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from answer" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from answer" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from answer" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from answer" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from answer" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a question'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from help" -f -a "list" -d 'List questions'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one question'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a question'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a question (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from help" -f -a "answer" -d 'Record the answer to a question'
complete -c phr -n "__fish_phr_using_subcommand question; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a note'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List notes'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show one note'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Change fields of a note'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a note (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand note; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from add" -l with -d 'With whom (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from add" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from add" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from add" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from add" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from list" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from list" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from list" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from list" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from show" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from show" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from show" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -l text -d 'What was said or agreed' -r
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -l with -d 'With whom (a provider id or name)' -r
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from remove" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from remove" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from remove" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a note'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "list" -d 'List notes'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one note'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a note'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a note (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand agenda" -l binder -d 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]' -r -F
complete -c phr -n "__fish_phr_using_subcommand agenda" -l identity -d 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key' -r -F
complete -c phr -n "__fish_phr_using_subcommand agenda" -l passphrase-file -d 'Read the passphrase from the first line of FILE' -r -F
complete -c phr -n "__fish_phr_using_subcommand agenda" -l json -d 'Print JSON for scripts instead of tables'
complete -c phr -n "__fish_phr_using_subcommand agenda" -l no-input -d 'Never prompt; fail and name the missing flag instead'
complete -c phr -n "__fish_phr_using_subcommand agenda" -s q -l quiet -d 'Silence status messages (errors and warnings still print)'
complete -c phr -n "__fish_phr_using_subcommand agenda" -s h -l help -d 'Print help'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "init" -d 'Create a new binder: binder.age and identity.age in a 0700 directory'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "demo" -d 'A tour on a throwaway binder filled with sample data'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "unlock" -d 'Start a session so later commands skip the passphrase: eval "$(phr unlock)"'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "lock" -d 'End the session started by `phr unlock`'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "passwd" -d 'Change the passphrase that protects identity.age (the binder is untouched)'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "share" -d 'Share the binder with a caregiver\'s age or SSH key, list or remove them'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "med" -d 'Medications: add, list, show, edit, stop, history, verify, parse'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "request" -d 'Ask providers to send reports, or for a copy of your records; tracked until done'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "log" -d 'The change log: every change, when, and from which source'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "reconcile" -d 'Compare a new medication list with the saved one; accept changes one by one or with --apply'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "export" -d 'Print or write a printout, the calendar, the whole binder, or a FHIR summary'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "import" -d 'Import a phr export (JSON, TOML, YAML) or a FHIR R4 Bundle'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "backup" -d 'The encrypted backups kept before each save'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "config" -d 'Show the settings in force and where each comes from'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "completions" -d 'Print a shell completion script'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "man" -d 'Write man pages, one per command, into DIR'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "profile" -d 'The patient: name, date of birth, insurance, advance directive'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "provider" -d 'The care team: doctors, pharmacies, hospitals, therapists'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "contact" -d 'Caregivers, family and emergency contacts; one is the primary liaison'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "condition" -d 'Conditions and diagnoses, active or resolved'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "allergy" -d 'Allergies and intolerances (or, explicitly, none known)'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "procedure" -d 'Procedures and surgeries'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "immunization" -d 'Vaccines given'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "encounter" -d 'Hospital stays, ER and urgent-care visits, office visits'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "result" -d 'Tests and results, so "when was this last done?" is one command'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "family" -d 'Family history: who had what'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "device" -d 'Implanted devices: pacemaker, insulin pump, joint replacement'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "appt" -d 'Appointments: upcoming, done or cancelled'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "task" -d 'Follow-up tasks: calls to make, forms to send'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "question" -d 'Questions to ask at the next visit'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "note" -d 'The communication log: calls, faxes, messages'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "agenda" -d 'What is coming up: appointments in the next 30 days, due tasks, open questions, open requests'
complete -c phr -n "__fish_phr_using_subcommand help; and not __fish_seen_subcommand_from init demo unlock lock passwd share med request log reconcile export import backup config completions man profile provider contact condition allergy procedure immunization encounter result family device appt task question note agenda help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "add" -d 'Add a caregiver\'s age recipient (age1…) or SSH public key (ssh-ed25519 …)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "list" -d 'List who can open the binder'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "remove" -d 'Stop encrypting to someone (by name or recipient)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from med" -f -a "add" -d 'Add a medication as written on the label or prescription'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from med" -f -a "list" -d 'List the active medications (--all adds stopped ones)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from med" -f -a "show" -d 'Show one medication'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from med" -f -a "edit" -d 'Change a medication (the change log keeps before and after)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from med" -f -a "stop" -d 'Stop a medication, with the date and the reason'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from med" -f -a "history" -d 'Every change to one medication, with its date and reason'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from med" -f -a "verify" -d 'Mark the whole list reviewed today; lists and printouts show the date'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from med" -f -a "parse" -d 'Show what phr understands of a medication line (needs no binder)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "send" -d 'Ask one provider to send a report to another; prints the letter / fax cover sheet'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "records" -d 'Ask a provider for a copy of the patient\'s own records (HIPAA right of access)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "list" -d 'The open requests (--all adds closed ones)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "done" -d 'Close a request once the report has arrived: its task is done and the communication log notes it'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "print" -d 'Print a request\'s letter again (dated today)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "list" -d 'List the backups, newest first'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "restore" -d 'Put a backup back in place of binder.age (the current file is kept as a backup)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show each setting, its value and its source (flag, environment, config file, default)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'Show the profile'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Set profile fields (an empty value clears one)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "add" -d 'Add a provider'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "list" -d 'List providers'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "show" -d 'Show one provider'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "edit" -d 'Change fields of a provider'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from provider" -f -a "remove" -d 'Remove a provider (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Add a contact'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "list" -d 'List contacts'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "show" -d 'Show one contact'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "edit" -d 'Change fields of a contact'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "remove" -d 'Remove a contact (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from condition" -f -a "add" -d 'Add a condition'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from condition" -f -a "list" -d 'List conditions'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from condition" -f -a "show" -d 'Show one condition'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from condition" -f -a "edit" -d 'Change fields of a condition'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from condition" -f -a "remove" -d 'Remove a condition (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from condition" -f -a "resolve" -d 'Mark a condition resolved'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from allergy" -f -a "add" -d 'Add a allergy'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from allergy" -f -a "list" -d 'List allergies'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from allergy" -f -a "show" -d 'Show one allergy'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from allergy" -f -a "edit" -d 'Change fields of a allergy'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from allergy" -f -a "remove" -d 'Remove a allergy (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from allergy" -f -a "none" -d 'Record explicitly that there are no known allergies'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from procedure" -f -a "add" -d 'Add a procedure'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from procedure" -f -a "list" -d 'List procedures'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from procedure" -f -a "show" -d 'Show one procedure'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from procedure" -f -a "edit" -d 'Change fields of a procedure'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from procedure" -f -a "remove" -d 'Remove a procedure (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from immunization" -f -a "add" -d 'Add a immunization'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from immunization" -f -a "list" -d 'List immunizations'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from immunization" -f -a "show" -d 'Show one immunization'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from immunization" -f -a "edit" -d 'Change fields of a immunization'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from immunization" -f -a "remove" -d 'Remove a immunization (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from encounter" -f -a "add" -d 'Add a encounter'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from encounter" -f -a "list" -d 'List encounters'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from encounter" -f -a "show" -d 'Show one encounter'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from encounter" -f -a "edit" -d 'Change fields of a encounter'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from encounter" -f -a "remove" -d 'Remove a encounter (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from result" -f -a "add" -d 'Add a result'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from result" -f -a "list" -d 'List results'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from result" -f -a "show" -d 'Show one result'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from result" -f -a "edit" -d 'Change fields of a result'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from result" -f -a "remove" -d 'Remove a result (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from family" -f -a "add" -d 'Add a family'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from family" -f -a "list" -d 'List family history entries'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from family" -f -a "show" -d 'Show one family'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from family" -f -a "edit" -d 'Change fields of a family'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from family" -f -a "remove" -d 'Remove a family (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "add" -d 'Add a device'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "list" -d 'List devices'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "show" -d 'Show one device'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "edit" -d 'Change fields of a device'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "remove" -d 'Remove a device (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "add" -d 'Add a appt'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "list" -d 'List appointments'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "show" -d 'Show one appt'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "edit" -d 'Change fields of a appt'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "remove" -d 'Remove a appt (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "done" -d 'Mark an appointment as attended'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from appt" -f -a "cancel" -d 'Cancel an appointment'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "add" -d 'Add a task'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "list" -d 'List tasks'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "show" -d 'Show one task'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "edit" -d 'Change fields of a task'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "remove" -d 'Remove a task (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "done" -d 'Mark a task done'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from question" -f -a "add" -d 'Add a question'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from question" -f -a "list" -d 'List questions'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from question" -f -a "show" -d 'Show one question'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from question" -f -a "edit" -d 'Change fields of a question'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from question" -f -a "remove" -d 'Remove a question (the change log keeps it)'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from question" -f -a "answer" -d 'Record the answer to a question'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "add" -d 'Add a note'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "list" -d 'List notes'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "show" -d 'Show one note'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "edit" -d 'Change fields of a note'
complete -c phr -n "__fish_phr_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "remove" -d 'Remove a note (the change log keeps it)'
