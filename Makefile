# Short verbs for developers; each one works from a bare checkout (dev.py creates .venv when needed).
PY := .venv/bin/python

.PHONY: run test lint format translations bench screenshots demo

run:
	python3 dev.py run

test:
	python3 dev.py test

lint:
	python3 dev.py setup
	$(PY) -m ruff check desk tests bench tools
	$(PY) -m ruff format --check desk tests bench tools
	.venv/bin/lint-imports
	$(PY) -m mypy

format:
	$(PY) -m ruff format desk tests bench tools
	$(PY) -m ruff check --fix desk tests bench tools

translations:  # extract new strings into resources/translations/*.ts, then compile the .qm files
	python3 dev.py setup
	$(PY) -m desk.i18n_build --update

bench:
	python3 dev.py setup
	$(PY) bench/bench_demo.py

screenshots:
	python3 dev.py setup
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py screenshots

demo:
	python3 dev.py setup
	$(PY) -m desk demo --returnees 2000 --replace
