# The two commands a new user needs: `make docs` builds the example site into
# site/, `make test` runs every test. `make tools` installs the node-based
# site checkers (.ci/node) the tests use when present; .ci/run installs
# everything CI needs.
GO ?= go

.PHONY: docs test check serve tools fmt bench fuzz golden lint

docs:
	$(GO) run ./cmd/jspgen build

check:
	$(GO) run ./cmd/jspgen check

serve:
	$(GO) run ./cmd/jspgen serve

tools:
	cd .ci/node && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

test:
	@unformatted="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test ./...

# Rewrite golden files after an intended change to the outputs.
golden:
	$(GO) test ./generator ./generator/content ./generator/render ./generator/pdf ./generator/kind/lifecycle ./generator/kind/mds2form -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

# staticcheck at a pinned version (installed into GOPATH/bin when missing).
STATICCHECK_VERSION ?= v0.8.2
lint:
	@command -v staticcheck >/dev/null || test -x "$$($(GO) env GOPATH)/bin/staticcheck" || GOFLAGS= $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	PATH="$$($(GO) env GOPATH)/bin:$$PATH" staticcheck ./...
