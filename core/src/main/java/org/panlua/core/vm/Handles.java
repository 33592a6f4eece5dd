package org.panlua.core.vm;

import java.util.Arrays;

/**
 * The Java objects that native objects refer to by index: prototypes and Java functions. A
 * closure stores the index, so its native layout holds no Java reference. The collector will
 * treat the table's entries as roots and recycle unused indices; until then they only grow.
 */
public final class Handles {
    private Object[] objects = new Object[256];
    private int count = 1; // index 0 is never used, so a zeroed slot names nothing

    int add(Object o) {
        if (count == objects.length) objects = Arrays.copyOf(objects, count * 2);
        objects[count] = o;
        return count++;
    }

    Object get(int index) {
        return objects[index];
    }

    public int count() {
        return count;
    }
}
