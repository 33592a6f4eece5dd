package org.panlua.core.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code package.path} from the environment and {@code package.searchpath}'s messages; the
 * expected values are what the reference prints (e.g. {@code LUA_PATH='a;;b' lua5.4 -e
 * "print(package.path)"}, with D for its default).
 */
class SearchPathTest {
    private static final String D = "D1;D2";

    private static String path(Map<String, String> env) {
        return SearchPath.fromEnvironment(env, "LUA_PATH", D, false);
    }

    @Test
    void doubleSeparatorBecomesTheDefault() {
        assertEquals("a;D1;D2;b", path(Map.of("LUA_PATH", "a;;b")));
        assertEquals("D1;D2", path(Map.of("LUA_PATH", ";;")));
        assertEquals("x;D1;D2", path(Map.of("LUA_PATH", "x;;")));
        assertEquals("D1;D2;y", path(Map.of("LUA_PATH", ";;y")));
        assertEquals("1;D1;D2;2;;3", path(Map.of("LUA_PATH", "1;;2;;3"))); // only the first
        assertEquals("plain", path(Map.of("LUA_PATH", "plain")));
    }

    @Test
    void versionedNameWinsAndNoEnvIgnoresBoth() {
        assertEquals("v", path(Map.of("LUA_PATH_5_4", "v", "LUA_PATH", "u")));
        assertEquals("u", path(Map.of("LUA_PATH", "u")));
        assertEquals(D, path(Map.of()));
        assertEquals(D, SearchPath.fromEnvironment(Map.of("LUA_PATH", "u"), "LUA_PATH", D, true));
        assertEquals("c;D1;D2", SearchPath.fromEnvironment(Map.of("LUA_CPATH_5_4", "c;;"), "LUA_CPATH", D, false));
    }

    @Test
    void messagesListEveryTemplate() {
        SearchPath.Found f = SearchPath.search("a.b", "/nonexistent/?.lua;;/nonexistent/?/init.lua;", ".", "/");
        assertNull(f.file());
        assertEquals("no file '/nonexistent/a/b.lua'\n\tno file ''\n\tno file '/nonexistent/a/b/init.lua'\n\tno file ''",
                f.notFound());
        assertEquals("no file ''", SearchPath.search("x", "", ".", "/").notFound());
        assertEquals("/", SearchPath.search("x", "/", ".", "/").file()); // a directory opens for reading
    }
}
