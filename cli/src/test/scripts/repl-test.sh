#!/usr/bin/env bash
# The panlua REPL on a real terminal: drives bin/panlua inside tmux (send-keys, capture-pane)
# and checks expression printing, continuation lines, errors, Ctrl-C at the prompt and during a
# running loop, Ctrl-D, and the history kept across two sessions (PANLUA_HISTORY).
#
#   cli/src/test/scripts/repl-test.sh [LAUNCHER]
#
# Prints one line per check and "N passed, N failed"; exits 1 when a check failed, 2 when tmux
# is missing.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher="${1:-$here/../../../../bin/panlua}"
launcher="$(cd "$(dirname "$launcher")" && pwd)/$(basename "$launcher")"
command -v tmux >/dev/null 2>&1 || { echo "repl-test: tmux is not installed"; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/panlua-repl.XXXXXX")"
history="$work/history"
sock="panlua-repl-$$"
tm() { tmux -L "$sock" "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$work"' EXIT

passed=0 failed=0
check() {  # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $what"
  else failed=$((failed + 1)); echo "not ok - $what"; echo "--- screen:"; screen | sed 's/^/    /'; echo "---"; fi
}
screen() { tm capture-pane -t repl -p -S -200; }
# wait_for REGEX [SECONDS]: until the screen shows a line matching REGEX
wait_for() {
  local deadline=$((SECONDS + ${2:-30}))
  while [ $SECONDS -lt $deadline ]; do
    screen | grep -Eq -- "$1" && return 0
    sleep 0.2
  done
  return 1
}
# count REGEX: lines of the screen that match
count() { screen | grep -Ec -- "$1"; }
type_line() { tm send-keys -t repl -l "$1"; tm send-keys -t repl Enter; }
start() {
  tm kill-server >/dev/null 2>&1
  sleep 0.2
  tm new-session -d -s repl -x 120 -y 50 \
    "env TERM=xterm-256color PANLUA_HISTORY='$history' '$launcher'; echo \"EXITED \$?\"; sleep 600"
  wait_for '^> ?$' 60
}
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

tm send-keys -t repl -l 'abandoned line'
tm send-keys -t repl C-c
sleep 0.5
type_line '3 * 7'
check "Ctrl-C at the prompt drops the line" wait_for '^21$'
check "the dropped line did not run" bash -c "! tmux -L '$sock' capture-pane -t repl -p | grep -q 'abandoned line.*expected'"

type_line 'while true do end'
sleep 1.5
tm send-keys -t repl C-c
check "Ctrl-C interrupts a running loop" wait_for '^(\^C)?(stdin:1: )?interrupted!$' 20
type_line 'print("still " .. "here")'
check "and the REPL goes on" wait_for '^still here$'

type_line 'print("last " .. "statement")'
check "a statement prints" wait_for '^last statement$'
tm send-keys -t repl C-d
check "Ctrl-D leaves with status 0" wait_for '^EXITED 0$'
check "the history file has the session's statements" grep -q 'print("last " .. "statement")' "$history"
check "a statement over several lines is one history entry" grep -q 'for i = 1, 3 do\\nio.write(i, " ")\\nend' "$history"

# ---- second session: the history is back --------------------------------------------------
check "a second session starts" start
tm send-keys -t repl Up
check "Up recalls the last statement of the first session" wait_for '^> print\("last " \.\. "statement"\)'
tm send-keys -t repl Enter
check "and it runs again" wait_for '^last statement$'
tm send-keys -t repl C-d
check "Ctrl-D leaves again" wait_for '^EXITED 0$'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
