# Tanqiya — make run: clean seeds/ into out/;  make test: build and pass the tests.
# Both install what they need on a fresh Debian machine (pkg-config, libxml2-dev).

SHELL   := /bin/bash
SWIFT   ?= swift
CONFIG  ?= debug
BIN     := .build/$(CONFIG)/tanqiya
RULES   ?= rules
SHARED  ?= ../shared

.PHONY: all deps build release run test test-ray test-swift test-browser score quality html-quality lint check golden bench bench-shards clean-out help dumps install uninstall man completions

# make install PREFIX=… (default /usr/local; DESTDIR for packaging).
PREFIX  ?= /usr/local
DESTDIR ?=
REL_BIN := .build/release/tanqiya
# The build make install installs (and makes the man page and completions from): release.
# `make test` installs its own debug build (INSTALL_CONFIG=debug) rather than build a second time.
INSTALL_CONFIG ?= release
INSTALL_BIN := .build/$(INSTALL_CONFIG)/tanqiya
DIST    := .build/dist

all: build

help:
	@echo "make run      build, then clean seeds/ with rules/ into out/ (JSONL, text, explain)"
	@echo "make test     build and run the unit and golden tests, then score the seeds"
	@echo "make build    debug build (CONFIG=release for a release build)"
	@echo "make lint     check the rule files"
	@echo "make quality  score every fixture set that has gold; fail below its floors (Tests/Quality/floors.json)"
	@echo "make html-quality  F1 on the scrapinghub development pages against bench/html_quality_floor.txt"
	@echo "make check    compare every fixture with its committed expectation (after a rule change)"
	@echo "make golden   re-record the expectations from the current rules (then review and commit)"
	@echo "make bench    corpus benchmark: MB/s, pages/s, peak RSS, dedup P/R, grep baseline (BENCH_MB=100)"
	@echo "make bench-shards  sharded runs (Ray 1 and 2 workers, xargs) on the same corpus, global step time and memory"
	@echo "make test-ray the Ray driver for sharded runs against one process (part of make test; contrib/ray/)"
	@echo "make install  release binary, man page, completions and rules under PREFIX (default /usr/local)"
	@echo "make man     the man page (.build/dist/tanqiya.1); make completions: bash, zsh, fish scripts"
	@echo "make dumps    incremental example: clean DUMPS=dir (every input kind) into CLEAN_OUT=out/clean/*.jsonl"
	@echo "make fuzz     libFuzzer + ASan over the readers and the pipeline, then the CLI's options and staged runs (FUZZ_SECONDS=180; not part of make test)"

# libxml2's headers (pkg-config libxml-2.0): installed with apt-get when missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libxml-2.0 zlib; then \
	  echo "installing pkg-config, libxml2-dev and zlib1g-dev with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq pkg-config libxml2-dev zlib1g-dev; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

release:
	$(MAKE) build CONFIG=release

run: build
	@mkdir -p out
	$(BIN) clean seeds --rules $(RULES) -o out/seeds.jsonl --explain out/seeds.explain
	$(BIN) clean seeds --rules $(RULES) --format text -o out/seeds.txt
	$(BIN) clean seeds --rules $(RULES) -o out/pages/
	@echo "wrote out/seeds.jsonl, out/seeds.txt, out/seeds.explain and out/pages/*.jsonl"

# Every step runs, even after a failure; the last lines name what failed and end with
# "N passed, N failed" (tools/run_tests.sh). Zero compiler warnings: Package.swift makes them errors.
test: deps
	@bash tools/run_tests.sh

# The unit and golden tests alone (part of make test).
test-swift: build
	$(SWIFT) test

# The HTML reports in headless Chromium (part of make test; installs chromium when missing).
test-browser: build
	bash tools/browser_test.sh $(BIN)

# The Ray driver (contrib/ray/) against one process: installs ray into .venv-ray/ when missing.
# Its fault-injection tests print tracebacks on purpose: they go to a log, shown only on failure.
test-ray: build
	@mkdir -p .build; if TANQIYA_BIN=$(BIN) bash contrib/ray/test.sh > .build/test-ray.log 2>&1; then \
	  tail -n 1 .build/test-ray.log; \
	else tail -n 60 .build/test-ray.log; echo "test-ray failed (whole log: .build/test-ray.log)"; exit 1; fi

# The seeds, as text and as HTML renderings, against their gold articles (needs ../shared).
score: build
	@if [ -f $(SHARED)/tools/score.py ]; then \
	  mkdir -p out && $(BIN) clean seeds --rules $(RULES) -o out/seeds.jsonl && \
	  python3 $(SHARED)/tools/score.py out/seeds.jsonl $(SHARED)/spec/gold --strict && \
	  $(BIN) clean Tests/Fixtures/html --rules $(RULES) --no-dedup -q -o out/html.jsonl && \
	  python3 $(SHARED)/tools/score.py out/html.jsonl Tests/Fixtures/html-gold --strict --quiet; \
	else echo "score: $(SHARED)/tools/score.py not found, skipped"; fi

