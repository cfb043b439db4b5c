# innostat — make targets
#   make run     install what is missing, build, load every enabled pipeline, compute, export,
#                write Warehouse/report.html
#   make test    install what is missing, check the style (make lint), build the project's
#                targets with warnings as errors, run the whole test suite
#   make lint    swift format lint --strict with the project's .swift-format
#   make format  swift format --in-place: what make lint asks for
#   make build   release build of the innostat binary
#   make deps    install the system libraries (libcsv-dev, libsqlite3-dev, libssl-dev, libzip-dev,
#                libxml2-dev, libfreexl-dev, pkg-config) and
#                python3 (the tests run bench/gen_microdata.py) if missing
#   make bench   load-throughput benchmark: innostat against sqlite3 .import and the C baseline
#                on generated 1M-row clean and messy files and a 4M-row file (see bench/run.sh)
#   make report  build, write Warehouse/report.html and screenshot it with headless Chromium
#                (installs chromium and a Korean font from Debian's packages if missing)
#   make clean   remove build output and the generated warehouse
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libcsv-dev libsqlite3-dev libssl-dev libzip-dev libxml2-dev libfreexl-dev pkg-config
BIN := .build/release/innostat
WAREHOUSE ?= Warehouse/warehouse.sqlite
REPORT ?= Warehouse/report.html
REPORT_PNG ?= Warehouse/report.png
# Tall enough for the whole page with the shipped data (about 6,500 pixels).
REPORT_WINDOW ?= 1280,7000

.PHONY: run test build deps bench clean format lint report

# install_missing: apt-get install the packages (name:command pairs) whose command is missing.
define install_missing
	@missing=""; \
	for pair in $(1); do \
	  command -v $${pair#*:} >/dev/null 2>&1 || missing="$$missing $${pair%%:*}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	$(call install_missing,python3:python3)

build: deps
	$(SWIFT) build -c release --product innostat

run: build
	$(BIN) run --warehouse $(WAREHOUSE)
	$(BIN) report --warehouse $(WAREHOUSE) --out $(REPORT)

report: build
	@[ -f $(WAREHOUSE) ] || $(BIN) run --warehouse $(WAREHOUSE) || [ $$? -eq 1 ]
	$(BIN) report --warehouse $(WAREHOUSE) --out $(REPORT)
	@missing=""; \
	command -v chromium >/dev/null || missing="chromium"; \
	fc-list :lang=ko 2>/dev/null | grep -q . || missing="$$missing fonts-nanum"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
	@rm -f $(REPORT_PNG)
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
	  --screenshot=$(REPORT_PNG) --window-size=$(REPORT_WINDOW) \
	  file://$(abspath $(REPORT)) 2>/dev/null
	@test -s $(REPORT_PNG) && echo "screenshot: $(REPORT_PNG)"

test: deps lint
	INNOSTAT_STRICT=1 $(SWIFT) build --build-tests
	INNOSTAT_STRICT=1 $(SWIFT) test --skip-build

bench: build
	$(call install_missing,time:/usr/bin/time sqlite3:sqlite3 gcc:cc)
	bench/run.sh

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build Warehouse/warehouse.sqlite Warehouse/warehouse.sqlite-wal Warehouse/warehouse.sqlite-shm Warehouse/exports $(REPORT) $(REPORT_PNG)
