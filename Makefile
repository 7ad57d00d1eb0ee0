# The two commands a new user needs: `make docs` builds the example site into
# site/, `make test` runs every test. `make tools` installs the node-based
# site checkers (.ci/node) the tests use when present; .ci/run installs
# everything CI needs.
GO ?= go

.PHONY: docs test check serve tools fmt bench fuzz golden lint mutation

docs:
	$(GO) run ./cmd/jspgen build

check:
	$(GO) run ./cmd/jspgen check

serve:
	$(GO) run ./cmd/jspgen serve

tools:
	cd .ci/node && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

# go test -timeout 30m: ./generator builds every fixture many times, about
# 3 minutes alone on 2 cores, past go test's default 10-minute limit on a
# busy machine.
test:
	@unformatted="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test -timeout 30m ./...
	cd third_party/fpdf && $(GO) vet . && $(GO) test .  # its own module: ./... skips it

# Rewrite golden files after an intended change to the outputs. One
# package at a time (-p 1): ./generator rewrites golden/, which
# ./generator/pdf reads.
golden:
	$(GO) test -timeout 30m -p 1 ./generator ./generator/content ./generator/render ./generator/pdf ./generator/kind/lifecycle ./generator/kind/mds2form ./generator/diagram -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Every fuzz target, one at a time, FUZZTIME each, on one worker: the
# numbers of executions it prints are comparable between runs and machines.
FUZZTIME ?= 60s
fuzz:
	@for file in $$(grep -rl --include='*_test.go' '^func Fuzz' generator internal cmd); do \
		for target in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$file"); do \
			echo "== $$target ./$$(dirname "$$file")"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) -parallel 1 "./$$(dirname "$$file")" || exit 1; \
		done; \
	done

fmt:
	gofmt -w $$(git ls-files '*.go')

# staticcheck at a pinned version (installed into GOPATH/bin when missing).
STATICCHECK_VERSION ?= v0.8.2
lint:
	@command -v staticcheck >/dev/null || test -x "$$($(GO) env GOPATH)/bin/staticcheck" || GOFLAGS= $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	PATH="$$($(GO) env GOPATH)/bin:$$PATH" staticcheck ./...

# Mutation testing of the rule packages with gremlins (slow: minutes per
# package; not part of `make test`). Installs gremlins at the pinned
# version when missing. Each package of MUTATION_PKGS must keep an
# efficacy (killed / (killed + lived) mutants) of at least
# MUTATION_THRESHOLD percent; MUTATION_REPORT_PKGS are reported without a
# threshold: their scores are below the threshold today (see README). The
# exclusion of generator/content's non-validation files is passed to the
# threshold packages only, where it also drops their files of the same
# names (mds2form/facts.go, lifecycle/lifecycle.go); the reported
# packages, content included, are mutated whole. GOFLAGS=-count=1 keeps gremlins from timing
# its run on cached test results (every mutant would time out); gremlins
# v0.6.0's --test-cpu passes "-cpu n" as one argument, which makes go test
# test the wrong package, so it is not used. Only lived and timed-out
# mutants are listed, then each package's summary.
GREMLINS_VERSION ?= v0.6.0
GREMLINS ?= $(or $(shell $(GO) env GOBIN),$(shell $(GO) env GOPATH)/bin)/gremlins
MUTATION_THRESHOLD ?= 80
MUTATION_PKGS ?= ./generator/kind/mds2form ./generator/mds2 ./generator/kind/lifecycle ./generator/kind/notices ./generator/kind/csd ./generator/inventory ./generator/vuln
MUTATION_REPORT_PKGS ?= ./generator/content
MUTATION_FLAGS ?= --workers 2 --timeout-coefficient 10 --invert-logical --invert-loopctrl --output-statuses lt
CONTENT_NOT_VALIDATION = (^|/)(customer|date|decode|diagnostic|facts|fields|labeling|lifecycle|load|mds2|positions|product|reference|site)\.go$$

mutation:
	@if ! $(GO) version -m "$(GREMLINS)" 2>/dev/null | grep -q "gremlins[[:space:]]*$(GREMLINS_VERSION)[[:space:]]"; then \
		echo "installing gremlins $(GREMLINS_VERSION)"; \
		$(GO) install github.com/go-gremlins/gremlins/cmd/gremlins@$(GREMLINS_VERSION) || exit 1; \
	fi
	@fail=0; for pkg in $(MUTATION_PKGS); do \
		echo "== $$pkg"; \
		GOFLAGS=-count=1 "$(GREMLINS)" unleash $(MUTATION_FLAGS) --threshold-efficacy $(MUTATION_THRESHOLD) \
			--exclude-files '$(CONTENT_NOT_VALIDATION)' "$$pkg" || fail=1; \
	done; \
	for pkg in $(MUTATION_REPORT_PKGS); do \
		echo "== $$pkg (reported, no threshold)"; \
		GOFLAGS=-count=1 "$(GREMLINS)" unleash $(MUTATION_FLAGS) "$$pkg"; \
	done; exit $$fail