# Every fixture set with gold against its floors (floors only go up: tools/quality_gate.py --raise).
quality: build
	python3 tools/quality_gate.py --bin $(BIN)

# The generic HTML extractor on the 127 scrapinghub development pages (part of make test when
# ../shared is there): the benchmark's F1 overall and on two fixed halves, failing below
# bench/html_quality_floor.txt (floors only go up).
SCRAPINGHUB ?= $(SHARED)/benchmarks/scrapinghub
html-quality: build
	@if [ -f $(SCRAPINGHUB)/ground-truth.json ]; then \
	  mkdir -p out && $(BIN) clean $(SCRAPINGHUB)/html --rules $(RULES) --no-dedup -q -o out/scrapinghub.jsonl && \
	  python3 bench/html_quality.py out/scrapinghub.jsonl $(SCRAPINGHUB)/ground-truth.json --floor bench/html_quality_floor.txt; \
	else echo "html-quality: $(SCRAPINGHUB)/ground-truth.json not found, skipped"; fi

lint: build
	$(BIN) rules lint $(RULES)

# A rule change, reviewed: every fixture against its expectation; fails on rules no fixture uses.
check: build
	$(BIN) check --rules $(RULES) --strict

golden: build
	$(BIN) check --rules $(RULES) --update

# Speed, memory and dedup quality on a generated 100 MB corpus (release build; not part of test).
bench: deps
	bash bench/run.sh

# Sharded runs on the same corpus: Ray with 1 and 2 workers, xargs, the global step's time and memory.
bench-shards: deps
	bash contrib/ray/bench_shards.sh

clean-out:
	rm -rf out

# Incremental cleaning, one output per dump: only new or changed dumps (or rules) are redone.
#   make dumps DUMPS=path/to/dumps CLEAN_OUT=out/clean
# Every input kind (.txt and other text dumps, .html, .htm, .html.gz, .jsonl, .ndjson) gives
# CLEAN_OUT/<its path without extension>.jsonl. One process per file costs its start-up each time:
# for a first run over many files, `tanqiya clean DUMPS -o CLEAN_OUT/` is far faster.
DUMPS     ?= seeds
CLEAN_OUT ?= out/clean
DUMP_FILES := $(shell find $(DUMPS) -type f ! -name '.*' 2>/dev/null | sort)
dump_out = $(CLEAN_OUT)/$(basename $(patsubst %.gz,%,$(patsubst $(DUMPS)/%,%,$(1)))).jsonl

dumps:
	@if [ ! -d "$(DUMPS)" ]; then echo "make dumps: DUMPS=$(DUMPS) is not a directory (make dumps DUMPS=path/to/dumps)" >&2; exit 2; fi
	@if [ -z "$(DUMP_FILES)" ]; then echo "make dumps: no files under $(DUMPS)" >&2; exit 2; fi
	@bad=$$(find "$(DUMPS)" -type f ! -name '.*' | grep -E '[[:space:]:%#$$]' | head -n 3); if [ -n "$$bad" ]; then \
	  printf 'make dumps: make cannot name a target after %s (a space, :, %%, # or $$ in its path); clean the folder in one run instead: tanqiya clean %s -o %s/\n' "$$bad" "$(DUMPS)" "$(CLEAN_OUT)" >&2; exit 2; fi
	@same=$$(find "$(DUMPS)" -type f ! -name '.*' | sed -e 's|^$(DUMPS)/||' -e 's|\.gz$$||' -e 's|\.[^./]*$$||' | sort | uniq -d | head -n 3); if [ -n "$$same" ]; then \
	  printf 'make dumps: inputs that differ only in their extension would write one output, %s/%s.jsonl; rename one\n' "$(CLEAN_OUT)" "$$same" >&2; exit 2; fi
	@$(MAKE) --no-print-directory release
	@$(MAKE) --no-print-directory dump-outputs

.PHONY: dump-outputs
dump-outputs: $(foreach f,$(DUMP_FILES),$(call dump_out,$(f)))

