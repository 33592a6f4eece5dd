#!/bin/bash
# Regenerates the table-driven pack tests from the reference interpreter (lua5.4).
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../../java/org/panlua/core/lib/pack

# wrap CLASS GENERATOR KIND DOC: writes CLASS.java around the generator's case lines
wrap() {
  local cls=$1 gen=$2 kind=$3 doc=$4 sig call name
  case $kind in
    pack) sig="String format, String expected, Object[] args"; call="checkPack(format, expected, args)"; name="pack {0}";;
    unpack) sig="String format, String data, long init, String expected"; call="checkUnpack(format, data, init, expected)"; name="unpack {0} {1} {2}";;
    packsize) sig="String format, String expected"; call="checkPacksize(format, expected)"; name="packsize {0}";;
  esac
  {
    cat <<JAVA
package org.panlua.core.lib.pack;

import static org.panlua.core.lib.pack.PackFixture.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * $doc
 * Expected values were printed by the reference interpreter (lua5.4 on x86-64 Linux) running
 * core/src/test/lua/pack/$gen; regenerate with gen.sh there.
 */
class $cls {
    static Stream<Arguments> cases() {
        return Stream.of(
JAVA
    lua5.4 "$here/$gen" | sed 's/^-- \(.*\)/                \/\/ \1/' | sed '$ s/,$//'
    cat <<JAVA
        );
    }

    @ParameterizedTest(name = "$name")
    @MethodSource("cases")
    void matchesReference($sig) {
        $call;
    }
}
JAVA
  } > "$out/$cls.java"
}

wrap PackIntegerTest ints.lua pack "Packing integers: every size from 1 to 16, both byte orders, the named options, overflow."
wrap PackFloatStringTest floats.lua pack "Packing floats, strings ({@code s z c}) and padding."
wrap PackAlignmentTest align.lua pack "Alignment: {@code !}, {@code X} and the power-of-2 rule."
wrap PackFormatErrorTest errors.lua pack "Format errors and the argument numbers in pack's messages."
wrap UnpackTest unpack.lua unpack "Unpacking: integers (sign extension, width checks), floats, strings, alignment, init, errors."
wrap PackSizeTest packsize.lua packsize "{@code packsize}: fixed sizes, alignment, variable-length formats and the size limit."
