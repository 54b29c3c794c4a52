"""The fault harness: operations killed with SIGKILL part-way, then the database checked (issue 10, "Faults").

- ``harness.py``: copies a template per run, calibrates the operation, kills it (at a random moment or at a hook
  inside it), reopens the database and checks it;
- ``driver.py``: the child process (``python -m tests.faults.driver OP DB SETUP.json``, or ``--serve`` to fork one
  child per run) and its kill hooks (DESK_FAULT_KILL=KIND:N);
- ``operations.py``: registration, import, payment, backup, restore: each one's template and its
  "entirely there or entirely absent" check;
- ``test_kills.py``: 20 kills per operation in the normal test run; ``make faults`` runs 100 (FAULT_KILLS=N).
"""
