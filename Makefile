# Quick start: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Qt's GUI modules (loaded by pytest-qt at start-up) need these system libraries.
QT_DEBS := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0

.PHONY: run test qt-libs xcb-libs pg-server desktop-tools install-desktop uninstall-desktop icons dist forms translations bench soak soak-damage clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Atlas Desktop needs Python 3.11 or newer; set PYTHON=/path/to/python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP) qt-libs xcb-libs
	$(BIN)/python -m atlas_desktop

# Installs Qt's system libraries only where they are missing and apt-get can be used.
qt-libs: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -c 'import PySide6.QtWidgets' 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Qt system libraries: $(QT_DEBS)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(QT_DEBS) >/dev/null; \
	  else \
	    echo "Qt cannot load: install the system packages $(QT_DEBS) (e.g. sudo apt-get install ...)"; exit 1; \
	  fi; }

# Qt's X11 plugin needs xcb libraries a stock desktop may lack (without them Qt aborts at start-up).
# atlas_desktop.platform_check reads the plugin's dependencies and prints the missing Debian packages;
# they are installed where apt-get can be used, and named otherwise (the app names them too).
xcb-libs: $(STAMP)
	@missing="$$($(BIN)/python -m atlas_desktop.platform_check)"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing the system libraries Qt needs to open a window: $$missing"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; } || \
	      echo "Could not install them; to open the window, install: $$missing"; \
	  else \
	    echo "To open its window, Atlas Desktop needs these system packages: $$missing"; \
	    echo "  sudo apt-get install $$missing"; \
	  fi; \
	fi

# The team register's tests (and the team benchmark) run a throwaway PostgreSQL cluster with the system's
# server binaries (tests/pg_server.py). Installs Debian's `postgresql` only where initdb is missing and
# apt-get can be used (as root, or with password-less sudo); otherwise the team tests skip, naming what
# to install, unless ATLAS_REQUIRE_POSTGRES=1 (CI) makes a missing server an error here and in pytest.
PG_DEBS := postgresql
PG_PRESENT ?= command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
pg-server:
	@{ $(PG_PRESENT); } || { \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	  else sudo=none; fi; \
	  if [ "$$sudo" != none ] && command -v apt-get >/dev/null; then \
	    echo "Installing PostgreSQL's server for the team register tests: $(PG_DEBS)"; \
	    { $$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      --no-install-recommends $(PG_DEBS) >/dev/null; } || { echo "Could not install $(PG_DEBS)."; \
	      [ -z "$$ATLAS_REQUIRE_POSTGRES" ] || exit 1; }; \
	  elif [ -n "$$ATLAS_REQUIRE_POSTGRES" ]; then \
	    echo "ATLAS_REQUIRE_POSTGRES is set but PostgreSQL's server (initdb) is missing and cannot be installed here"; \
	    echo "(not root, no password-less sudo, or no apt-get): install it first, e.g. sudo apt-get install $(PG_DEBS)"; \
	    exit 1; \
	  else \
	    echo "PostgreSQL's server is not installed: the team register tests will be skipped"; \
	    echo "  (sudo apt-get install $(PG_DEBS), or brew install postgresql, to run them)"; \
	  fi; }

# The desktop integration's tests check the installed files with freedesktop's own validators. Installs them
# only where one is missing and apt-get can be used as root; otherwise those tests skip, naming the package,
# unless ATLAS_REQUIRE_DESKTOP_TOOLS=1 (CI) makes a missing one fail.
DESKTOP_DEBS := desktop-file-utils appstream shared-mime-info
desktop-tools:
	@command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null && \
	  command -v update-mime-database >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing freedesktop's validators for the desktop integration tests: $(DESKTOP_DEBS)"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      $(DESKTOP_DEBS) >/dev/null; } || echo "Could not install $(DESKTOP_DEBS)."; \
	  else \
	    echo "The desktop integration tests need $(DESKTOP_DEBS) (sudo apt-get install ...); without them those tests skip"; \
	  fi; }

test: $(STAMP) qt-libs pg-server desktop-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Atlas Desktop in the desktop's menu, with its icon and the .atlas file type, for this user only (no root):
# under $XDG_DATA_HOME (~/.local/share), running this checkout's .venv/bin/atlas-desktop.
install-desktop: $(STAMP)
	$(BIN)/python tools/install_desktop.py --exec $(abspath $(BIN))/atlas-desktop

uninstall-desktop:
	python3 tools/install_desktop.py --uninstall

# Redraws atlas_desktop/resources/icons/atlas-desktop-<size>.png from the SVG (the PNGs are committed).
icons: $(STAMP)
	$(BIN)/python tools/make_icons.py

# The one-folder desktop build (PyInstaller, build.spec), then its self-test offscreen.
DIST_STAMP := $(VENV)/.installed-dist
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP) qt-libs
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	QT_QPA_PLATFORM=offscreen dist/atlas-desktop/atlas --self-test

# Benchmarks (not part of `make test`): benchmarks/run.py on generated registers of 1k, 10k and 100k
# records, each figure a ratio to a floor measured in the same run; QUICK=1 runs 1k and 10k only.
# Writes benchmarks/results.json; a full run also updates the table in benchmarks/README.md.
# The "team" figure (benchmarks/team_register.py) runs a throwaway PostgreSQL cluster: pg-server installs it.
BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP) qt-libs pg-server
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py $(if $(QUICK),--quick) $(BENCH_ARGS)

# The kill -9 soak (not part of `make test`, which runs the small crash test): N trials of
# tests/storage/crash_child.py across writes, backups, restores, passphrase changes, the xlsx
# export and the signed report. Prints trials / rows lost / corrupt registers / audit breaks /
# plaintext files left; exits 1 if any but the first is not zero. SOAK_ARGS: e.g. --minutes 45.
# Then the damage soak (below) with the same N; exits 1 if either found anything.
N ?= 120
soak: $(STAMP)
	@status=0; \
	$(BIN)/python tests/reliability/soak.py --trials $(N) $(SOAK_ARGS) || status=1; \
	ATLAS_HOSTILE_IMPORT_ROWS=20000 $(BIN)/python tests/reliability/damage.py --trials $(N) $(DAMAGE_ARGS) || status=1; \
	exit $$status

# The damage soak alone (`make test` runs a few trials of each, marked `reliability`): N trials each of
# bytes flipped in a register, its key file and a backup, then every hostile input once. Prints the seed
# and, per category, silent wrong data / crashes / unexpected errors / hangs / files modified / broken
# promises; exits 1 if any is not zero. DAMAGE_ARGS: e.g. --seed 123, --trial register:17, --minutes 30.
soak-damage: $(STAMP)
	ATLAS_HOSTILE_IMPORT_ROWS=20000 $(BIN)/python tests/reliability/damage.py --trials $(N) $(DAMAGE_ARGS)

# Regenerates atlas_desktop/gui/forms/ui_*.py from forms/*.ui (the generated files are committed).
forms: $(STAMP)
	$(BIN)/python -m atlas_desktop.gui.forms.compile

# Regenerates the Qt Linguist catalogues atlas_desktop/resources/translations/atlas_<code>.ts (en, ro, fr, de), keeping
# every translation, and compiles each translated one to the .qm the GUI loads (tools/update_translations.py).
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
