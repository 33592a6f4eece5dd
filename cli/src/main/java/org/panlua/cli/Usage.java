package org.panlua.cli;

/** The texts of {@code --help} and of option errors. */
final class Usage {
    private Usage() {}

    /** The reference's usage text, shown after an option error (on the error stream). */
    static String options(String progName) {
        return "usage: " + progName + " [options] [script [args]]\n"
                + "Available options are:\n"
                + "  -e stat   execute string 'stat'\n"
                + "  -i        enter interactive mode after executing 'script'\n"
                + "  -l mod    require library 'mod' into global 'mod'\n"
                + "  -l g=mod  require library 'mod' into global 'g'\n"
                + "  -v        show version information\n"
                + "  -E        ignore environment variables\n"
                + "  -W        turn warnings on\n"
                + "  --        stop handling options\n"
                + "  -         stop handling options and execute stdin\n";
    }

    /** Everything {@code --help} shows: the interpreter's options, Panlua's own, the inspection modes. */
    static String help(String progName) {
        return options(progName)
                + "  " + CommandLine.MAX_HEAP + " SIZE\n"
                + "            limit the Lua heap to SIZE bytes (suffix k, m or g: 64m, 2g)\n"
                + "\n"
                + "Inspecting the compiler (each stage of a file on its own):\n"
                + "  " + progName + " --tokens file     list the tokens of a Lua file, one per line\n"
                + "  " + progName + " --ast file        show the syntax tree of a Lua file\n"
                + "  " + progName + " --emit-lua file   print Lua source regenerated from the syntax tree\n"
                + "  " + progName + " -bl file          list the bytecode of a Lua file or binary chunk\n"
                + "  " + progName + " [-s] -bx file     annotated hex dump of the binary chunk of a Lua file\n"
                + "  " + progName + " [-s] -b file out  save the binary chunk of a Lua file to out\n"
                + "            (-s strips debug information; file may be - for standard input)\n"
                + "  " + progName + " --help            show this help\n"
                + "\n"
                + "Environment: LUA_INIT_5_4 or LUA_INIT (code, or @file, run first), LUA_PATH_5_4 or\n"
                + "LUA_PATH, LUA_CPATH_5_4 or LUA_CPATH (module search paths), PANLUA_HISTORY (the\n"
                + "interactive history file, ~/.panlua_history by default).\n";
    }
}
