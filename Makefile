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

.PHONY: run test build deps bench clean format lint report fuzz

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
	bench/xlsx.sh
	bench/sdmx.sh

# make fuzz [FUZZ_SECONDS=60]: each fuzz target under libFuzzer with AddressSanitizer, from the
# seeds in Tests/FuzzRegressionTests/Inputs/<target> and the test fixtures; a crash stops it
# with the input in .build/fuzz-crashes/<target>/ (copy it to Inputs/<target>/ as a regression).
FUZZ_SECONDS ?= 60
FUZZ_BUILD = .build/fuzz
FUZZ_RUNTIME = $(firstword $(wildcard $(dir $(shell readlink -f $$(command -v $(SWIFT))))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a))
FUZZ_FLAGS = -c release --build-path $(FUZZ_BUILD) -Xswiftc -sanitize=address \
	-Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
	-Xlinker $(FUZZ_RUNTIME) -Xlinker -lstdc++

fuzz: deps
	@test -n "$(FUZZ_RUNTIME)" || { echo "no libclang_rt.fuzzer_no_main in the Swift toolchain"; exit 1; }
	@for target in csv:FuzzCSV:Tests/CSVStreamTests/Fixtures xlsx:FuzzXLSX:Tests/XLSXStreamTests/Fixtures \
	    values:FuzzValues:Tests/InnoStatCoreTests/Fixtures/korean-forms \
	    replies:FuzzReplies:Tests/FuzzRegressionTests/Inputs/replies; do \
	  name=$${target%%:*}; rest=$${target#*:}; product=$${rest%%:*}; seeds=$${rest#*:}; \
	  $(SWIFT) build $(FUZZ_FLAGS) --product $$product || exit 1; \
	  mkdir -p .build/fuzz-corpus/$$name .build/fuzz-crashes/$$name; \
	  echo "fuzzing $$product for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_BUILD)/release/$$product -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 \
	    -timeout=10 -print_final_stats=1 -artifact_prefix=.build/fuzz-crashes/$$name/ \
	    .build/fuzz-corpus/$$name Tests/FuzzRegressionTests/Inputs/$$name $$seeds 2>&1 \
	    | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix)" ; \
	  test $${PIPESTATUS[0]} -eq 0 || { echo "$$product crashed: see .build/fuzz-crashes/$$name/"; exit 1; }; \
	done

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build Warehouse/warehouse.sqlite Warehouse/warehouse.sqlite-wal Warehouse/warehouse.sqlite-shm Warehouse/exports $(REPORT) $(REPORT_PNG)
