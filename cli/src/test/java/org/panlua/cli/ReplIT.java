package org.panlua.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The REPL on a terminal, through {@code cli/src/test/scripts/repl-test.sh} (tmux drives
 * {@code bin/panlua}: printing, continuation, errors, Ctrl-C, Ctrl-D, history across sessions).
 * Skipped when tmux is not installed.
 */
class ReplIT {
    @Test
    void theReplOnATerminal() throws Exception {
        Assumptions.assumeTrue(ProcessRun.onPath("tmux"), "tmux is not installed: the terminal REPL test is skipped");
        Path script = Path.of("src/test/scripts/repl-test.sh").toAbsolutePath();
        // The script bounds its own waiting (150 s of checks after a first run of the launcher,
        // which may build or train the caches); this limit is only a backstop.
        ProcessRun r = ProcessRun.of(List.of("bash", script.toString(), CommandLineIT.LAUNCHER.toString()),
                script.getParent(), Map.of(), null, 600);
        System.out.print(r.out());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains(" passed, 0 failed"), r.out());
    }
}
