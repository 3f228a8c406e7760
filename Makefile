# Tanqiya — make run: clean seeds/ into out/;  make test: build and pass the tests.
# Both install what they need on a fresh Debian machine (pkg-config, libxml2-dev).

SHELL   := /bin/bash
SWIFT   ?= swift
CONFIG  ?= debug
BIN     := .build/$(CONFIG)/tanqiya
RULES   ?= rules
SHARED  ?= ../shared

.PHONY: all deps build release run test test-ray score lint check golden bench bench-shards clean-out help dumps

all: build

help:
	@echo "make run      build, then clean seeds/ with rules/ into out/ (JSONL, text, explain)"
	@echo "make test     build and run the unit and golden tests, then score the seeds"
	@echo "make build    debug build (CONFIG=release for a release build)"
	@echo "make lint     check the rule files"
	@echo "make check    compare every fixture with its committed expectation (after a rule change)"
	@echo "make golden   re-record the expectations from the current rules (then review and commit)"
	@echo "make bench    corpus benchmark: MB/s, pages/s, peak RSS, dedup P/R, grep baseline (BENCH_MB=100)"
	@echo "make bench-shards  sharded runs (Ray 1 and 2 workers, xargs) on the same corpus, global step time and memory"
	@echo "make test-ray the Ray driver for sharded runs against one process (part of make test; contrib/ray/)"
	@echo "make dumps    incremental example: clean DUMPS=dir/*.txt into CLEAN_OUT=out/clean/*.jsonl"
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

# The rule checks first, then the test runner, then the sharded-run driver (contrib/ray/).
test: deps
	$(SWIFT) build
	$(MAKE) --no-print-directory lint check score test-ray
	@set -o pipefail; $(SWIFT) test 2>&1 | tee .build/swift-test.log
	@line=$$(grep -E "Executed [0-9]+ tests?, with" .build/swift-test.log | tail -1); \
	 total=$$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<< "$$line"); \
	 failed=$$(sed -E 's/.* ([0-9]+) failures?.*/\1/' <<< "$$line"); \
	 skipped=$$(grep -oE '[0-9]+ tests? skipped' <<< "$$line" | grep -oE '^[0-9]+' || echo 0); \
	 echo "swift: $$((total - failed - skipped)) passed, $$failed failed, $$skipped skipped"

# The Ray driver (contrib/ray/) against one process: installs ray into .venv-ray/ when missing.
test-ray: build
	TANQIYA_BIN=$(BIN) bash contrib/ray/test.sh

# The seeds, as text and as HTML renderings, against their gold articles (needs ../shared).
score: build
	@if [ -f $(SHARED)/tools/score.py ]; then \
	  mkdir -p out && $(BIN) clean seeds --rules $(RULES) -o out/seeds.jsonl && \
	  python3 $(SHARED)/tools/score.py out/seeds.jsonl $(SHARED)/spec/gold --strict && \
	  $(BIN) clean Tests/Fixtures/html --rules $(RULES) --no-dedup -q -o out/html.jsonl && \
	  python3 $(SHARED)/tools/score.py out/html.jsonl Tests/Fixtures/html-gold --strict --quiet; \
	else echo "score: $(SHARED)/tools/score.py not found, skipped"; fi

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
DUMPS     ?= seeds
CLEAN_OUT ?= out/clean
DUMP_FILES := $(shell find $(DUMPS) -name '*.txt' 2>/dev/null | sort)

dumps: $(patsubst $(DUMPS)/%.txt,$(CLEAN_OUT)/%.jsonl,$(DUMP_FILES))

$(CLEAN_OUT)/%.jsonl: $(DUMPS)/%.txt $(wildcard $(RULES)/*.yaml) | $(BIN)
	$(BIN) clean $< --rules $(RULES) -o $@

$(BIN):
	$(MAKE) build

# Fuzzing, not part of `make test`: libFuzzer + AddressSanitizer over reader → classifier →
# deduplicator → normaliser → writers (Sources/TanqiyaKit/Check/FuzzHarness.swift), the corpus
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
