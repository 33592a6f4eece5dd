package org.panlua.core.lib;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * File searches of the package library: {@code package.searchpath} over a template path
 * ({@code "./?.lua;/usr/share/lua/5.4/?.lua"}) and the setting of {@code package.path} and
 * {@code package.cpath} from the environment.
 */
final class SearchPath {
    private SearchPath() {}

    static final String DEFAULT_PATH = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;"
            + "/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
    /** The reference's default plus the directory of Debian's Lua 5.4 modules, for native modules to come. */
    static final String DEFAULT_CPATH = "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;"
            + "/usr/local/lib/lua/5.4/loadall.so;./?.so";

    /** What a search found: the file, or (file null) the message listing every file tried. */
    record Found(String file, String notFound) {}

    /**
     * The first readable file among the templates of {@code path} (separated by {@code ;},
     * every {@code ?} replaced by {@code name} in which each {@code sep} became {@code rep}).
     */
    static Found search(String name, String path, String sep, String rep) {
        if (!sep.isEmpty() && name.indexOf(sep.charAt(0)) >= 0) name = name.replace(sep, rep);
        String files = path.replace("?", name);
        // Every piece between separators is a name, the empty ones too, but an empty path has none.
        if (!files.isEmpty()) {
            for (String file : files.split(";", -1)) {
                if (readable(file)) return new Found(file, null);
            }
        }
        return new Found(null, "no file '" + files.replace(";", "'\n\tno file '") + "'");
    }

    /** Whether C's {@code fopen(file, "r")} would succeed (directories included). */
    static boolean readable(String file) {
        int nul = file.indexOf('\0');
        if (nul >= 0) file = file.substring(0, nul);
        if (file.isEmpty()) return false;
        try {
            return Files.isReadable(Path.of(file));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The value of a path field: {@code LUA_PATH_5_4} (versioned name) or else {@code LUA_PATH}
     * (for {@code envName} {@code LUA_PATH}), its first {@code ;;} replaced by the default; the
     * default when neither is set or when {@code ignoreEnvironment}.
     */
    static String fromEnvironment(Map<String, String> env, String envName, String def, boolean ignoreEnvironment) {
        String path = env.get(envName + "_5_4");
        if (path == null) path = env.get(envName);
        if (path == null || ignoreEnvironment) return def;
        int mark = path.indexOf(";;");
        if (mark < 0) return path;
        StringBuilder b = new StringBuilder();
        if (mark > 0) b.append(path, 0, mark).append(';');
        b.append(def);
        if (mark < path.length() - 2) b.append(';').append(path, mark + 2, path.length());
        return b.toString();
    }
}
