"""The project on PostgreSQL/PostGIS: one database, many users at once, the server enforcing the rules.

- :mod:`.connection`: project locations that are libpq URIs or ``service=NAME`` (a password in
  one is refused), connections, and the server's failures as sezmap's errors.
- :mod:`.migrate`: ``sezmap db init``/``status``: the group roles and the versioned SQL
  migrations shipped in ``sql/`` (applied once each, in one transaction under a lock, checksummed).
- :mod:`.workflow_sql`: the status workflow (model.workflow) as the rows the server checks.
- :mod:`.logins`: ``sezmap db grant``: login roles, their group role and zones.

What the server enforces, and why, is in docs/postgis.md.
"""
