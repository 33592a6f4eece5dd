package org.panlua.cli;

/**
 * The interpreter's command line read the way the reference {@code lua} reads it: options
 * first ({@code -e stat}, {@code -l mod}, {@code -i}, {@code -v}, {@code -E}, {@code -W},
 * {@code --}, {@code -}), then the script and its arguments. Panlua adds
 * {@code --max-heap SIZE}, an option with an argument like {@code -l}.
 *
 * @param argv        the program name followed by the arguments, as C's {@code argv}
 * @param script      index in {@code argv} of the script (0 when there is none), or of the
 *                    offending argument when {@code badOption} is set
 * @param badOption   the option is unknown or lacks its argument
 * @param interactive {@code -i}
 * @param version     {@code -v} (also implied by {@code -i})
 * @param execute     some {@code -e}
 * @param noEnv       {@code -E}
 * @param maxHeap     the heap limit in bytes from {@code --max-heap}, 0 for none
 */
record CommandLine(String[] argv, int script, boolean badOption, boolean interactive, boolean version,
                   boolean execute, boolean noEnv, long maxHeap) {

    static final String MAX_HEAP = "--max-heap";

    /** The index of the first argument that is not an option (the script, or argv.length). */
    int optionLimit() {
        return script > 0 ? script : argv.length;
    }

    /** Reads {@code argv} (program name first). */
    static CommandLine parse(String[] argv) {
        boolean interactive = false, version = false, execute = false, noEnv = false;
        long maxHeap = 0;
        int i;
        for (i = 1; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("-")) return new CommandLine(argv, i, false, interactive, version, execute, noEnv, maxHeap);
            if (a.equals("-")) return new CommandLine(argv, i, false, interactive, version, execute, noEnv, maxHeap);
            if (a.equals("--")) {
                int script = i + 1 < argv.length ? i + 1 : 0;
                return new CommandLine(argv, script, false, interactive, version, execute, noEnv, maxHeap);
            }
            if (a.equals(MAX_HEAP) || a.startsWith(MAX_HEAP + "=")) {
                int at = i;
                String size;
                if (a.equals(MAX_HEAP)) {
                    if (i + 1 >= argv.length || argv[i + 1].startsWith("-")) return bad(argv, i);
                    size = argv[++i];
                } else {
                    size = a.substring(MAX_HEAP.length() + 1);
                }
                maxHeap = HeapSize.parse(size);
                if (maxHeap <= 0) return bad(argv, at);
                continue;
            }
            char c = a.charAt(1);
            boolean alone = a.length() == 2;
            switch (c) {
                case 'E' -> {
                    if (!alone) return bad(argv, i);
                    noEnv = true;
                }
                case 'W' -> {
                    if (!alone) return bad(argv, i);
                }
                case 'i', 'v' -> {
                    if (!alone) return bad(argv, i);
                    interactive |= c == 'i';
                    version = true;
                }
                case 'e', 'l' -> {
                    execute |= c == 'e';
                    if (alone) {
                        // The argument is the next word, which must not look like an option.
                        if (i + 1 >= argv.length || argv[i + 1].startsWith("-")) return bad(argv, i);
                        i++;
                    }
                }
                default -> {
                    return bad(argv, i);
                }
            }
        }
        return new CommandLine(argv, 0, false, interactive, version, execute, noEnv, maxHeap);
    }

    private static CommandLine bad(String[] argv, int i) {
        return new CommandLine(argv, i, true, false, false, false, false, 0);
    }

    /** The complaint about the bad option, without the program name. */
    String badOptionMessage() {
        String a = argv[script];
        if (a.startsWith(MAX_HEAP)) {
            return a.equals(MAX_HEAP) && (script + 1 >= argv.length || argv[script + 1].startsWith("-"))
                    ? "'" + MAX_HEAP + "' needs argument"
                    : "invalid heap size in '" + a + (a.equals(MAX_HEAP) ? " " + argv[script + 1] : "") + "'";
        }
        if (a.length() > 1 && (a.charAt(1) == 'e' || a.charAt(1) == 'l')) return "'" + a + "' needs argument";
        return "unrecognized option '" + a + "'";
    }
}
