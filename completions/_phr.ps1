
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'phr' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'phr'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'phr' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new binder: binder.age and identity.age in a 0700 directory')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A tour on a throwaway binder filled with sample data')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Start a session so later commands skip the passphrase: eval "$(phr unlock)"')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'End the session started by `phr unlock`')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change the passphrase that protects identity.age (the binder is untouched)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Share the binder with a caregiver''s age or SSH key, list or remove them')
            [CompletionResult]::new('med', 'med', [CompletionResultType]::ParameterValue, 'Medications: add, list, show, edit, stop, history, verify, parse')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask providers to send reports, or for a copy of your records; tracked until done')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The change log: every change, when, and from which source')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Compare a new medication list with the saved one; accept changes one by one or with --apply')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print or write a printout, the calendar, the whole binder, or a FHIR summary')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a phr export (JSON, TOML, YAML) or a FHIR R4 Bundle')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'The encrypted backups kept before each save')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages, one per command, into DIR')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The patient: name, date of birth, insurance, advance directive')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'The care team: doctors, pharmacies, hospitals, therapists')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Caregivers, family and emergency contacts; one is the primary liaison')
            [CompletionResult]::new('condition', 'condition', [CompletionResultType]::ParameterValue, 'Conditions and diagnoses, active or resolved')
            [CompletionResult]::new('allergy', 'allergy', [CompletionResultType]::ParameterValue, 'Allergies and intolerances (or, explicitly, none known)')
            [CompletionResult]::new('procedure', 'procedure', [CompletionResultType]::ParameterValue, 'Procedures and surgeries')
            [CompletionResult]::new('immunization', 'immunization', [CompletionResultType]::ParameterValue, 'Vaccines given')
            [CompletionResult]::new('encounter', 'encounter', [CompletionResultType]::ParameterValue, 'Hospital stays, ER and urgent-care visits, office visits')
            [CompletionResult]::new('result', 'result', [CompletionResultType]::ParameterValue, 'Tests and results, so "when was this last done?" is one command')
            [CompletionResult]::new('family', 'family', [CompletionResultType]::ParameterValue, 'Family history: who had what')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'Implanted devices: pacemaker, insulin pump, joint replacement')
            [CompletionResult]::new('appt', 'appt', [CompletionResultType]::ParameterValue, 'Appointments: upcoming, done or cancelled')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Follow-up tasks: calls to make, forms to send')
            [CompletionResult]::new('question', 'question', [CompletionResultType]::ParameterValue, 'Questions to ask at the next visit')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'The communication log: calls, faxes, messages')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'What is coming up: appointments in the next 30 days, due tasks, open questions, open requests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;init' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;demo' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the demo binder in DIR (it must not exist yet) instead of a temp directory')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;unlock' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'How long the session lasts: 90s, 15m, 2h, 1h30m (at most 24h) [default: 15m, or `session` in config.toml]')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;lock' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;passwd' {
            [CompletionResult]::new('--new-passphrase-file', '--new-passphrase-file', [CompletionResultType]::ParameterName, 'Read the new passphrase from the first line of FILE')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;share' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a caregiver''s age recipient (age1…) or SSH public key (ssh-ed25519 …)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List who can open the binder')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop encrypting to someone (by name or recipient)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;share;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Who this is, e.g. "Ana (daughter)"')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;share;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;share;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;share;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a caregiver''s age recipient (age1…) or SSH public key (ssh-ed25519 …)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List who can open the binder')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop encrypting to someone (by name or recipient)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;share;help;add' {
            break
        }
        'phr;share;help;list' {
            break
        }
        'phr;share;help;remove' {
            break
        }
        'phr;share;help;help' {
            break
        }
        'phr;med' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a medication as written on the label or prescription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active medications (--all adds stopped ones)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one medication')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a medication (the change log keeps before and after)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a medication, with the date and the reason')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change to one medication, with its date and reason')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark the whole list reviewed today; lists and printouts show the date')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Show what phr understands of a medication line (needs no binder)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;med;add' {
            [CompletionResult]::new('--prescriber', '--prescriber', [CompletionResultType]::ParameterName, 'Who prescribed it (a provider id or name)')
            [CompletionResult]::new('--pharmacy', '--pharmacy', [CompletionResultType]::ParameterName, 'Which pharmacy fills it (a provider id or name)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'What it is for')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Prescription, over-the-counter or supplement [default: what the drug usually is]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'When it was started (YYYY-MM-DD, today, "2 weeks ago", …)')
            [CompletionResult]::new('--instructions', '--instructions', [CompletionResultType]::ParameterName, 'Special instructions, e.g. "with food"')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--prn', '--prn', [CompletionResultType]::ParameterName, 'Taken only as needed')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;med;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include stopped medications')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;med;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;med;edit' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The medication line as now written')
            [CompletionResult]::new('--prescriber', '--prescriber', [CompletionResultType]::ParameterName, 'Who prescribed it')
            [CompletionResult]::new('--pharmacy', '--pharmacy', [CompletionResultType]::ParameterName, 'Which pharmacy fills it')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'What it is for')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Prescription, over-the-counter or supplement')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'When it was started')
            [CompletionResult]::new('--instructions', '--instructions', [CompletionResultType]::ParameterName, 'Special instructions')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;med;stop' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it was stopped')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was stopped [default: today]')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;med;history' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;med;verify' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;med;parse' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;med;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a medication as written on the label or prescription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active medications (--all adds stopped ones)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one medication')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a medication (the change log keeps before and after)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a medication, with the date and the reason')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change to one medication, with its date and reason')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark the whole list reviewed today; lists and printouts show the date')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Show what phr understands of a medication line (needs no binder)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;med;help;add' {
            break
        }
        'phr;med;help;list' {
            break
        }
        'phr;med;help;show' {
            break
        }
        'phr;med;help;edit' {
            break
        }
        'phr;med;help;stop' {
            break
        }
        'phr;med;help;history' {
            break
        }
        'phr;med;help;verify' {
            break
        }
        'phr;med;help;parse' {
            break
        }
        'phr;med;help;help' {
            break
        }
        'phr;request' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Ask one provider to send a report to another; prints the letter / fax cover sheet')
            [CompletionResult]::new('records', 'records', [CompletionResultType]::ParameterValue, 'Ask a provider for a copy of the patient''s own records (HIPAA right of access)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The open requests (--all adds closed ones)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Close a request once the report has arrived: its task is done and the communication log notes it')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print a request''s letter again (dated today)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;request;send' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The provider who has the report (id or name in the care team)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The provider who should receive it (needs a fax, email or portal)')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'What to send, e.g. "the echo report of 10 November"')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Wanted by this date; the task is overdue after it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The letter''s format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the letter to FILE (mode 0600) instead of printing it')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the letter to FILE (mode 0600) instead of printing it')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;request;records' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The provider who holds the records (id or name in the care team)')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'Which records [default: the complete medical record]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Wanted by this date; the task is overdue after it')
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'The form you would like them in')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The letter''s format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the letter to FILE (mode 0600) instead of printing it')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the letter to FILE (mode 0600) instead of printing it')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'phr;request;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include closed requests')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;request;done' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What was confirmed, for the communication log')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;request;print' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The letter''s format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the letter to FILE (mode 0600) instead of printing it')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the letter to FILE (mode 0600) instead of printing it')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;request;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Ask one provider to send a report to another; prints the letter / fax cover sheet')
            [CompletionResult]::new('records', 'records', [CompletionResultType]::ParameterValue, 'Ask a provider for a copy of the patient''s own records (HIPAA right of access)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The open requests (--all adds closed ones)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Close a request once the report has arrived: its task is done and the communication log notes it')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print a request''s letter again (dated today)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;request;help;send' {
            break
        }
        'phr;request;help;records' {
            break
        }
        'phr;request;help;list' {
            break
        }
        'phr;request;help;done' {
            break
        }
        'phr;request;help;print' {
            break
        }
        'phr;request;help;help' {
            break
        }
        'phr;log' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;reconcile' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The list''s format [default: from the extension or content]; `markdown` or `table` instead choose how the report prints')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the list came from, recorded with every accepted change')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The list''s date, for stop dates and follow-up tasks [default: the list''s own date, or today]')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'Accept every difference from the new list without asking')
            [CompletionResult]::new('--no-questions', '--no-questions', [CompletionResultType]::ParameterName, 'Do not turn unresolved items and warnings into questions for the next visit')
            [CompletionResult]::new('--discharge', '--discharge', [CompletionResultType]::ParameterName, 'This is a hospital discharge list: also add follow-up tasks (a call within 2–3 days, a primary-care visit within 7)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;export' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Only what concerns this provider (summary, questions, sbar)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Format of a printout [default: text, or `export_format` in config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600) instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600) instead of stdout')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'phr;import' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;backup' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups, newest first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup back in place of binder.age (the current file is kept as a backup)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;backup;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;backup;restore' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;backup;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups, newest first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup back in place of binder.age (the current file is kept as a backup)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;backup;help;list' {
            break
        }
        'phr;backup;help;restore' {
            break
        }
        'phr;backup;help;help' {
            break
        }
        'phr;config' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting, its value and its source (flag, environment, config file, default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;config;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting, its value and its source (flag, environment, config file, default)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;config;help;show' {
            break
        }
        'phr;config;help;help' {
            break
        }
        'phr;completions' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;man' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;profile' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set profile fields (an empty value clears one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;profile;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;profile;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name')
            [CompletionResult]::new('--born', '--born', [CompletionResultType]::ParameterName, 'Date of birth (YYYY-MM-DD)')
            [CompletionResult]::new('--sex', '--sex', [CompletionResultType]::ParameterName, 'Sex, as providers record it')
            [CompletionResult]::new('--blood-type', '--blood-type', [CompletionResultType]::ParameterName, 'Blood type, e.g. O+')
            [CompletionResult]::new('--languages', '--languages', [CompletionResultType]::ParameterName, 'Languages spoken, e.g. "Portuguese, English"')
            [CompletionResult]::new('--insurance-carrier', '--insurance-carrier', [CompletionResultType]::ParameterName, 'Insurance carrier')
            [CompletionResult]::new('--insurance-member-id', '--insurance-member-id', [CompletionResultType]::ParameterName, 'Insurance member id')
            [CompletionResult]::new('--insurance-group', '--insurance-group', [CompletionResultType]::ParameterName, 'Insurance group number')
            [CompletionResult]::new('--pharmacy', '--pharmacy', [CompletionResultType]::ParameterName, 'Preferred pharmacy')
            [CompletionResult]::new('--advance-directive', '--advance-directive', [CompletionResultType]::ParameterName, 'Where the advance directive is kept')
            [CompletionResult]::new('--organ-donor', '--organ-donor', [CompletionResultType]::ParameterName, 'Organ donor: yes, no or unknown')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;profile;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set profile fields (an empty value clears one)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;profile;help;show' {
            break
        }
        'phr;profile;help;set' {
            break
        }
        'phr;profile;help;help' {
            break
        }
        'phr;provider' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a provider')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one provider')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a provider')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a provider (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;provider;add' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role in the care team')
            [CompletionResult]::new('--specialty', '--specialty', [CompletionResultType]::ParameterName, 'Specialty, e.g. cardiology')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Practice, clinic or hospital')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--fax', '--fax', [CompletionResultType]::ParameterName, 'Fax number')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Patient portal address')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Anything else worth knowing')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;provider;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;provider;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;provider;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name, e.g. "Dr Amal Haddad"')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role in the care team')
            [CompletionResult]::new('--specialty', '--specialty', [CompletionResultType]::ParameterName, 'Specialty, e.g. cardiology')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Practice, clinic or hospital')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--fax', '--fax', [CompletionResultType]::ParameterName, 'Fax number')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Patient portal address')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Anything else worth knowing')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;provider;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;provider;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a provider')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one provider')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a provider')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a provider (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;provider;help;add' {
            break
        }
        'phr;provider;help;list' {
            break
        }
        'phr;provider;help;show' {
            break
        }
        'phr;provider;help;edit' {
            break
        }
        'phr;provider;help;remove' {
            break
        }
        'phr;provider;help;help' {
            break
        }
        'phr;contact' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a contact')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;contact;add' {
            [CompletionResult]::new('--relationship', '--relationship', [CompletionResultType]::ParameterName, 'Relationship, e.g. daughter, neighbour')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Legal authority, e.g. "health care power of attorney"')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--liaison', '--liaison', [CompletionResultType]::ParameterName, 'The primary liaison: the one person providers call (moves the mark)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;contact;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;contact;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;contact;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name')
            [CompletionResult]::new('--relationship', '--relationship', [CompletionResultType]::ParameterName, 'Relationship, e.g. daughter, neighbour')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'Legal authority, e.g. "health care power of attorney"')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--liaison', '--liaison', [CompletionResultType]::ParameterName, 'The primary liaison: the one person providers call (moves the mark)')
            [CompletionResult]::new('--no-liaison', '--no-liaison', [CompletionResultType]::ParameterName, 'Clear the mark: The primary liaison: the one person providers call (moves the mark)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;contact;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;contact;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a contact')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;contact;help;add' {
            break
        }
        'phr;contact;help;list' {
            break
        }
        'phr;contact;help;show' {
            break
        }
        'phr;contact;help;edit' {
            break
        }
        'phr;contact;help;remove' {
            break
        }
        'phr;contact;help;help' {
            break
        }
        'phr;condition' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a condition')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List conditions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one condition')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a condition')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a condition (the change log keeps it)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Mark a condition resolved')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;condition;add' {
            [CompletionResult]::new('--onset', '--onset', [CompletionResultType]::ParameterName, 'When it began')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Active or resolved [default: active]')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;condition;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;condition;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;condition;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The condition, e.g. "type 2 diabetes"')
            [CompletionResult]::new('--onset', '--onset', [CompletionResultType]::ParameterName, 'When it began')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Active or resolved [default: active]')
            [CompletionResult]::new('--resolved', '--resolved', [CompletionResultType]::ParameterName, 'When it resolved')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;condition;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;condition;resolve' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it resolved [default: today]')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;condition;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a condition')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List conditions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one condition')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a condition')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a condition (the change log keeps it)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Mark a condition resolved')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;condition;help;add' {
            break
        }
        'phr;condition;help;list' {
            break
        }
        'phr;condition;help;show' {
            break
        }
        'phr;condition;help;edit' {
            break
        }
        'phr;condition;help;remove' {
            break
        }
        'phr;condition;help;resolve' {
            break
        }
        'phr;condition;help;help' {
            break
        }
        'phr;allergy' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a allergy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List allergies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one allergy')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a allergy')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a allergy (the change log keeps it)')
            [CompletionResult]::new('none', 'none', [CompletionResultType]::ParameterValue, 'Record explicitly that there are no known allergies')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;allergy;add' {
            [CompletionResult]::new('--reaction', '--reaction', [CompletionResultType]::ParameterName, 'What happens, e.g. hives')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'How bad')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Drug, food, environment or other')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;allergy;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;allergy;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;allergy;edit' {
            [CompletionResult]::new('--substance', '--substance', [CompletionResultType]::ParameterName, 'What causes it, e.g. penicillin, peanuts')
            [CompletionResult]::new('--reaction', '--reaction', [CompletionResultType]::ParameterName, 'What happens, e.g. hives')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'How bad')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Drug, food, environment or other')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;allergy;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;allergy;none' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;allergy;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a allergy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List allergies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one allergy')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a allergy')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a allergy (the change log keeps it)')
            [CompletionResult]::new('none', 'none', [CompletionResultType]::ParameterValue, 'Record explicitly that there are no known allergies')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;allergy;help;add' {
            break
        }
        'phr;allergy;help;list' {
            break
        }
        'phr;allergy;help;show' {
            break
        }
        'phr;allergy;help;edit' {
            break
        }
        'phr;allergy;help;remove' {
            break
        }
        'phr;allergy;help;none' {
            break
        }
        'phr;allergy;help;help' {
            break
        }
        'phr;procedure' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a procedure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List procedures')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one procedure')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a procedure')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a procedure (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;procedure;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Who did it (a provider id or name)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;procedure;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;procedure;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;procedure;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The procedure, e.g. "cataract surgery, left eye"')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Who did it (a provider id or name)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;procedure;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;procedure;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a procedure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List procedures')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one procedure')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a procedure')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a procedure (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;procedure;help;add' {
            break
        }
        'phr;procedure;help;list' {
            break
        }
        'phr;procedure;help;show' {
            break
        }
        'phr;procedure;help;edit' {
            break
        }
        'phr;procedure;help;remove' {
            break
        }
        'phr;procedure;help;help' {
            break
        }
        'phr;immunization' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a immunization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List immunizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one immunization')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a immunization')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a immunization (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;immunization;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When given')
            [CompletionResult]::new('--dose', '--dose', [CompletionResultType]::ParameterName, 'Dose number or amount')
            [CompletionResult]::new('--lot', '--lot', [CompletionResultType]::ParameterName, 'Lot number')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;immunization;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;immunization;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;immunization;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The vaccine, e.g. "influenza 2026-27"')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When given')
            [CompletionResult]::new('--dose', '--dose', [CompletionResultType]::ParameterName, 'Dose number or amount')
            [CompletionResult]::new('--lot', '--lot', [CompletionResultType]::ParameterName, 'Lot number')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;immunization;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;immunization;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a immunization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List immunizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one immunization')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a immunization')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a immunization (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;immunization;help;add' {
            break
        }
        'phr;immunization;help;list' {
            break
        }
        'phr;immunization;help;show' {
            break
        }
        'phr;immunization;help;edit' {
            break
        }
        'phr;immunization;help;remove' {
            break
        }
        'phr;immunization;help;help' {
            break
        }
        'phr;encounter' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a encounter')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List encounters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one encounter')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a encounter')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a encounter (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;encounter;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What kind of visit')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Admitted or seen on')
            [CompletionResult]::new('--discharged', '--discharged', [CompletionResultType]::ParameterName, 'Discharged on')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;encounter;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;encounter;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;encounter;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Where, e.g. "St. Mary''s Hospital"')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What kind of visit')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Admitted or seen on')
            [CompletionResult]::new('--discharged', '--discharged', [CompletionResultType]::ParameterName, 'Discharged on')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;encounter;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;encounter;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a encounter')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List encounters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one encounter')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a encounter')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a encounter (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;encounter;help;add' {
            break
        }
        'phr;encounter;help;list' {
            break
        }
        'phr;encounter;help;show' {
            break
        }
        'phr;encounter;help;edit' {
            break
        }
        'phr;encounter;help;remove' {
            break
        }
        'phr;encounter;help;help' {
            break
        }
        'phr;result' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a result')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List results')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one result')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a result')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a result (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;result;add' {
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The result')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'Unit, e.g. %')
            [CompletionResult]::new('--range', '--range', [CompletionResultType]::ParameterName, 'Reference range')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was done')
            [CompletionResult]::new('--ordered-by', '--ordered-by', [CompletionResultType]::ParameterName, 'Who ordered it (a provider id or name)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;result;list' {
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'Only this test, newest first, with when it was last done')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;result;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;result;edit' {
            [CompletionResult]::new('--test', '--test', [CompletionResultType]::ParameterName, 'The test, e.g. HbA1c')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The result')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'Unit, e.g. %')
            [CompletionResult]::new('--range', '--range', [CompletionResultType]::ParameterName, 'Reference range')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was done')
            [CompletionResult]::new('--ordered-by', '--ordered-by', [CompletionResultType]::ParameterName, 'Who ordered it (a provider id or name)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;result;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;result;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a result')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List results')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one result')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a result')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a result (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;result;help;add' {
            break
        }
        'phr;result;help;list' {
            break
        }
        'phr;result;help;show' {
            break
        }
        'phr;result;help;edit' {
            break
        }
        'phr;result;help;remove' {
            break
        }
        'phr;result;help;help' {
            break
        }
        'phr;family' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a family')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List family history entries')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one family')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a family')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a family (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;family;add' {
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;family;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;family;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;family;edit' {
            [CompletionResult]::new('--relation', '--relation', [CompletionResultType]::ParameterName, 'Who, e.g. mother')
            [CompletionResult]::new('--condition', '--condition', [CompletionResultType]::ParameterName, 'What, e.g. "breast cancer at 52"')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;family;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;family;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a family')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List family history entries')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one family')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a family')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a family (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;family;help;add' {
            break
        }
        'phr;family;help;list' {
            break
        }
        'phr;family;help;show' {
            break
        }
        'phr;family;help;edit' {
            break
        }
        'phr;family;help;remove' {
            break
        }
        'phr;family;help;help' {
            break
        }
        'phr;device' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a device')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a device')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a device (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;device;add' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When implanted')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Make and model')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes, e.g. "MRI conditional"')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;device;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;device;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;device;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The device, e.g. pacemaker')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When implanted')
            [CompletionResult]::new('--model', '--model', [CompletionResultType]::ParameterName, 'Make and model')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes, e.g. "MRI conditional"')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;device;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;device;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a device')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a device')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a device (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;device;help;add' {
            break
        }
        'phr;device;help;list' {
            break
        }
        'phr;device;help;show' {
            break
        }
        'phr;device;help;edit' {
            break
        }
        'phr;device;help;remove' {
            break
        }
        'phr;device;help;help' {
            break
        }
        'phr;appt' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a appt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appt')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a appt')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a appt (the change log keeps it)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an appointment as attended')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an appointment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;appt;add' {
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'With whom (a provider id or name)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'What for')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes from the visit')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;appt;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include done, cancelled and past ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;appt;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;appt;edit' {
            [CompletionResult]::new('--when', '--when', [CompletionResultType]::ParameterName, 'When: "2026-12-01 14:30", "next monday 2pm"')
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'With whom (a provider id or name)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'What for')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Scheduled, done or cancelled [default: scheduled]')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Notes from the visit')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;appt;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;appt;done' {
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'What came of it')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;appt;cancel' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;appt;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a appt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appt')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a appt')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a appt (the change log keeps it)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an appointment as attended')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an appointment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;appt;help;add' {
            break
        }
        'phr;appt;help;list' {
            break
        }
        'phr;appt;help;show' {
            break
        }
        'phr;appt;help;edit' {
            break
        }
        'phr;appt;help;remove' {
            break
        }
        'phr;appt;help;done' {
            break
        }
        'phr;appt;help;cancel' {
            break
        }
        'phr;appt;help;help' {
            break
        }
        'phr;task' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tasks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one task')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a task')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a task (the change log keeps it)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;task;add' {
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'For which provider (id or name)')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;task;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include done, cancelled and past ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;task;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;task;edit' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'What to do')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'For which provider (id or name)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Open or done [default: open]')
            [CompletionResult]::new('--done-at', '--done-at', [CompletionResultType]::ParameterName, 'When it was done')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;task;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;task;done' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;task;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tasks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one task')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a task')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a task (the change log keeps it)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;task;help;add' {
            break
        }
        'phr;task;help;list' {
            break
        }
        'phr;task;help;show' {
            break
        }
        'phr;task;help;edit' {
            break
        }
        'phr;task;help;remove' {
            break
        }
        'phr;task;help;done' {
            break
        }
        'phr;task;help;help' {
            break
        }
        'phr;question' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a question')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List questions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one question')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a question')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a question (the change log keeps it)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Record the answer to a question')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;question;add' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'For which provider or appointment (p1, ap2 or a name)')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;question;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include done, cancelled and past ones')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;question;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;question;edit' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The question')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'For which provider or appointment (p1, ap2 or a name)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Open or answered [default: open]')
            [CompletionResult]::new('--answer', '--answer', [CompletionResultType]::ParameterName, 'The answer')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;question;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;question;answer' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;question;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a question')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List questions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one question')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a question')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a question (the change log keeps it)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Record the answer to a question')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;question;help;add' {
            break
        }
        'phr;question;help;list' {
            break
        }
        'phr;question;help;show' {
            break
        }
        'phr;question;help;edit' {
            break
        }
        'phr;question;help;remove' {
            break
        }
        'phr;question;help;answer' {
            break
        }
        'phr;question;help;help' {
            break
        }
        'phr;note' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a note')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one note')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a note')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a note (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;note;add' {
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'With whom (a provider id or name)')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;note;list' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;note;show' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;note;edit' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'What was said or agreed')
            [CompletionResult]::new('--with', '--with', [CompletionResultType]::ParameterName, 'With whom (a provider id or name)')
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;note;remove' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;note;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a note')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one note')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a note')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a note (the change log keeps it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;note;help;add' {
            break
        }
        'phr;note;help;list' {
            break
        }
        'phr;note;help;show' {
            break
        }
        'phr;note;help;edit' {
            break
        }
        'phr;note;help;remove' {
            break
        }
        'phr;note;help;help' {
            break
        }
        'phr;agenda' {
            [CompletionResult]::new('--binder', '--binder', [CompletionResultType]::ParameterName, 'The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts instead of tables')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the missing flag instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence status messages (errors and warnings still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'phr;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new binder: binder.age and identity.age in a 0700 directory')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A tour on a throwaway binder filled with sample data')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Start a session so later commands skip the passphrase: eval "$(phr unlock)"')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'End the session started by `phr unlock`')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change the passphrase that protects identity.age (the binder is untouched)')
            [CompletionResult]::new('share', 'share', [CompletionResultType]::ParameterValue, 'Share the binder with a caregiver''s age or SSH key, list or remove them')
            [CompletionResult]::new('med', 'med', [CompletionResultType]::ParameterValue, 'Medications: add, list, show, edit, stop, history, verify, parse')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask providers to send reports, or for a copy of your records; tracked until done')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The change log: every change, when, and from which source')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'Compare a new medication list with the saved one; accept changes one by one or with --apply')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print or write a printout, the calendar, the whole binder, or a FHIR summary')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a phr export (JSON, TOML, YAML) or a FHIR R4 Bundle')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'The encrypted backups kept before each save')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the settings in force and where each comes from')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write man pages, one per command, into DIR')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'The patient: name, date of birth, insurance, advance directive')
            [CompletionResult]::new('provider', 'provider', [CompletionResultType]::ParameterValue, 'The care team: doctors, pharmacies, hospitals, therapists')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Caregivers, family and emergency contacts; one is the primary liaison')
            [CompletionResult]::new('condition', 'condition', [CompletionResultType]::ParameterValue, 'Conditions and diagnoses, active or resolved')
            [CompletionResult]::new('allergy', 'allergy', [CompletionResultType]::ParameterValue, 'Allergies and intolerances (or, explicitly, none known)')
            [CompletionResult]::new('procedure', 'procedure', [CompletionResultType]::ParameterValue, 'Procedures and surgeries')
            [CompletionResult]::new('immunization', 'immunization', [CompletionResultType]::ParameterValue, 'Vaccines given')
            [CompletionResult]::new('encounter', 'encounter', [CompletionResultType]::ParameterValue, 'Hospital stays, ER and urgent-care visits, office visits')
            [CompletionResult]::new('result', 'result', [CompletionResultType]::ParameterValue, 'Tests and results, so "when was this last done?" is one command')
            [CompletionResult]::new('family', 'family', [CompletionResultType]::ParameterValue, 'Family history: who had what')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'Implanted devices: pacemaker, insulin pump, joint replacement')
            [CompletionResult]::new('appt', 'appt', [CompletionResultType]::ParameterValue, 'Appointments: upcoming, done or cancelled')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'Follow-up tasks: calls to make, forms to send')
            [CompletionResult]::new('question', 'question', [CompletionResultType]::ParameterValue, 'Questions to ask at the next visit')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'The communication log: calls, faxes, messages')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'What is coming up: appointments in the next 30 days, due tasks, open questions, open requests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'phr;help;init' {
            break
        }
        'phr;help;demo' {
            break
        }
        'phr;help;unlock' {
            break
        }
        'phr;help;lock' {
            break
        }
        'phr;help;passwd' {
            break
        }
        'phr;help;share' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a caregiver''s age recipient (age1…) or SSH public key (ssh-ed25519 …)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List who can open the binder')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop encrypting to someone (by name or recipient)')
            break
        }
        'phr;help;share;add' {
            break
        }
        'phr;help;share;list' {
            break
        }
        'phr;help;share;remove' {
            break
        }
        'phr;help;med' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a medication as written on the label or prescription')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the active medications (--all adds stopped ones)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one medication')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a medication (the change log keeps before and after)')
            [CompletionResult]::new('stop', 'stop', [CompletionResultType]::ParameterValue, 'Stop a medication, with the date and the reason')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every change to one medication, with its date and reason')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark the whole list reviewed today; lists and printouts show the date')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Show what phr understands of a medication line (needs no binder)')
            break
        }
        'phr;help;med;add' {
            break
        }
        'phr;help;med;list' {
            break
        }
        'phr;help;med;show' {
            break
        }
        'phr;help;med;edit' {
            break
        }
        'phr;help;med;stop' {
            break
        }
        'phr;help;med;history' {
            break
        }
        'phr;help;med;verify' {
            break
        }
        'phr;help;med;parse' {
            break
        }
        'phr;help;request' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Ask one provider to send a report to another; prints the letter / fax cover sheet')
            [CompletionResult]::new('records', 'records', [CompletionResultType]::ParameterValue, 'Ask a provider for a copy of the patient''s own records (HIPAA right of access)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The open requests (--all adds closed ones)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Close a request once the report has arrived: its task is done and the communication log notes it')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print a request''s letter again (dated today)')
            break
        }
        'phr;help;request;send' {
            break
        }
        'phr;help;request;records' {
            break
        }
        'phr;help;request;list' {
            break
        }
        'phr;help;request;done' {
            break
        }
        'phr;help;request;print' {
            break
        }
        'phr;help;log' {
            break
        }
        'phr;help;reconcile' {
            break
        }
        'phr;help;export' {
            break
        }
        'phr;help;import' {
            break
        }
        'phr;help;backup' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the backups, newest first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Put a backup back in place of binder.age (the current file is kept as a backup)')
            break
        }
        'phr;help;backup;list' {
            break
        }
        'phr;help;backup;restore' {
            break
        }
        'phr;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show each setting, its value and its source (flag, environment, config file, default)')
            break
        }
        'phr;help;config;show' {
            break
        }
        'phr;help;completions' {
            break
        }
        'phr;help;man' {
            break
        }
        'phr;help;profile' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the profile')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set profile fields (an empty value clears one)')
            break
        }
        'phr;help;profile;show' {
            break
        }
        'phr;help;profile;set' {
            break
        }
        'phr;help;provider' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a provider')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List providers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one provider')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a provider')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a provider (the change log keeps it)')
            break
        }
        'phr;help;provider;add' {
            break
        }
        'phr;help;provider;list' {
            break
        }
        'phr;help;provider;show' {
            break
        }
        'phr;help;provider;edit' {
            break
        }
        'phr;help;provider;remove' {
            break
        }
        'phr;help;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one contact')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a contact')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a contact (the change log keeps it)')
            break
        }
        'phr;help;contact;add' {
            break
        }
        'phr;help;contact;list' {
            break
        }
        'phr;help;contact;show' {
            break
        }
        'phr;help;contact;edit' {
            break
        }
        'phr;help;contact;remove' {
            break
        }
        'phr;help;condition' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a condition')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List conditions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one condition')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a condition')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a condition (the change log keeps it)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Mark a condition resolved')
            break
        }
        'phr;help;condition;add' {
            break
        }
        'phr;help;condition;list' {
            break
        }
        'phr;help;condition;show' {
            break
        }
        'phr;help;condition;edit' {
            break
        }
        'phr;help;condition;remove' {
            break
        }
        'phr;help;condition;resolve' {
            break
        }
        'phr;help;allergy' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a allergy')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List allergies')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one allergy')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a allergy')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a allergy (the change log keeps it)')
            [CompletionResult]::new('none', 'none', [CompletionResultType]::ParameterValue, 'Record explicitly that there are no known allergies')
            break
        }
        'phr;help;allergy;add' {
            break
        }
        'phr;help;allergy;list' {
            break
        }
        'phr;help;allergy;show' {
            break
        }
        'phr;help;allergy;edit' {
            break
        }
        'phr;help;allergy;remove' {
            break
        }
        'phr;help;allergy;none' {
            break
        }
        'phr;help;procedure' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a procedure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List procedures')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one procedure')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a procedure')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a procedure (the change log keeps it)')
            break
        }
        'phr;help;procedure;add' {
            break
        }
        'phr;help;procedure;list' {
            break
        }
        'phr;help;procedure;show' {
            break
        }
        'phr;help;procedure;edit' {
            break
        }
        'phr;help;procedure;remove' {
            break
        }
        'phr;help;immunization' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a immunization')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List immunizations')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one immunization')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a immunization')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a immunization (the change log keeps it)')
            break
        }
        'phr;help;immunization;add' {
            break
        }
        'phr;help;immunization;list' {
            break
        }
        'phr;help;immunization;show' {
            break
        }
        'phr;help;immunization;edit' {
            break
        }
        'phr;help;immunization;remove' {
            break
        }
        'phr;help;encounter' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a encounter')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List encounters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one encounter')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a encounter')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a encounter (the change log keeps it)')
            break
        }
        'phr;help;encounter;add' {
            break
        }
        'phr;help;encounter;list' {
            break
        }
        'phr;help;encounter;show' {
            break
        }
        'phr;help;encounter;edit' {
            break
        }
        'phr;help;encounter;remove' {
            break
        }
        'phr;help;result' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a result')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List results')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one result')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a result')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a result (the change log keeps it)')
            break
        }
        'phr;help;result;add' {
            break
        }
        'phr;help;result;list' {
            break
        }
        'phr;help;result;show' {
            break
        }
        'phr;help;result;edit' {
            break
        }
        'phr;help;result;remove' {
            break
        }
        'phr;help;family' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a family')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List family history entries')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one family')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a family')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a family (the change log keeps it)')
            break
        }
        'phr;help;family;add' {
            break
        }
        'phr;help;family;list' {
            break
        }
        'phr;help;family;show' {
            break
        }
        'phr;help;family;edit' {
            break
        }
        'phr;help;family;remove' {
            break
        }
        'phr;help;device' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a device')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a device')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a device (the change log keeps it)')
            break
        }
        'phr;help;device;add' {
            break
        }
        'phr;help;device;list' {
            break
        }
        'phr;help;device;show' {
            break
        }
        'phr;help;device;edit' {
            break
        }
        'phr;help;device;remove' {
            break
        }
        'phr;help;appt' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a appt')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List appointments')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one appt')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a appt')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a appt (the change log keeps it)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an appointment as attended')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an appointment')
            break
        }
        'phr;help;appt;add' {
            break
        }
        'phr;help;appt;list' {
            break
        }
        'phr;help;appt;show' {
            break
        }
        'phr;help;appt;edit' {
            break
        }
        'phr;help;appt;remove' {
            break
        }
        'phr;help;appt;done' {
            break
        }
        'phr;help;appt;cancel' {
            break
        }
        'phr;help;task' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a task')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tasks')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one task')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a task')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a task (the change log keeps it)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            break
        }
        'phr;help;task;add' {
            break
        }
        'phr;help;task;list' {
            break
        }
        'phr;help;task;show' {
            break
        }
        'phr;help;task;edit' {
            break
        }
        'phr;help;task;remove' {
            break
        }
        'phr;help;task;done' {
            break
        }
        'phr;help;question' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a question')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List questions')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one question')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a question')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a question (the change log keeps it)')
            [CompletionResult]::new('answer', 'answer', [CompletionResultType]::ParameterValue, 'Record the answer to a question')
            break
        }
        'phr;help;question;add' {
            break
        }
        'phr;help;question;list' {
            break
        }
        'phr;help;question;show' {
            break
        }
        'phr;help;question;edit' {
            break
        }
        'phr;help;question;remove' {
            break
        }
        'phr;help;question;answer' {
            break
        }
        'phr;help;note' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a note')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List notes')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one note')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a note')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a note (the change log keeps it)')
            break
        }
        'phr;help;note;add' {
            break
        }
        'phr;help;note;list' {
            break
        }
        'phr;help;note;show' {
            break
        }
        'phr;help;note;edit' {
            break
        }
        'phr;help;note;remove' {
            break
        }
        'phr;help;agenda' {
            break
        }
        'phr;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
