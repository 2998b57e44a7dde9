"""The register: the shared, persistent store of initiatives, their versions and the people who keep them.

No Streamlit here: the app's glue lives in dashboard/ui, the command line in dashboard/cli_register.py.

- `repository.Register`: reads (entries, records, history, revision) and `Register.transaction(credential)`,
  the unit of work every write goes through (`unit.Transaction`: add, edit, withdraw, restore, confirm,
  carry_over); `save`/`withdraw`/... are one-operation units. `repository.readiness(url)` is the time-bounded
  readiness probe.
- `Register.accounts` (`accounts.Accounts`): users, passwords, sign-in with its throttle, sessions, lock events.
- `access`: credentials (`SessionToken`, `Console`), actors, roles and scope rules.
- `importing`: a file's preview and its import as one unit of work.
- `tables` + `migrations/`: the one schema; `db` and `deadline`: engines, transactions and time limits.
"""
