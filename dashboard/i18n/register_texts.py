"""Texts of the register: its page (sign-in, form, import, new peiljaar, history), the notices about it, and
the register's own messages (errors and refusals), which it makes as ``Msg`` and the page or the command line
renders in the reader's language."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    "nav.register": {"nl": "Register", "en": "Register"},
    "register.title": {"nl": "Register van initiatieven", "en": "Register of initiatives"},
    "register.intro": {
        "nl": "Het register is de gedeelde lijst van initiatieven die alle pagina's tonen. Iedereen kan kijken; "
        "wie is aangemeld als redacteur voegt initiatieven toe en werkt ze bij binnen het eigen werkgebied. "
        "Elke wijziging wordt bewaard met wie, wanneer en wat.",
        "en": "The register is the shared list of initiatives every page shows. Anyone can view it; a signed-in "
        "editor adds and updates initiatives within their own area. Every change is kept with who, when and "
        "what.",
    },
    "register.count": {
        # "gepubliceerd" (no concept), not "bevestigd": that word is the two sides' confirmation of a relation.
        "nl": "Het register bevat {n} gepubliceerde initiatieven (revisie {revision}).",
        "en": "The register holds {n} published initiatives (revision {revision}).",
    },
    # Sign-in
    "register.signin": {"nl": "Aanmelden", "en": "Sign in"},
    "register.signin.email": {"nl": "E-mailadres", "en": "Email address"},
    "register.signin.password": {"nl": "Wachtwoord", "en": "Password"},
    "register.signin.submit": {"nl": "Aanmelden", "en": "Sign in"},
    "register.signin.oidc": {"nl": "Aanmelden via uw organisatie", "en": "Sign in with your organisation"},
    "register.signin.busy": {
        "nl": "Het register is even bezet door een andere schrijver, probeer het zo nog eens. Uw invoer staat er nog.",
        "en": "The register is busy with another writer for a moment; please try again shortly. What you typed is "
        "still there.",
    },
    "register.signin.help": {
        "nl": "Nog geen account? Een beheerder maakt het aan (python -m dashboard users add).",
        "en": "No account yet? An administrator creates it (python -m dashboard users add).",
    },
    "register.signed_in": {
        "nl": "Aangemeld als **{email}** ({role}; werkgebied: {scope}).",
        "en": "Signed in as **{email}** ({role}; area: {scope}).",
    },
    "register.scope.all": {"nl": "alles", "en": "everything"},
    "register.role.beheerder": {"nl": "beheerder", "en": "administrator"},
    "register.role.redacteur": {"nl": "redacteur", "en": "editor"},
    "register.signout": {"nl": "Afmelden", "en": "Sign out"},
    "register.expired": {
        "nl": "Uw sessie is verlopen (8 uur niet actief). Meld u opnieuw aan.",
        "en": "Your session has expired (8 idle hours). Please sign in again.",
    },
    "register.session.password_changed": {
        "nl": "Het wachtwoord van dit account is gewijzigd; daarmee is uw sessie beëindigd. Meld u opnieuw aan.",
        "en": "The password of this account was changed, which ended your session. Please sign in again.",
    },
    "register.session.ended": {
        "nl": "Uw sessie is beëindigd. Meld u opnieuw aan.",
        "en": "Your session has ended. Please sign in again.",
    },
    # Tabs
    "register.tab.edit": {"nl": "Toevoegen of bewerken", "en": "Add or edit"},
    "register.tab.import": {"nl": "Bestand inlezen", "en": "Import a file"},
    "register.tab.year": {"nl": "Peiljaarronde", "en": "Reference-year round"},
    "register.tab.history": {"nl": "Wijzigingen", "en": "Changes"},
    "register.tab.withdrawn": {"nl": "Ingetrokken", "en": "Withdrawn"},
    # Edit form
    "register.pick": {"nl": "Initiatief", "en": "Initiative"},
    "register.pick.new": {"nl": "+ Nieuw initiatief", "en": "+ New initiative"},
    "register.pick.help": {
        "nl": "Alleen initiatieven binnen uw werkgebied zijn te bewerken.",
        "en": "Only initiatives within your area can be edited.",
    },
    "register.concept": {"nl": "concept", "en": "draft"},
    "register.version": {
        "nl": "Versie {version}, laatst gewijzigd door {who} op {day} om {time} (UTC).",
        "en": "Version {version}, last changed by {who} on {day} at {time} (UTC).",
    },
    "register.field.id": {"nl": "Id (uniek per peiljaar)", "en": "Id (unique per year)"},
    "register.field.naam": {"nl": "Naam", "en": "Name"},
    "register.field.jaar": {"nl": "Peiljaar", "en": "Reference year"},
    "register.field.preventiecoalitie": {"nl": "Preventiecoalitie", "en": "Prevention coalition"},
    "register.field.reikwijdte": {"nl": "Reikwijdte", "en": "Reach"},
    "register.field.reikwijdte.auto": {
        "nl": "(afleiden uit de gemeenten en wijken)",
        "en": "(derive from the municipalities and districts)",
    },
    "register.field.gemeenten": {"nl": "Gemeenten", "en": "Municipalities"},
    "register.field.gemeenten_typed": {
        "nl": "Of typ gemeenten (code, naam, oude naam; scheiden met ;)",
        "en": "Or type municipalities (code, name, former name; separate with ;)",
    },
    "register.field.wijken": {"nl": "Wijken (scheiden met ;)", "en": "Districts (separate with ;)"},
    "register.field.samenwerkingsniveau": {"nl": "Samenwerkingsniveau", "en": "Collaboration level"},
    "register.field.afspraken": {"nl": "Afspraken", "en": "Agreements"},
    "register.field.none": {"nl": "(geen)", "en": "(none)"},
    "register.field.financiering": {"nl": "Financiering", "en": "Funding"},
    "register.field.zorgverzekeraars": {"nl": "Zorgverzekeraars", "en": "Health insurers"},
    "register.field.partijen": {"nl": "Betrokken partijen", "en": "Parties involved"},
    "register.field.interventies": {"nl": "Interventies", "en": "Interventions"},
    "register.field.gli_programmas": {"nl": "GLI-programma's", "en": "CLI programmes"},
    "register.field.doelgroepen": {"nl": "Doelgroepen", "en": "Target groups"},
    "register.field.startjaar": {"nl": "Startjaar", "en": "Start year"},
    "register.field.bron": {"nl": "Bron (link of omschrijving)", "en": "Source (link or description)"},
    "register.field.toelichting": {"nl": "Toelichting", "en": "Notes"},
    "register.field.reason": {
        "nl": "Reden van de wijziging (optioneel)",
        "en": "Reason for the change (optional)",
    },
    "register.field.confirm": {"nl": "Concept bevestigen", "en": "Confirm the draft"},
    "register.choose": {"nl": "Kies een of meer", "en": "Choose one or more"},
    "register.choose_or_type": {"nl": "Kies of typ een nieuwe", "en": "Choose or type a new one"},
    "register.save": {"nl": "Opslaan", "en": "Save"},
    "register.saved": {
        "nl": "Opgeslagen: {name} ({year}), versie {version}. Alle pagina's tonen het nu.",
        "en": "Saved: {name} ({year}), version {version}. Every page shows it now.",
    },
    "register.unchanged": {"nl": "Er was niets gewijzigd.", "en": "Nothing had changed."},
    "register.invalid": {
        "nl": "Niet opgeslagen. Verbeter het volgende:",
        "en": "Not saved. Please correct the following:",
    },
    "register.conflict.table": {
        "nl": "Wat de ander opsloeg naast uw versie:",
        "en": "What the other person saved beside your version:",
    },
    "register.conflict.field": {"nl": "Veld", "en": "Field"},
    "register.conflict.theirs": {"nl": "Opgeslagen door de ander", "en": "Saved by the other person"},
    "register.conflict.mine": {"nl": "Uw invoer", "en": "Your input"},
    "register.conflict.reload": {"nl": "Hun versie laden", "en": "Load their version"},
    "register.withdraw": {"nl": "Intrekken", "en": "Withdraw"},
    "register.withdraw.reason": {
        "nl": "Reden van intrekken (verplicht)",
        "en": "Reason for withdrawing (required)",
    },
    "register.withdraw.done": {
        "nl": "Ingetrokken: {name} ({year}). Een beheerder kan het herstellen.",
        "en": "Withdrawn: {name} ({year}). An administrator can restore it.",
    },
    "register.restore": {"nl": "Herstellen", "en": "Restore"},
    "register.restore.done": {"nl": "Hersteld: {name} ({year}).", "en": "Restored: {name} ({year})."},
    "register.withdrawn.none": {
        "nl": "Er zijn geen ingetrokken initiatieven.",
        "en": "No withdrawn initiatives.",
    },
    # Import
    "register.import.label": {
        "nl": "Kies een CSV- of Excelbestand om in het register in te lezen",
        "en": "Choose a CSV or Excel file to import into the register",
    },
    "register.import.preview": {
        "nl": "Voorbeeld: er is nog niets opgeslagen.",
        "en": "Preview: nothing has been saved yet.",
    },
    "register.import.nieuw": {"nl": "Nieuw", "en": "New"},
    "register.import.gewijzigd": {"nl": "Gewijzigd", "en": "Changed"},
    "register.import.ongewijzigd": {"nl": "Ongewijzigd", "en": "Unchanged"},
    "register.import.afgekeurd": {"nl": "Afgekeurd", "en": "Rejected"},
    "register.import.partial": {
        "nl": "Alleen de goedgekeurde rijen overnemen (de afgekeurde blijven buiten het register)",
        "en": "Take only the accepted rows (the rejected ones stay out of the register)",
    },
    "register.import.blocked": {
        "nl": "Er zijn afgekeurde rijen: zonder het vinkje hierboven wordt niets opgeslagen.",
        "en": "Some rows were rejected: without the box above nothing is saved.",
    },
    "register.import.confirm": {"nl": "Bevestigen en opslaan", "en": "Confirm and save"},
    "register.import.nothing": {
        "nl": "Alles in dit bestand staat al zo in het register.",
        "en": "Everything in this file is already in the register as is.",
    },
    # New peiljaar
    "register.year.concepts": {"nl": "Concepten in {b}: {n}", "en": "Drafts in {b}: {n}"},
    "register.year.confirm_all": {"nl": "Alle concepten publiceren", "en": "Publish all drafts"},
    "register.year.confirmed": {"nl": "{n} concepten gepubliceerd.", "en": "{n} drafts published."},
    "register.year.preview": {
        "nl": "Concepten tonen op alle pagina's (alleen voor u)",
        "en": "Show drafts on every page (for you only)",
    },
    # History
    "register.history.scope": {"nl": "Wijzigingen van", "en": "Changes of"},
    "register.history.scope.all": {"nl": "het hele register", "en": "the whole register"},
    "register.history.scope.regio": {"nl": "een regio", "en": "a region"},
    "register.history.scope.initiative": {"nl": "één initiatief", "en": "one initiative"},
    "register.history.download": {"nl": "Wijzigingen downloaden (CSV)", "en": "Download changes (CSV)"},
    "register.history.none": {"nl": "Nog geen wijzigingen.", "en": "No changes yet."},
    "history.when": {"nl": "Wanneer (UTC)", "en": "When (UTC)"},
    "history.id": {"nl": "Id", "en": "Id"},
    "history.year": {"nl": "Jaar", "en": "Year"},
    "history.name": {"nl": "Naam", "en": "Name"},
    "history.version": {"nl": "Versie", "en": "Version"},
    "history.action": {"nl": "Actie", "en": "Action"},
    "history.who": {"nl": "Door", "en": "By"},
    "history.fields": {"nl": "Gewijzigde velden", "en": "Changed fields"},
    "history.reason": {"nl": "Reden", "en": "Reason"},
    "import.kind": {"nl": "Soort", "en": "Kind"},
    "import.field": {"nl": "Veld", "en": "Field"},
    "import.old": {"nl": "Oud", "en": "Old"},
    "import.new": {"nl": "Nieuw", "en": "New"},
    # Notices shown on every page
    "notice.combined": {
        "nl": "U bekijkt het register plus uw eigen bestand **{name}**: uw rijen gaan voor bij hetzelfde id en "
        "jaar. Uw bestand wordt niet opgeslagen.",
        "en": "You are viewing the register plus your own file **{name}**: your rows win on the same id and "
        "year. Your file is not stored.",
    },
    "notice.stale": {
        "nl": "**Het register is nu niet bereikbaar.** U ziet de gegevens zoals ze op {date} om {time} (UTC) waren. "
        "{problem}",
        "en": "**The register cannot be reached right now.** You see the data as of {date}, {time} (UTC). {problem}",
    },
    "notice.unavailable": {
        "nl": "**Het register is niet bereikbaar** en er zijn nog geen gegevens gelezen. {problem}",
        "en": "**The register cannot be reached** and no data has been read yet. {problem}",
    },
    "notice.concepts": {
        "nl": "U ziet ook de concepten van een nieuw peiljaar (alleen voor u).",
        "en": "You also see the drafts of a new reference year (for you only).",
    },
    "gegevens.mode": {"nl": "Wat wilt u zien?", "en": "What do you want to see?"},
    "gegevens.mode.alleen": {"nl": "alleen mijn bestand", "en": "only my file"},
    "gegevens.mode.samen": {"nl": "register plus mijn bestand", "en": "register plus my file"},
    # Who changed a record, when it was not a person: the names the register stores for them.
    "register.actor.console": {"nl": "beheer (opdrachtregel)", "en": "administration (command line)"},
    "register.actor.seed": {"nl": "meegeleverde gegevens", "en": "shipped data"},
    # What a version did (the codes the register stores as its action).
    "register.action.nieuw": {"nl": "nieuw", "en": "new"},
    "register.action.gewijzigd": {"nl": "gewijzigd", "en": "changed"},
    "register.action.ingetrokken": {"nl": "ingetrokken", "en": "withdrawn"},
    "register.action.hersteld": {"nl": "hersteld", "en": "restored"},
    "register.action.bevestigd": {"nl": "bevestigd", "en": "confirmed"},
    "register.action.overgenomen": {"nl": "overgenomen", "en": "carried over"},
    "register.reason.carried_over": {"nl": "overgenomen uit {year}", "en": "carried over from {year}"},
    "register.action.geladen": {"nl": "geladen", "en": "loaded"},
    "register.scope.none": {"nl": "geen", "en": "none"},
    # Messages of the register itself (dashboard/register): made once, shown in the reader's language.
    "register.signin.wrong": {
        "nl": "Onjuist e-mailadres of wachtwoord.",
        "en": "Wrong email address or password.",
    },
    "register.signin.now_locked": {
        "nl": "{wrong} Na {attempts} mislukte pogingen is het account {minutes} minuten geblokkeerd.",
        "en": "{wrong} After {attempts} failed attempts the account is locked for {minutes} minutes.",
    },
    "register.signin.oidc_unknown": {
        "nl": "U bent aangemeld als {email}, maar dat account heeft geen rol in het register. Vraag een beheerder "
        "om u toe te voegen (python -m dashboard users add).",
        "en": "You are signed in as {email}, but that account has no role in the register. Ask an administrator "
        "to add you (python -m dashboard users add).",
    },
    "register.error.signed_out": {
        "nl": "U bent niet (meer) aangemeld. Meld u opnieuw aan; er is niets opgeslagen.",
        "en": "You are not signed in (any more). Please sign in again; nothing was saved.",
    },
    "register.error.no_credential": {
        "nl": "Geen geldige aanmelding; er is niets opgeslagen.",
        "en": "No valid sign-in; nothing was saved.",
    },
    "register.error.no_user": {
        "nl": "Gebruiker {email} bestaat niet in het register.",
        "en": "User {email} does not exist in the register.",
    },
    "register.error.bad_email": {
        "nl": "'{email}' is geen e-mailadres.",
        "en": "'{email}' is not an email address.",
    },
    "register.error.bad_role": {
        "nl": "Onbekende rol '{role}': kies {roles}.",
        "en": "Unknown role '{role}': choose {roles}.",
    },
    "register.error.needs_scope": {
        "nl": "Een redacteur heeft een werkgebied nodig: --scope ZK31,GM0363.",
        "en": "An editor needs an area: --scope ZK31,GM0363.",
    },
    "register.error.short_password": {
        "nl": "Het wachtwoord is te kort: gebruik minstens {length} tekens.",
        "en": "The password is too short: use at least {length} characters.",
    },
    "register.error.restore_needs_beheerder": {
        "nl": "Alleen een beheerder mag een ingetrokken initiatief herstellen.",
        "en": "Only an administrator may restore a withdrawn initiative.",
    },
    "register.error.unknown_scope": {
        "nl": "Onbekend in het werkgebied: {items}. Gebruik VNG–ZN-regiocodes (zoals ZK31) of gemeentecodes "
        "(zoals GM0363).",
        "en": "Unknown in the area: {items}. Use VNG–ZN region codes (such as ZK31) or municipality codes (such "
        "as GM0363).",
    },
    # only the command line makes backups: there the README is what an administrator needs
    "cli.register.backup_postgres": {
        "nl": "Een reservekopie van een PostgreSQL-register maakt u met pg_dump (zie de README, 'Het register "
        "beheren').",
        "en": "A PostgreSQL register is backed up with pg_dump (see the README, 'Het register beheren').",
    },
    "register.error.not_found": {
        "nl": "Initiatief {id} ({year}) staat niet in het register.",
        "en": "Initiative {id} ({year}) is not in the register.",
    },
    "register.error.invalid": {
        "nl": "Het initiatief is niet opgeslagen: verbeter de fouten hieronder.",
        "en": "The initiative was not saved: please correct the errors below.",
    },
    "register.error.duplicate": {
        "nl": "Er staat al een initiatief met id '{id}' in {year}. Kies een ander id of bewerk het bestaande "
        "initiatief.",
        "en": "There already is an initiative with id '{id}' in {year}. Choose another id or edit the existing "
        "initiative.",
    },
    "register.error.withdrawn": {
        "nl": "Dit initiatief is ingetrokken en kan niet worden bewerkt; een beheerder kan het herstellen.",
        "en": "This initiative has been withdrawn and cannot be edited; an administrator can restore it.",
    },
    "register.error.reason_needed": {
        "nl": "Geef een reden op waarom het initiatief wordt ingetrokken.",
        "en": "Please give a reason why the initiative is withdrawn.",
    },
    "register.error.not_withdrawn": {
        "nl": "Dit initiatief is niet ingetrokken.",
        "en": "This initiative has not been withdrawn.",
    },
    "register.error.year_order": {
        "nl": "Het nieuwe peiljaar moet na het oude liggen.",
        "en": "The new reference year must come after the old one.",
    },
    "register.error.conflict_unknown": {
        "nl": "Iemand anders heeft dit initiatief intussen gewijzigd; uw wijziging is niet opgeslagen.",
        "en": "Someone else has changed this initiative meanwhile; your change was not saved.",
    },
    "register.error.conflict": {
        "nl": "Niet opgeslagen: {who} heeft dit initiatief op {day} om {time} (UTC) al gewijzigd (versie "
        "{version}: {fields}). Bekijk hun wijziging en breng de uwe zo nodig opnieuw aan.",
        "en": "Not saved: {who} already changed this initiative on {day} at {time} (UTC) (version {version}: "
        "{fields}). Look at their change and make yours again if needed.",
    },
    "register.error.import_withdrawn": {
        "nl": "Initiatief {id} ({year}) is ingetrokken; een beheerder kan het herstellen.",
        "en": "Initiative {id} ({year}) has been withdrawn; an administrator can restore it.",
    },
    "register.error.file_unusable": {
        "nl": "Het bestand kan niet worden gebruikt; er is niets ingelezen.",
        "en": "The file cannot be used; nothing was imported.",
    },
    "register.error.added_meanwhile": {
        "nl": "Niet ingelezen: initiatief {id} ({year}) is intussen door iemand anders toegevoegd. Bekijk het "
        "voorbeeld opnieuw.",
        "en": "Not imported: initiative {id} ({year}) was added by someone else meanwhile. Look at the preview "
        "again.",
    },
    # The database behind the register (dashboard/register/db.py)
    "register.db.bad_url": {
        "nl": "De database-URL in {var} is onleesbaar. Gebruik bijvoorbeeld sqlite:///pad/naar/register.sqlite of "
        "postgresql+psycopg://gebruiker@server/database.",
        "en": "The database URL in {var} cannot be read. Use for example sqlite:///path/to/register.sqlite or "
        "postgresql+psycopg://user@server/database.",
    },
    "register.db.unreadable_url": {"nl": "(onleesbare database-URL)", "en": "(unreadable database URL)"},
    "register.db.unsupported": {
        "nl": "Dit soort database wordt niet ondersteund: {url}.",
        "en": "This kind of database is not supported: {url}.",
    },
    "register.db.busy": {
        "nl": "Het register is bezet door een andere schrijver; er is niets opgeslagen. Probeer het zo opnieuw.",
        "en": "The register is busy with another writer; nothing was saved. Please try again shortly.",
    },
    "register.db.unreachable": {
        "nl": "Het register is op dit moment niet bereikbaar; er is niets opgeslagen. Probeer het later opnieuw.",
        "en": "The register cannot be reached at the moment; nothing was saved. Please try again later.",
    },
    "register.db.not_created": {
        "nl": "Het register is nog niet aangemaakt: voer 'python -m dashboard register init' uit.",
        "en": "The register has not been created yet: run 'python -m dashboard register init'.",
    },
}

# Count-dependent messages of the register (read with tn, or as Msg(key, n=...)).
PLURALS: Final[dict[str, dict[str, dict[str, str]]]] = {
    "register.error.outside": {
        "nl": {
            "one": "Buiten uw gebied: {where} valt niet binnen uw werkgebied ({scope}). Een initiatief met "
            "gemeenten buiten uw gebied kan alleen een beheerder opslaan.",
            "other": "Buiten uw gebied: {where} vallen niet binnen uw werkgebied ({scope}). Een initiatief met "
            "gemeenten buiten uw gebied kan alleen een beheerder opslaan.",
        },
        "en": {
            "one": "Outside your area: {where} is not within your area ({scope}). Only an administrator can save "
            "an initiative with municipalities outside your area.",
            "other": "Outside your area: {where} are not within your area ({scope}). Only an administrator can "
            "save an initiative with municipalities outside your area.",
        },
    },
    "register.signin.client_locked": {
        "nl": {
            "one": "Te veel mislukte aanmeldpogingen vanaf uw adres. Probeer het over {n} minuut opnieuw.",
            "other": "Te veel mislukte aanmeldpogingen vanaf uw adres. Probeer het over {n} minuten opnieuw.",
        },
        "en": {
            "one": "Too many failed sign-in attempts from your address. Try again in {n} minute.",
            "other": "Too many failed sign-in attempts from your address. Try again in {n} minutes.",
        },
    },
    "register.signin.locked": {
        "nl": {
            "one": "Dit account is tijdelijk geblokkeerd na {attempts} mislukte pogingen. Probeer het over {n} "
            "minuut opnieuw.",
            "other": "Dit account is tijdelijk geblokkeerd na {attempts} mislukte pogingen. Probeer het over {n} "
            "minuten opnieuw.",
        },
        "en": {
            "one": "This account is temporarily locked after {attempts} failed attempts. Try again in {n} minute.",
            "other": "This account is temporarily locked after {attempts} failed attempts. Try again in {n} "
            "minutes.",
        },
    },
}
