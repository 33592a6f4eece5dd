# Sourced by the project's scripts: panlua_find_jdk sets PANLUA_JAVA_HOME to a JDK 25 or
# newer; panlua_mvn runs Maven with it.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm.

panlua_jdk_major() {  # prints the feature version of the JDK at $1, or nothing
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  echo "$v"
}

panlua_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(panlua_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 25 ]; then
      PANLUA_JAVA_HOME="$JAVA_HOME"; return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -d "$candidate" ] || continue
    major=$(panlua_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "panlua: needs a JDK 25 or newer; set JAVA_HOME to one or install one under /usr/lib/jvm" >&2
    return 1
  fi
  PANLUA_JAVA_HOME="$best"
}

# Runs Maven with the JDK found above (call panlua_find_jdk first).
panlua_mvn() {
  JAVA_HOME="$PANLUA_JAVA_HOME" \
  MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    mvn -B -ntp -Dstyle.color=never "$@"
}
