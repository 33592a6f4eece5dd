#!/usr/bin/env bash
# What each C2 compilation of the inner loop (FastLoop.run) does at its dispatch: the
# instructions from the last jump target before the jump table to the indirect jump, and how
# many of them read or write a stack slot. A count that does not depend on the machine's load,
# unlike a timing: use it to compare two versions of the loop (hw-notes.md section 7, "The
# dispatch block").
#
#   bench/scripts/dispatch-spills.sh [-v] SCRIPT.lua [ARGS...]
#
# Prints one line per C2 compilation (% marks an on-stack-replacement one): its code size and,
# when C2 made a jump table, the dispatch's instruction count, stack accesses and stack stores.
# A compilation without a jump table (C2 chose a tree of compares, for a profile with few
# opcodes) prints "no jump table". -v also lists the dispatch's instructions.
# Needs python3 and objdump (binutils); runs the built jar (cli/target/panlua-cli.jar), or
# the one PANLUA_JAR names (another build's, to compare).
. "$(dirname "${BASH_SOURCE[0]}")/fastloop-compile.sh"
fastloop_compile 2,14p print "$@"
VERBOSE="$verbose" PYTHONPATH="$root/bench/scripts" python3 - "$out" <<'EOF'
import os, re, sys
from c2code import compilations

for c in compilations(sys.argv[1]):
    ins = c.instructions()
    targets = c.jump_targets()
    osr = '%' if c.osr else ' '
    code = c.code
    jumps = [k for k, (_, t) in enumerate(ins) if re.match(r'jmp\s+\*', t)]
    if not jumps:
        print('%s %6d bytes  no jump table' % (osr, len(code)))
        continue
    for k in jumps:
        # the dispatch: back from the indirect jump over two jump targets (the loop's merge
        # point and the bounds-checked fetch)
        first, seen = k, 0
        while first > 0 and seen < 2:
            first -= 1
            if ins[first][0] in targets:
                seen += 1
        block = ins[first:k + 1]
        stack = [t for _, t in block if '(%rsp)' in t]
        stores = [t for t in stack if re.search(r',-?0x[0-9a-f]+\(%rsp\)$', t)]
        print('%s %6d bytes  dispatch: %2d instructions, %2d stack accesses, %2d stores'
              % (osr, len(code), len(block), len(stack), len(stores)))
        if os.environ.get('VERBOSE'):
            for a, t in block:
                print('      %s%x  %s' % ('>' if a in targets else ' ', a, t))
EOF
