# The two commands a new user needs: `make docs` builds the example site into
# site/, `make test` runs every test.
GO ?= go

.PHONY: docs test check fmt bench fuzz golden

docs:
	$(GO) run ./cmd/jspgen build

check:
	$(GO) run ./cmd/jspgen check

test:
	@unformatted="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test ./...

# Rewrite golden files after an intended change to the outputs.
golden:
	$(GO) test ./... -run 'Golden' -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -w $$(git ls-files '*.go')
