# innostat — make targets
#   make run     install what is missing, build, load every enabled pipeline, compute, export
#   make test    install what is missing, build, run the whole test suite
#   make build   release build of the innostat binary
#   make deps    install the system libraries (libcsv-dev, libsqlite3-dev, pkg-config) and
#                python3 (the tests run bench/gen_microdata.py) if missing
#   make bench   load-throughput benchmark: innostat against sqlite3 .import and the C baseline
#                on generated 1M-row clean and messy files and a 4M-row file (see bench/run.sh)
#   make clean   remove build output and the generated warehouse
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libcsv-dev libsqlite3-dev pkg-config
BIN := .build/release/innostat
WAREHOUSE ?= Warehouse/warehouse.sqlite

.PHONY: run test build deps bench clean format

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

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: build
	$(call install_missing,time:/usr/bin/time sqlite3:sqlite3 gcc:cc)
	bench/run.sh

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build Warehouse/warehouse.sqlite Warehouse/warehouse.sqlite-wal Warehouse/warehouse.sqlite-shm Warehouse/exports
