#!/usr/bin/env bash
# The panlua REPL on a real terminal: drives bin/panlua inside tmux (send-keys, capture-pane)
# and checks expression printing, continuation lines, errors, Ctrl-C at the prompt and during a
# running loop, Ctrl-D, and the history kept across two sessions (PANLUA_HISTORY).
#
#   cli/src/test/scripts/repl-test.sh [LAUNCHER]
#
# Prints one line per check and "N passed, N failed"; exits 1 when a check failed, 2 when tmux
# is missing.
#
# No fixed pauses: every step waits for what the screen must show (a prompt, an output line),
# polling every 0.1 s up to a generous limit, so a loaded machine only makes it slower. A check
# fails at once when the REPL has already ended, and the checks stop waiting
# PANLUA_REPL_TEST_BUDGET seconds (default 150) after a first run of the launcher (which may
# build or train the start-up caches), so the run always ends in a bounded time.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher="${1:-$here/../../../../bin/panlua}"
launcher="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")"
command -v tmux >/dev/null 2>&1 || { echo "repl-test: tmux is not installed"; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/panlua-repl.XXXXXX")"
history="$work/history"
sessions=0
sock="panlua-repl-$$-0"
tm() { tmux -L "$sock" "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT

passed=0 failed=0
check() {  # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $what"
  else failed=$((failed + 1)); echo "not ok - $what"; echo "--- screen:"; screen | sed 's/^/    /'; echo "---"; fi
}
screen() { tm capture-pane -t repl -p -S -200 2>/dev/null; }
budget_end=$((SECONDS + 3600)) # set after the warm-up below
# wait_until SECONDS COMMAND...: polls COMMAND until it succeeds; gives up after SECONDS, when
# the REPL has ended (unless that is what is awaited), or when the run's budget is spent.
wait_until() {
  local deadline=$((SECONDS + $1)) out
  shift
  [ $deadline -gt $budget_end ] && deadline=$budget_end
  while true; do
    "$@" && return 0
    [ $SECONDS -ge $deadline ] && return 1
    tm has-session -t repl 2>/dev/null || return 1
    out="$(screen)"
    [[ $out == *"EXITED "* ]] && ! "$@" && return 1
    sleep 0.1
  done
}
shows() { screen | grep -Eq -- "$1"; }
# wait_for REGEX [SECONDS]: until the screen shows a line matching REGEX
wait_for() { wait_until "${2:-30}" shows "$1"; }
# at_prompt: the last line written ends with a prompt ("> " or ">> ", after output that did not
# end its line): the line editor is reading
at_prompt() { screen | grep -v '^$' | tail -n 1 | grep -Eq '(^|[^>])>>? ?$'; }
wait_prompt() { wait_until "${1:-30}" at_prompt; }
# count REGEX: lines of the screen that match
count() { screen | grep -Ec -- "$1"; }
# type_line TEXT: types TEXT and Enter once the line editor is reading
type_line() { wait_prompt; tm send-keys -t repl -l "$1"; tm send-keys -t repl Enter; }
start() {  # a new tmux server for each session: no waiting for the last one to go
  tm kill-server >/dev/null 2>&1
  sessions=$((sessions + 1))
  sock="panlua-repl-$$-$sessions"
  tm new-session -d -s repl -x 120 -y 50 \
    "env TERM=xterm-256color PANLUA_HISTORY='$history' '$launcher'; echo \"EXITED \$?\"; sleep 600"
  wait_for '^> ?$' 60
}

# A first run outside the terminal, so that a build or the training of the start-up caches
# (after a change of the sources) happens here and not while a check waits.
"$launcher" -e '' </dev/null >/dev/null 2>&1
budget_end=$((SECONDS + ${PANLUA_REPL_TEST_BUDGET:-150}))
prompts() { count '^> ?$'; }

# ---- first session ----------------------------------------------------------------------
check "the REPL starts with the version line and a prompt" start
check "the version line comes first" bash -c "tmux -L '$sock' capture-pane -t repl -p | head -1 | grep -q '^Panlua .*(Lua 5.4)'"

type_line '1 + 1'
check "an expression's value is printed" wait_for '^2$'

type_line '"a", nil, 3'
check "several values are printed with nil" wait_for '^a +nil +3$'

type_line 'for i = 1, 3 do'
check "an incomplete statement asks for more with >>" wait_for '^>> ?$'
type_line 'io.write(i, " ")'
type_line 'end'
check "the statement runs once complete" wait_for '^1 2 3 ?'

type_line 'error("boom")'
check "an error is reported without the program name" wait_for '^stdin:1: boom$'
check "with a traceback" wait_for '^\s+\[C\]: in function .error.$'

type_line 'x = 5'
type_line 'x * 2'
check "the REPL goes on after an error" wait_for '^10$'

wait_prompt
tm send-keys -t repl -l 'abandoned line'
wait_for '^> abandoned line$'
tm send-keys -t repl C-c
type_line '3 * 7'
check "Ctrl-C at the prompt drops the line" wait_for '^21$'
check "the dropped line did not run" bash -c "! tmux -L '$sock' capture-pane -t repl -p | grep -q 'abandoned line.*expected'"

type_line 'print("loop" .. "ing") while true do end'
# Ctrl-C once the loop runs (a second one would end the program, as in lua)
wait_for '^looping$'
tm send-keys -t repl C-c
check "Ctrl-C interrupts a running loop" wait_for '^(\^C)?(stdin:1: )?interrupted!$' 60
type_line 'print("still " .. "here")'
check "and the REPL goes on" wait_for '^still here$'

type_line 'print("last " .. "statement")'
check "a statement prints" wait_for '^last statement$'
wait_prompt
tm send-keys -t repl C-d
check "Ctrl-D leaves with status 0" wait_for '^EXITED 0$'
check "the history file has the session's statements" grep -q 'print("last " .. "statement")' "$history"
check "a statement over several lines is one history entry" grep -q 'for i = 1, 3 do\\nio.write(i, " ")\\nend' "$history"

# ---- second session: the history is back --------------------------------------------------
check "a second session starts" start
wait_prompt
tm send-keys -t repl Up
check "Up recalls the last statement of the first session" wait_for '^> print\("last " \.\. "statement"\)'
tm send-keys -t repl Enter
check "and it runs again" wait_for '^last statement$'
wait_prompt
tm send-keys -t repl C-d
check "Ctrl-D leaves again" wait_for '^EXITED 0$'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
