// Command corpus runs dualstacklint over a corpus of real repositories and
// prints one row per repository: what it found, whether its fixes build
// and are idempotent, and what it costs next to a no-op analyzer run by
// the same driver.
//
// Usage, from the repository root:
//
//	go run ./internal/corpus -dir /tmp/corpus -list corpus.txt
//
// -dir holds the checkouts; -list (default corpus.txt, looked up beside
// this file when not found) names them, one line per entry:
//
//	# checkout-name  module-dir  patterns...
//	aws-vault        .           ./...
//	go-secure-stdlib awsutil     ./...
//
// corpus.txt lists the corpus of shared/corpus.md (it holds none of their
// code). Every checkout must exist, with a go.mod in its module directory,
// before anything runs; the runner stops with the list of missing ones.
//
// The runner builds ./cmd/dualstacklint (or uses -tool) and the no-op
// multichecker in ./internal/corpus/noop, then, for each entry:
//
//   - counts its packages (go list -e);
//   - measures both tools under each driver of -driver: "vet" runs
//     go vet -vettool=TOOL, "standalone" runs TOOL -json. Each command runs
//     once unmeasured (warm-up), then -runs times (default 3); the table
//     shows the median wall time and the median peak RSS (ru_maxrss of the
//     process and its waited-for children: the largest single process,
//     not their sum). For vet, each run uses a fresh copy of the tool with
//     random bytes appended, so its -V=full build ID changes and the go
//     command's vet cache misses: every run analyses every package, while
//     the build cache stays warm;
//   - counts findings per check from the standalone -json output with
//     -regions (default us-west-2,eu-west-1), each finding once across a
//     package's test variants, and how many offer a fix;
//   - copies the checkout to a scratch directory, applies -fix there with
//     the same -regions, builds (go build -o /dev/null) and vets the
//     packages whose files changed (build: ok, fail, or - when no file
//     changed; vet: the same, or pre when go vet already failed on those
//     packages before the fix), lints the fixed copy again (new after
//     fix: findings a fix created, by check), and runs -fix -diff a second
//     time, which must print nothing (2nd fix no-op: yes/no).
//
// Columns cfg, cli, brk, ip4, leg, ll and ign are the findings of
// dualstackconfig, dualstackclient, dualstackbreak, ipv4endpoint,
// legacydualstack, linklocal and malformed or unused ignore directives;
// exit is the standalone tool's exit status (3: findings, 1: load or
// internal errors); untyped pkgs counts packages left unanalysed because
// they do not type-check (the repository's own build errors); internal
// counts other "dualstacklint:" error lines, panics and analysis errors,
// which are listed below the table. Ratios are tool
// over no-op, for wall time and RSS.
//
// Commands and their stderr are logged to logs/corpus.log in the scratch
// directory (-work, kept with -keep). The runner is a program, not a
// test: go test ./... only runs its parsing tests.
package main
