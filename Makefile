# Short verbs for developers; each one works from a bare checkout (dev.py creates .venv when needed).
PY := .venv/bin/python

.PHONY: run test lint format translations bench bench-all screenshots demo installer selftest faults

run:
	python3 dev.py run

test:
	python3 dev.py test

faults:  # the fault harness at full count: 100 SIGKILLs per operation (`make test` runs 20); FAULT_KILLS=N to change
	FAULT_KILLS=$${FAULT_KILLS:-100} python3 dev.py test tests/faults -q -s

lint:
	python3 dev.py setup
	$(PY) -m ruff check desk tests bench tools installer
	$(PY) -m ruff format --check desk tests bench tools installer
	.venv/bin/lint-imports
	$(PY) -m mypy

format:
	$(PY) -m ruff format desk tests bench tools installer
	$(PY) -m ruff check --fix desk tests bench tools installer

translations:  # extract new strings into resources/translations/*.ts, then compile the .qm files
	python3 dev.py setup
	$(PY) -m desk.i18n_build --update

bench:
	python3 dev.py setup
	$(PY) bench/bench_demo.py

bench-all:  # every benchmark on the full-scale desk (built once in /tmp/guichet-bench), one table against the targets
	python3 dev.py setup
	$(PY) bench/bench_all.py

screenshots:  # the user guide's pictures (docs/guide.md), from a fresh demonstration desk
	python3 dev.py setup
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots --lang en

demo:
	python3 dev.py setup
	$(PY) -m desk demo --returnees 2000 --replace

installer:  # the one-folder bundle in dist/guichet (PyInstaller), then its self-test; on Windows also the setup .exe
	python3 dev.py installer

selftest:  # the end-to-end smoke test, from the source tree (the bundle runs the same with dist/guichet/guichet)
	python3 dev.py setup
	QT_QPA_PLATFORM=offscreen $(PY) -m desk --self-test