define dump_rule
$(call dump_out,$(1)): $(1) $(wildcard $(RULES)/*.yaml $(RULES)/*.yml) $(REL_BIN)
	$(REL_BIN) clean $$< --rules $(RULES) -q -o $$@
endef
$(foreach f,$(DUMP_FILES),$(eval $(call dump_rule,$(f))))

# Installing: the release binary, its man page, shell completions and the outlet rules. The
# binary finds the rules from its own path (PREFIX/bin/../share/tanqiya/rules), so a moved
# install still works.
install: man completions
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" "$(DESTDIR)$(PREFIX)/share/tanqiya/rules" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 $(INSTALL_BIN) "$(DESTDIR)$(PREFIX)/bin/tanqiya"
	install -m 644 $(DIST)/tanqiya.1 "$(DESTDIR)$(PREFIX)/share/man/man1/tanqiya.1"
	install -m 644 $(DIST)/tanqiya.bash "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/tanqiya"
	install -m 644 $(DIST)/_tanqiya "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tanqiya"
	install -m 644 $(DIST)/tanqiya.fish "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/tanqiya.fish"
	rm -f "$(DESTDIR)$(PREFIX)/share/tanqiya/rules/"*.yaml "$(DESTDIR)$(PREFIX)/share/tanqiya/rules/"*.yml
	install -m 644 $(wildcard $(RULES)/*.yaml $(RULES)/*.yml) "$(DESTDIR)$(PREFIX)/share/tanqiya/rules/"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/tanqiya (rules in $(PREFIX)/share/tanqiya/rules); is $(PREFIX)/bin on your PATH?"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/tanqiya" "$(DESTDIR)$(PREFIX)/share/man/man1/tanqiya.1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/tanqiya" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tanqiya" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/tanqiya.fish"
	rm -rf "$(DESTDIR)$(PREFIX)/share/tanqiya"

# The man page, from the command's own help (swift-argument-parser's generate-manual plugin),
# dated by the last commit so it does not change from one build to the next.
man: deps
	@mkdir -p $(DIST)
	$(SWIFT) package plugin generate-manual --configuration $(INSTALL_CONFIG) \
	  --date "$$(git log -1 --format=%cs 2>/dev/null || date +%Y-%m-%d)"
	cp .build/plugins/GenerateManual/outputs/tanqiya/tanqiya.1 $(DIST)/tanqiya.1

# Shell completions, from the binary itself (swift-argument-parser).
completions:
	@$(MAKE) --no-print-directory build CONFIG=$(INSTALL_CONFIG)
	@mkdir -p $(DIST)
	$(INSTALL_BIN) --generate-completion-script bash > $(DIST)/tanqiya.bash
	$(INSTALL_BIN) --generate-completion-script zsh > $(DIST)/_tanqiya
	$(INSTALL_BIN) --generate-completion-script fish > $(DIST)/tanqiya.fish

# Fuzzing, not part of `make test`: libFuzzer + AddressSanitizer over reader → classifier →
# deduplicator → normaliser → writers (Sources/TanqiyaFuzzSupport/FuzzHarness.swift), the corpus
# seeded with seeds/, Tests/Fixtures/ and Tests/BadInput/, with a dictionary of the rule files'
# strings (tools/make_fuzz_dict.py). New corpus entries go to
# .build-fuzz/corpus, crashers to .build-fuzz/artifacts/ (commit them to Tests/FuzzCrashers/:
# FuzzRegressionTests replays that folder).   make fuzz FUZZ_SECONDS=600
# Then tools/fuzz_cli.py runs the debug `tanqiya` (its traps on overflow and bounds are the
# crashes looked for) with random option combinations and staged runs for FUZZ_CLI_SECONDS
# (a third of FUZZ_SECONDS by default); failing cases land in .build-fuzz/cli/failures/.
FUZZ_SECONDS ?= 180
FUZZ_CLI_SECONDS ?= $(shell echo $$(( $(FUZZ_SECONDS) / 3 )))
FUZZ_FLAGS   ?= -max_len=65536 -timeout=10 -rss_limit_mb=4096
FUZZ_BIN     := .build-fuzz/release/tanqiya-fuzz

.PHONY: fuzz fuzz-build
fuzz-build: deps
	$(SWIFT) build --product tanqiya-fuzz --scratch-path .build-fuzz -c release \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING

fuzz: fuzz-build build
	@mkdir -p .build-fuzz/corpus .build-fuzz/artifacts
	python3 tools/make_fuzz_dict.py $(RULES) .build-fuzz/tanqiya.dict
	TANQIYA_RULES=$(RULES) $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS) -dict=.build-fuzz/tanqiya.dict \
	  -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 \
	  .build-fuzz/corpus seeds Tests/Fixtures/pages Tests/Fixtures/html Tests/BadInput/inputs Tests/FuzzCrashers
	python3 tools/fuzz_cli.py $(BIN) $(FUZZ_CLI_SECONDS) .build-fuzz/cli

# HTML speed and quality: `tanqiya clean` on the scrapinghub pages against trafilatura, same run
# (pages/s with -j 1 and -j 2, F1, the ratio). Installs trafilatura into bench/work/venv if missing.
.PHONY: bench-html
bench-html:
	bash bench/html_bench.sh
